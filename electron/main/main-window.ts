import { BrowserWindow } from 'electron';

/**
 * The app's one window. The renderer gets no Node, runs sandboxed and isolated, and
 * reaches the backend only through the preload's named functions. The options are
 * written out here, in the constructor call, so a security scanner can read them.
 */
export function createMainWindow(preloadPath: string, load: (window: BrowserWindow) => Promise<void>): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Microplan',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void load(window);
  return window;
}

/**
 * An invisible window that renders a print route for printToPDF: the same isolation and
 * sandbox as the main window, and it never shows.
 */
export function createPrintWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
