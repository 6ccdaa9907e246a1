import type { Channel } from '@shared/api';
import type { ApiResult } from '@shared/api/contract';
import type { Transport } from './api-client';

const tokenKey = 'microplan.token';

/**
 * Browser mode: the launch URL carries `?token=`. Keep it for this tab's session and
 * take it out of the address bar so it does not end up in history or screenshots.
 */
export function takeBrowserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
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
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `Unexpected answer from the server (HTTP ${response.status})` } };
    }
  };
}
