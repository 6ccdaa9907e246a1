import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { appVersion } from '../core/app-version';
import { openBackend, type Backend } from '../core/backend';
import { hardenApp, hardenSession } from './harden';
import { registerIpcHandlers } from './ipc';
import { isTrustedSender } from './trusted-sender';
import { createMainWindow, createPrintWindow } from './main-window';
import { registerPrintPlan } from './print-plan';
import { registerUnloadPrompt } from './unload-prompt';
import { resolveUiLanguage, type Settings, type UiLanguage } from '@shared/domain/settings';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererDir = join(import.meta.dirname, '../renderer');
// With a trailing slash, so neither `…/renderer2/` nor `http://localhost:5173@evil/` passes as ours.
const appUrlPrefix = withTrailingSlash(devServerUrl ?? pathToFileURL(rendererDir).href);
const isAppUrl = (url: string) => url.startsWith(appUrlPrefix);

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

let mainWindow: BrowserWindow | undefined;
let backend: Backend | undefined;
/** webContents ids of our own windows: the only senders IPC accepts. */
const ourWindows = new Set<number>();
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
/** The window's language for native questions, which must be answered synchronously: refreshed at every in-app navigation. */
let uiLanguage: UiLanguage = 'en';

async function refreshUiLanguage(): Promise<void> {
  const result = await backend?.handle('settings:get', undefined);
  const choice = result?.ok ? (result.data as Settings).language : null;
  uiLanguage = resolveUiLanguage(choice, app.getLocale());
}

function loadRoute(window: BrowserWindow, route = ''): Promise<void> {
  return devServerUrl ? window.loadURL(`${devServerUrl}#${route}`) : window.loadFile(join(rendererDir, 'index.html'), { hash: route });
}

function openMainWindow(): BrowserWindow {
  const window = createMainWindow(preloadPath, (w) => loadRoute(w));
  const id = window.webContents.id;
  ourWindows.add(id);
  registerUnloadPrompt({ window, dialog, language: () => uiLanguage });
  void refreshUiLanguage();
  window.webContents.on('did-navigate-in-page', () => void refreshUiLanguage());
  window.on('closed', () => {
    ourWindows.delete(id);
    mainWindow = undefined;
  });
  return window;
}

async function start(): Promise<void> {
  hardenApp(app, isAppUrl, (url) => void shell.openExternal(url));
  await app.whenReady();
  hardenSession(session.defaultSession, isAppUrl);
  try {
    backend = await openBackend(app.getPath('userData'), { mode: 'desktop', version: appVersion });
  } catch (error) {
    dialog.showErrorBox('Microplan cannot open its workspace', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const isTrusted = (event: Electron.IpcMainInvokeEvent) => isTrustedSender(event, ourWindows, appUrlPrefix);
  registerIpcHandlers(ipcMain, backend, isTrusted);
  registerPrintPlan({
    ipcMain,
    dialog,
    isTrusted,
    parentWindow: () => mainWindow,
    openPrintWindow: async (route) => {
      const window = createPrintWindow(preloadPath);
      const id = window.webContents.id;
      ourWindows.add(id);
      try {
        await loadRoute(window, route);
      } catch (error) {
        // Never leave a hidden, trusted window behind.
        ourWindows.delete(id);
        window.destroy();
        throw error;
      }
      return window;
    },
    trust: (id) => ourWindows.add(id),
    untrust: (id) => ourWindows.delete(id),
  });
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
