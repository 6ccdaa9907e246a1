import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '@shared/api/contract';
import type { Backend } from '../core/backend';
import { contentSecurityPolicy } from '@shared/content-security-policy';
import { readStaticFile } from './static-files';

export const tokenHeader = 'x-microplan-token';
/**
 * The asset cookie's name, per port: cookies are not separated by port, so two browser-mode
 * servers (two workspaces) in one browser would otherwise replace each other's and lock one out.
 */
const assetCookieOf = (req: IncomingMessage) => `microplan_assets_${req.socket.localPort ?? 0}`;
// The largest request is an import: a file of up to 100 MB, sent as base64 (≈ 134 MB of JSON).
const maxBodyBytes = 200 * 1024 * 1024;

export interface WebServerOptions {
  backend: Backend;
  rendererDir: string;
  /** 0 picks any free port. */
  port: number;
  /** Fixed in tests; a fresh random value per launch otherwise. */
  token?: string;
}

export interface RunningWebServer {
  url: string;
  /** The address to open: carries the token once; the page then keeps it for the session. */
  launchUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...extra,
  });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: ApiResult<unknown>) {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode: the same backend as the Electron shell, served to a real browser.
 * Bound to 127.0.0.1 only. The API needs the per-launch token in a header; page assets
 * need either the token in the URL or an HttpOnly SameSite=Strict cookie holding a second,
 * assets-only secret, set when the launch URL is opened. The Host header is checked so a DNS-rebinding page cannot reach us.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  // Cookies are not separated by port: any other server on 127.0.0.1 would receive this one.
  // So it only unlocks page assets; the API needs the token itself, which never goes in a cookie.
  const assetSecret = randomBytes(32).toString('base64url');
  let allowedHosts: Set<string> = new Set();

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) {
        return send(res, 421, 'Unknown host', 'text/plain; charset=utf-8');
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendResult(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST' } });
        if (!sameSecret(req.headers[tokenHeader] as string | undefined, token)) {
          return sendResult(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token: open the address printed at start-up' } });
        }
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return sendResult(res, 415, { ok: false, error: { code: 'invalid_input', message: 'Send JSON (Content-Type: application/json)' } });
        }
        let envelope: unknown;
        try {
          const text = await readBody(req);
          envelope = text ? JSON.parse(text) : {};
        } catch (error) {
          return sendResult(res, 400, { ok: false, error: { code: 'invalid_input', message: `The request body is not valid JSON: ${(error as Error).message}` } });
        }
        const input = typeof envelope === 'object' && envelope !== null ? (envelope as { input?: unknown }).input : undefined;
        const result = await options.backend.handle(decodeURIComponent(url.pathname.slice('/api/'.length)), input);
        const status = result.ok ? 200 : result.error.code === 'unknown_channel' ? 404 : result.error.code === 'internal' ? 500 : 422;
        return sendResult(res, status, result);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      const fromQuery = url.searchParams.get('token') ?? undefined;
      const authorised = sameSecret(fromQuery, token) || sameSecret(cookieValue(req, assetCookieOf(req)), assetSecret);
      if (!authorised) {
        return send(res, 401, 'Microplan: this address needs the token printed when browser mode started.', 'text/plain; charset=utf-8');
      }
      const file = await readStaticFile(options.rendererDir, url.pathname);
      if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      const headers: Record<string, string> = {};
      if (file.contentType.startsWith('text/html')) {
        headers['Content-Security-Policy'] = contentSecurityPolicy;
        headers['X-Frame-Options'] = 'DENY';
      }
      if (fromQuery) headers['Set-Cookie'] = `${assetCookieOf(req)}=${assetSecret}; HttpOnly; SameSite=Strict; Path=/`;
      return send(res, 200, req.method === 'HEAD' ? '' : file.body, file.contentType, headers);
    } catch (error) {
      console.error('[web] request failed', error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
      else res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?token=${encodeURIComponent(token)}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
