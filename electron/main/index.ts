import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { appVersion } from '../core/app-version';
import { openBackend, type Backend } from '../core/backend';
import { hardenApp, hardenSession } from './harden';
import { registerIpcHandlers } from './ipc';
import { isTrustedSender } from './trusted-sender';
import { createMainWindow } from './main-window';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererDir = join(import.meta.dirname, '../renderer');
const appUrlPrefix = devServerUrl ?? pathToFileURL(rendererDir).href;
const isAppUrl = (url: string) => url.startsWith(appUrlPrefix);

let mainWindow: BrowserWindow | undefined;
let backend: Backend | undefined;

function openMainWindow(): BrowserWindow {
  const window = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'), (w) =>
    devServerUrl ? w.loadURL(devServerUrl) : w.loadFile(join(rendererDir, 'index.html')),
  );
  window.on('closed', () => {
    mainWindow = undefined;
  });
  return window;
}

async function start(): Promise<void> {
  hardenApp(app, isAppUrl);
  await app.whenReady();
  hardenSession(session.defaultSession, isAppUrl);
  try {
    backend = await openBackend(app.getPath('userData'), { mode: 'desktop', version: appVersion });
  } catch (error) {
    dialog.showErrorBox('Microplan cannot open its workspace', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerIpcHandlers(ipcMain, backend, (event) => isTrustedSender(event, mainWindow?.webContents.id, appUrlPrefix));
  mainWindow = openMainWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => {
  void backend?.close();
});

void start();
