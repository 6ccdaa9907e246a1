import { describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/api';

const fake = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const invoked: [string, unknown][] = [];
  return {
    exposed,
    invoked,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: async (channel: string, input: unknown) => (invoked.push([channel, input]), { ok: true, data: channel }) },
    },
  };
});
vi.mock('electron', () => fake.module);
await import('../../electron/preload/index');

type Bridge = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

describe('the preload', () => {
  it('exposes one named function per contract channel, plus the shell’s print function, and nothing else', () => {
    expect(Object.keys(fake.exposed)).toEqual(['microplan', 'microplanShell']);
    expect(Object.keys(fake.exposed['microplanShell'] as object)).toEqual(['printToPdf']);
    const bridge = fake.exposed['microplan'] as Bridge;
    const exposedChannels = Object.entries(bridge).flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}:${verb}`));
    expect(exposedChannels.sort()).toEqual([...channels].sort());
    for (const verbs of Object.values(bridge)) for (const fn of Object.values(verbs)) expect(typeof fn).toBe('function');
  });

  it('has no generic invoke, send or ipcRenderer for the page', () => {
    const bridge = fake.exposed['microplan'] as Record<string, unknown>;
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer']) expect(bridge[name]).toBeUndefined();
  });

  it('sends each call on its own channel', async () => {
    const bridge = fake.exposed['microplan'] as Bridge;
    await bridge['settings']!['update']!({ theme: 'dark' });
    expect(fake.invoked.at(-1)).toEqual(['settings:update', { theme: 'dark' }]);
  });
});
