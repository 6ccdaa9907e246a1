import { describe, expect, it, vi } from 'vitest';
import { hardenApp, hardenSession } from '../../electron/main/harden';

const isAppUrl = (url: string) => url.startsWith('file:///opt/microplan/out/renderer');

function fakeContents() {
  const listeners: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    listeners,
    openHandler: (url = 'https://example.com/') => openHandler!({ url }),
    contents: {
      setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => (openHandler = fn),
      on: (name: string, fn: (event: { preventDefault: () => void }, url?: string) => void) => (listeners[name] = fn),
    },
  };
}

describe('app-wide guards', () => {
  const created: ((event: unknown, contents: unknown) => void)[] = [];
  const mailed: string[] = [];
  hardenApp({ on: (_name: string, fn: (event: unknown, contents: unknown) => void) => created.push(fn) } as never, isAppUrl, (url) => mailed.push(url));
  const page = fakeContents();
  created[0]!({}, page.contents);

  it('denies every new window', () => expect(page.openHandler()).toEqual({ action: 'deny' }));

  it('blocks navigation and redirects away from the app, allows our own pages', () => {
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      page.listeners[name]!(away, 'https://example.com/');
      expect(away.preventDefault).toHaveBeenCalled();
      const home = { preventDefault: vi.fn() };
      page.listeners[name]!(home, 'file:///opt/microplan/out/renderer/index.html#/settings');
      expect(home.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('hands only mailto: links to the system, never web or file addresses', () => {
    const mail = { preventDefault: vi.fn() };
    page.listeners['will-navigate']!(mail, 'mailto:anna@example.nl?subject=Hoi&body=Hallo%20Anna');
    expect(mail.preventDefault).toHaveBeenCalled();
    expect(page.openHandler('mailto:bram@example.nl')).toEqual({ action: 'deny' });
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'mailto:x@y.z <script>', 'mailto:a@b.nl?attach=/etc/passwd', 'mailto:a@b.nl?bcc=c@d.nl', 'mailto:a@b.nl,c@d.nl']) {
      page.listeners['will-navigate']!({ preventDefault: vi.fn() }, url);
      page.openHandler(url);
    }
    expect(mailed).toEqual(['mailto:anna@example.nl?subject=Hoi&body=Hallo%20Anna', 'mailto:bram@example.nl']);
  });

  it('refuses to attach a <webview>', () => {
    const event = { preventDefault: vi.fn() };
    page.listeners['will-attach-webview']!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session guards', () => {
  let requestHandler: (c: unknown, p: string, cb: (ok: boolean) => void, details?: { requestingUrl: string }) => void = () => {};
  let checkHandler: (c: unknown, p: string, origin: string, details?: { requestingUrl: string }) => boolean = () => true;
  let beforeRequest: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void = () => {};
  let headers: (d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void = () => {};
  hardenSession(
    {
      setPermissionRequestHandler: (fn: typeof requestHandler) => (requestHandler = fn),
      setPermissionCheckHandler: (fn: typeof checkHandler) => (checkHandler = fn),
      webRequest: { onBeforeRequest: (fn: typeof beforeRequest) => (beforeRequest = fn), onHeadersReceived: (fn: typeof headers) => (headers = fn) },
    } as never,
    isAppUrl,
  );

  const ours = { requestingUrl: 'file:///opt/microplan/out/renderer/index.html#/due' };
  const remote = { requestingUrl: 'https://example.com/' };

  it('denies every permission but notifications and clipboard writes, and those only to our page', () => {
    for (const permission of ['media', 'geolocation', 'openExternal', 'clipboard-read']) {
      const cb = vi.fn();
      requestHandler({}, permission, cb, ours);
      expect(cb).toHaveBeenCalledWith(false);
      expect(checkHandler({}, permission, 'file://', ours)).toBe(false);
    }
    for (const permission of ['notifications', 'clipboard-sanitized-write']) {
      const granted = vi.fn();
      requestHandler({}, permission, granted, ours);
      expect(granted).toHaveBeenCalledWith(true);
      const refused = vi.fn();
      requestHandler({}, permission, refused, remote);
      expect(refused).toHaveBeenCalledWith(false);
      expect(checkHandler({}, permission, 'file://', ours)).toBe(true);
      expect(checkHandler({}, permission, 'https://example.com', remote)).toBe(false);
      expect(checkHandler({}, permission, 'file://')).toBe(false);
    }
  });

  it('cancels remote requests and lets our own files through', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://cdn.example.com/x.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('file:///opt/microplan/out/renderer/assets/index.js')).toBe(false);
  });

  it('adds the CSP header to every response', () => {
    let out: Record<string, string[]> = {};
    headers({ responseHeaders: {} }, (r) => (out = r.responseHeaders));
    expect(out['Content-Security-Policy']?.[0]).toContain("script-src 'self'");
  });
});
