import { splitChannel, type Channel } from '@shared/api';
import type { ApiResult } from '@shared/api/contract';
import type { Transport } from './api-client';

type Bridge = Record<string, Record<string, (input: unknown) => Promise<ApiResult<unknown>>>>;

/** The preload's named functions, present only inside the Electron window. */
export function electronBridge(): Bridge | undefined {
  return (window as unknown as { microplan?: Bridge }).microplan;
}

export function ipcTransport(bridge: Bridge): Transport {
  return (channel: Channel, input: unknown) => {
    const [domain, verb] = splitChannel(channel);
    const call = bridge[domain]?.[verb];
    if (!call) return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `No such channel: ${channel}` } });
    return call(input);
  };
}
