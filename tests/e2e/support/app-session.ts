import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { freshDataDir, removeDataDir, startApp, type RunningApp } from './web-app';

export interface AppSession {
  /** A fresh data folder, a fresh server on a free port, and a new browser context on its launch URL. */
  open(locale: string, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** The server of the current test. */
  readonly app: RunningApp;
}

/** One Chromium per test file; per test its own server and data folder, removed afterwards. */
export function useAppSession(): AppSession {
  let browser: Browser | undefined;
  let app: RunningApp | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await app?.stop();
    if (dataDir) removeDataDir(dataDir);
    app = undefined;
    dataDir = undefined;
  });

  return {
    async open(locale, options = {}) {
      dataDir = freshDataDir();
      app = await startApp(dataDir);
      const context = await browser!.newContext({ locale, viewport: options.viewport ?? { width: 1400, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(app.launchUrl);
      await page.getByRole('navigation').waitFor();
      return page;
    },
    get app() {
      if (!app) throw new Error('E2E: open() the app first');
      return app;
    },
  };
}
