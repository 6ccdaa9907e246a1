import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpTransport, takeBrowserToken } from '../../renderer/src/api/http-transport';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('browser mode’s token', () => {
  it('is taken from the launch address, kept for the origin so new tabs have it, and taken out of the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123#/creators');
    expect(takeBrowserToken()).toBe('abc123');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/creators');
    // A new tab of the same origin, opened without the token in its address.
    expect(takeBrowserToken()).toBe('abc123');
  });

  it('is forgotten when the server no longer takes it (a restart gives a new one)', async () => {
    localStorage.setItem('microplan.token', 'old');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } }), { status: 401 })));
    const result = await httpTransport('old')('settings:get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(localStorage.getItem('microplan.token')).toBeNull();
  });
});
