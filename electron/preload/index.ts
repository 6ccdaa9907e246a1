import { contextBridge, ipcRenderer } from 'electron';
import { buildByChannel } from '@shared/api';

// Only named functions, one per contract channel; the page never gets ipcRenderer or a generic invoke.
contextBridge.exposeInMainWorld(
  'microplan',
  buildByChannel((channel) => (input: unknown) => ipcRenderer.invoke(channel, input)),
);
