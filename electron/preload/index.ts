import { contextBridge, ipcRenderer } from 'electron';
import { buildByChannel } from '@shared/api';
import { shellChannels, type ShellBridge } from '@shared/api/shell-channels';

// Only named functions, one per contract channel; the page never gets ipcRenderer or a generic invoke.
contextBridge.exposeInMainWorld(
  'microplan',
  buildByChannel((channel) => (input: unknown) => ipcRenderer.invoke(channel, input)),
);

// What only the desktop shell can do (a PDF through a save dialog), as one more named function.
const shell: ShellBridge = {
  printToPdf: (target, fileName) => ipcRenderer.invoke(shellChannels.printToPdf, { target, fileName }),
};
contextBridge.exposeInMainWorld('microplanShell', shell);
