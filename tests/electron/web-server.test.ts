import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningWebServer } from '../../electron/web/server';
import { startWebServer } from '../../electron/web/server';
import { parseWebArgs } from '../../electron/web/cli-args';
import { useBackend } from '../support/backend';
import { useTempDir } from '../support/temp-dir';

describe('browser mode server', () => {
  const openBackend = useBackend();
  const tempDir = useTempDir();
  const servers: RunningWebServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  async function start() {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Microplan</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    const server = await startWebServer({ backend: await openBackend(), rendererDir, port: 0 });
    servers.push(server);
    return server;
  }

  const call = (server: RunningWebServer, channel: string, input: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-microplan-token': server.token, ...headers },
      body: JSON.stringify({ input }),
    });

  it('listens on 127.0.0.1 only, on a free port, with a long random token', async () => {
    const a = await start();
    const b = await start();
    expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(a.port).not.toBe(b.port);
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(40);
    expect(a.launchUrl).toBe(`${a.url}?token=${a.token}`);
  });

  it('answers the contract over POST /api/<channel>', async () => {
    const server = await start();
    const response = await call(server, 'settings:update', { currency: 'USD' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { currency: 'USD' } });
  });

  it.each([
    ['no token', {}, { 'x-microplan-token': '' }],
    ['a wrong token', {}, { 'x-microplan-token': 'guess' }],
  ])('refuses an API call with %s and changes nothing', async (_what, _x, headers) => {
    const server = await start();
    const response = await call(server, 'settings:update', { currency: 'USD' }, headers);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await (await call(server, 'settings:get', undefined)).json()).toMatchObject({ data: { currency: 'EUR' } });
  });

  it('refuses a bad input with 422 and the field', async () => {
    const server = await start();
    const response = await call(server, 'settings:update', { currency: 'XYZ' });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'currency' } });
  });

  it('refuses a body that is not JSON, and a non-JSON content type', async () => {
    const server = await start();
    const broken = await fetch(`${server.url}api/settings:update`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-microplan-token': server.token },
      body: '{"input": {',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toContain('not valid JSON');
    const form = await fetch(`${server.url}api/settings:update`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-microplan-token': server.token }, body: 'x' });
    expect(form.status).toBe(415);
  });

  it('answers 404 for an unknown channel', async () => {
    const server = await start();
    expect((await call(server, 'settings:drop', {})).status).toBe(404);
  });

  it('serves the page only with the token, then by cookie, with the CSP header', async () => {
    const server = await start();
    expect((await fetch(server.url)).status).toBe(401);
    const page = await fetch(server.launchUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const cookie = page.headers.get('set-cookie')!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const asset = await fetch(`${server.url}assets/app.js`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${server.url}assets/app.js`)).status).toBe(401);
  });

  it('never serves files outside the renderer folder', async () => {
    const server = await start();
    const response = await fetch(`${server.url}..%2f..%2fetc%2fpasswd?token=${server.token}`);
    expect(await response.text()).toContain('<title>Microplan</title>');
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const server = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: `/?token=${server.token}`, headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode!)).end();
    });
    expect(status).toBe(421);
  });
});

describe('browser mode flags', () => {
  it('parses --port, --data-dir and --no-open', () => {
    expect(parseWebArgs(['--port', '8123', '--data-dir', '/tmp/x', '--no-open'])).toEqual({ port: 8123, dataDir: '/tmp/x', open: false });
    expect(parseWebArgs(['--port=0'])).toEqual({ port: 0, dataDir: undefined, open: true });
  });
  it.each([[['--port', 'abc']], [['--port', '70000']], [['--port']], [['--colour']]])('refuses %j with a usage message', (args) => {
    expect(() => parseWebArgs(args)).toThrow(/port|Unknown option/);
  });
});

describe('the assets cookie', () => {
  const openBackend = useBackend();
  const tempDir = useTempDir();

  it('is not the API token, so a cookie leaked to another local server cannot call the API', async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Microplan</title>');
    const server = await startWebServer({ backend: await openBackend(), rendererDir, port: 0 });
    try {
      const cookie = (await fetch(server.launchUrl)).headers.get('set-cookie')!.split(';')[0]!;
      const secret = cookie.split('=')[1]!;
      expect(secret).not.toBe(server.token);
      const response = await fetch(`${server.url}api/settings:get`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-microplan-token': secret, cookie },
        body: '{}',
      });
      expect(response.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('is named after its server’s port, so two workspaces served at once do not replace each other’s', async () => {
    const rendererDir = tempDir();
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Microplan</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
    const first = await startWebServer({ backend: await openBackend(), rendererDir, port: 0 });
    const second = await startWebServer({ backend: await openBackend(), rendererDir, port: 0 });
    try {
      const cookieOf = async (server: typeof first) => (await fetch(server.launchUrl)).headers.get('set-cookie')!.split(';')[0]!;
      const [a, b] = [await cookieOf(first), await cookieOf(second)];
      expect(a.split('=')[0]).toBe(`microplan_assets_${first.port}`);
      expect(b.split('=')[0]).not.toBe(a.split('=')[0]);
      // The browser sends both cookies to both servers (cookies ignore ports): each finds its own.
      for (const server of [first, second]) expect((await fetch(`${server.url}assets/app.js`, { headers: { cookie: `${a}; ${b}` } })).status).toBe(200);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
