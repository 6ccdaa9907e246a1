import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '@shared/api';
import type { ApiResult } from '@shared/api/contract';
import type { Backend } from '../core/backend';

/** Binds every contract channel to the backend, refusing messages that do not come from our window. */
export function registerIpcHandlers(ipcMain: IpcMain, backend: Pick<Backend, 'handle'>, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'unauthorized', message: 'Refused: the message did not come from the Microplan window' } };
      }
      return backend.handle(channel, input);
    });
  }
}
