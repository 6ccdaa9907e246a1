import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/api';

// A fake `electron` module: records what the shell asks of it.
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const windows: { options: Record<string, unknown>; loaded: boolean }[] = [];
  const exposed: Record<string, unknown> = {};
  const invoked: [string, unknown][] = [];
  class BrowserWindow {
    webContents = { id: 7 };
    constructor(readonly options: Record<string, unknown>) {
      windows.push({ options, loaded: false });
    }
    once() {}
    on() {}
    show() {}
  }
  return {
    handlers,
    windows,
    exposed,
    invoked,
    module: {
      BrowserWindow,
      ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => handlers.set(channel, fn) },
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: async (channel: string, input: unknown) => (invoked.push([channel, input]), { ok: true, data: channel }) },
    },
  };
});
vi.mock('electron', () => fake.module);

const { createMainWindow } = await import('../../electron/main/main-window');
const { registerIpcHandlers } = await import('../../electron/main/ipc');
const { isTrustedSender } = await import('../../electron/main/trusted-sender');

const appUrl = 'file:///opt/microplan/out/renderer';
const ourFrame = { sender: { id: 7 }, senderFrame: { url: `${appUrl}/index.html#/settings`, parent: null } };

describe('the main window', () => {
  it('is created isolated, sandboxed, without Node and with our preload', () => {
    createMainWindow('/opt/microplan/out/preload/index.cjs', async () => {});
    const prefs = fake.windows.at(-1)!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/opt/microplan/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(String(prefs['preload'])).toMatch(/\.cjs$/);
  });
});

describe('IPC', () => {
  beforeEach(() => fake.handlers.clear());

  it('registers every contract channel and nothing else', () => {
    registerIpcHandlers(fake.module.ipcMain as never, { handle: async () => ({ ok: true, data: null }) }, () => true);
    expect([...fake.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('passes a trusted message to the backend', async () => {
    const handle = vi.fn(async () => ({ ok: true as const, data: 'stored' }));
    registerIpcHandlers(fake.module.ipcMain as never, { handle }, (event) => isTrustedSender(event as never, new Set([7]), appUrl));
    expect(await fake.handlers.get('settings:get')!(ourFrame, undefined)).toEqual({ ok: true, data: 'stored' });
    expect(handle).toHaveBeenCalledWith('settings:get', undefined);
  });

  it.each([
    ['a subframe of our window', { sender: { id: 7 }, senderFrame: { url: `${appUrl}/index.html`, parent: {} } }],
    ['another window', { sender: { id: 8 }, senderFrame: { url: `${appUrl}/index.html`, parent: null } }],
    ['our window after navigating to a foreign page', { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a frame that is gone', { sender: { id: 7 }, senderFrame: null }],
  ])('refuses a message from %s without calling the backend', async (_what, event) => {
    const handle = vi.fn(async () => ({ ok: true as const, data: 'stored' }));
    registerIpcHandlers(fake.module.ipcMain as never, { handle }, (e) => isTrustedSender(e as never, new Set([7]), appUrl));
    expect(await fake.handlers.get('settings:update')!(event, { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(handle).not.toHaveBeenCalled();
  });

  it('trusts nothing before a window exists', () => {
    expect(isTrustedSender(ourFrame, new Set(), appUrl)).toBe(false);
  });
});
