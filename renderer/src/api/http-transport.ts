import type { Channel } from '@shared/api';
import type { ApiResult } from '@shared/api/contract';
import type { Transport } from './api-client';

const tokenKey = 'microplan.token';

/**
 * Browser mode: the launch URL carries `?token=`. Keep it for this origin (127.0.0.1 and this
 * launch's port) and take it out of the address bar so it does not end up in history or
 * screenshots. Kept in localStorage, not the tab's session, so a link opened in a new tab or an
 * address pasted into one works while the server runs; the next launch brings a new token.
 */
export function takeBrowserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    localStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return localStorage.getItem(tokenKey) ?? '';
}

export function httpTransport(token: string, baseUrl = ''): Transport {
  return async (channel: Channel, input: unknown) => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Microplan-Token': token },
        body: JSON.stringify({ input }),
      });
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `The Microplan server is not reachable: ${(error as Error).message}` } };
    }
    // A token the server no longer takes (it was restarted) is of no use kept.
    if (response.status === 401) localStorage.removeItem(tokenKey);
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `Unexpected answer from the server (HTTP ${response.status})` } };
    }
  };
}
