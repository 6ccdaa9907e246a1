import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appPage, settingsPage } from './pages/app.page';
import { launchChromium } from './support/chromium';
import { freshDataDir, removeDataDir, startApp, type RunningApp } from './support/web-app';

const artifacts = resolve(import.meta.dirname, '../../artifacts/e2e');

describe('settings in browser mode', () => {
  let browser: Browser;
  const apps: RunningApp[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop();
    for (const dir of dirs.splice(0)) removeDataDir(dir);
  });

  async function open(dataDir: string, locale = 'en-GB'): Promise<{ app: RunningApp; page: Page }> {
    const app = await startApp(dataDir);
    apps.push(app);
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(app.launchUrl);
    await appPage(page).nav.waitFor();
    (page as Page & { errors?: string[] }).errors = errors;
    return { app, page };
  }

  it('changes every setting, keeps them across a reload and a server restart', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const first = await open(dataDir);
    const shell = appPage(first.page);
    expect(new URL(first.page.url()).searchParams.get('token')).toBeNull();

    await shell.navLink('Settings').click();
    const settings = settingsPage(first.page);
    await settings.workspaceName.fill('Studio Noord');
    await settings.currency.click();
    await settings.currency.fill('USD');
    await first.page.getByRole('option', { name: /^USD/ }).click();
    await settings.choose(settings.formatLocale, /· de-DE$/);
    await settings.theme('Dark').click();
    await settings.save.click();
    await first.page.getByText('Settings saved').waitFor();
    expect(await shell.workspaceName.textContent()).toBe('Studio Noord');
    expect(await first.page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    expect(await settings.preview.textContent()).toContain('1.234.567,89');
    expect(await settings.preview.textContent()).toContain('15.000,00\u00a0$');

    await first.page.reload();
    await settingsPage(first.page).workspaceName.waitFor();
    expect(await settingsPage(first.page).workspaceName.inputValue()).toBe('Studio Noord');

    await first.app.stop();
    apps.splice(apps.indexOf(first.app), 1);
    const second = await open(dataDir);
    await appPage(second.page).navLink('Settings').click();
    const again = settingsPage(second.page);
    expect(await again.workspaceName.inputValue()).toBe('Studio Noord');
    expect(await again.currency.inputValue()).toMatch(/^USD/);
    expect(await again.formatLocale.inputValue()).toContain('de-DE');
    expect(await second.page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    await second.page.screenshot({ path: join(artifacts, 'settings-dark.png'), fullPage: true });
    expect((second.page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('switches the UI to Dutch and formats numbers the Dutch way', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const { page } = await open(dataDir, 'en-US');
    await appPage(page).navLink('Settings').click();
    const settings = settingsPage(page);
    await settings.choose(settings.language, 'Nederlands');
    await settings.save.click();
    // Confirmed in the language just chosen.
    await page.getByText('Instellingen opgeslagen').waitFor();
    expect(await page.getByText('Settings saved').count()).toBe(0);

    await appPage(page).heading('Instellingen').waitFor();
    expect(await appPage(page).navLink('Instellingen').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await settings.preview.textContent()).toBe('Voorbeeld: 1.234.567,89 · €\u00a015.000,00 · 31 maart 2026');

    await appPage(page).navLink('Benchmarks').click();
    await page.getByText('Prijzen per post').waitFor();
    await page.screenshot({ path: join(artifacts, 'benchmarks-nl.png'), fullPage: true });
  });

  it('follows a Dutch system locale until the user chooses otherwise', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const { page } = await open(dataDir, 'nl-NL');
    await appPage(page).heading('Creators').waitFor();
    expect(await appPage(page).navLink('Instellingen').isVisible()).toBe(true);
  });

  it('shows a field error and saves nothing when the workspace name is empty', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const { app, page } = await open(dataDir);
    await appPage(page).navLink('Settings').click();
    const settings = settingsPage(page);
    await settings.workspaceName.fill('   ');
    await settings.save.click();
    await page.getByText('The workspace needs a name').waitFor();
    const stored = await page.evaluate(async (origin) => {
      const token = localStorage.getItem('microplan.token')!;
      const r = await fetch(`${origin}/api/settings:get`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-microplan-token': token }, body: '{}' });
      return (await r.json()) as { data: { workspaceName: string } };
    }, app.origin);
    expect(stored.data.workspaceName).toBe('Microplan');
  });

  it('refuses malformed settings requests from the page and keeps the database unchanged', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const { app, page } = await open(dataDir);
    const results = await page.evaluate(async (origin) => {
      const token = localStorage.getItem('microplan.token')!;
      const send = async (input: unknown, withToken = true) => {
        const r = await fetch(`${origin}/api/settings:update`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(withToken ? { 'x-microplan-token': token } : {}) },
          body: JSON.stringify({ input }),
        });
        return { status: r.status, body: (await r.json()) as { ok: boolean; error?: { code: string; field?: string; message: string } } };
      };
      return {
        currency: await send({ currency: 'ABC' }),
        language: await send({ language: 'fr' }),
        types: await send({ workspaceName: 12, theme: true }),
        noToken: await send({ currency: 'USD' }, false),
        after: await (await fetch(`${origin}/api/settings:get`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-microplan-token': token }, body: '{}' })).json(),
      };
    }, app.origin);
    expect(results.currency).toMatchObject({ status: 422, body: { ok: false, error: { code: 'invalid_input', field: 'currency' } } });
    expect(results.language).toMatchObject({ status: 422, body: { error: { field: 'language' } } });
    expect(results.types).toMatchObject({ status: 422, body: { error: { code: 'invalid_input', field: 'workspaceName' } } });
    expect(results.types.body.error?.message).toContain('expected string');
    expect(results.noToken).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(results.after).toMatchObject({ data: { workspaceName: 'Microplan', currency: 'EUR', language: null, theme: 'system' } });
  });

  it('works in a second tab opened at an address of the running app, which carries no token', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const { app, page } = await open(dataDir);
    await appPage(page).navLink('Settings').click();
    await settingsPage(page).workspaceName.fill('Bureau Noord');
    await settingsPage(page).save.click();
    await page.getByText('Settings saved').waitFor();
    expect(page.url()).not.toContain('token');
    // As a link opened with Ctrl+click, or the address pasted into a new tab.
    const second = await page.context().newPage();
    await second.goto(`${app.origin}/#/settings`);
    await expect.poll(() => second.getByRole('textbox', { name: /Workspace name/ }).inputValue()).toBe('Bureau Noord');
    expect(await second.getByText(/Missing or wrong token/).count()).toBe(0);
  });

  it('refuses to serve the app without the token', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const app = await startApp(dataDir);
    apps.push(app);
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(app.origin + '/');
    expect(response?.status()).toBe(401);
  });
});
