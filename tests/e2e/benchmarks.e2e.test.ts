import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchmarksPage } from './pages/app.page';
import { useAppSession } from './support/app-session';

/** What the backend has stored, read through the same API the page uses. */
async function storedFigure(page: Page, origin: string, key: string) {
  return page.evaluate(
    async ({ origin, key }) => {
      const token = localStorage.getItem('microplan.token')!;
      const r = await fetch(`${origin}/api/benchmarks:get`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-microplan-token': token }, body: '{}' });
      const body = (await r.json()) as { data: { figures: { key: string; value: unknown; overridden: boolean }[]; overrideCount: number } };
      return { figure: body.data.figures.find((f) => f.key === key)!, overrideCount: body.data.overrideCount };
    },
    { origin, key },
  );
}

describe('editable benchmarks in browser mode', () => {
  const session = useAppSession();

  async function open(locale: string): Promise<Page> {
    const page = await session.open(locale);
    await page.getByRole('navigation').getByRole('link', { name: 'Benchmarks' }).click();
    await page.locator('tr[data-figure="engagement.tiktok.micro"]').waitFor();
    return page;
  }

  it('overrides a figure, shows the default beside it, keeps it after a reload, and resets it', async () => {
    const page = await open('en-GB');
    const bench = benchmarksPage(page);
    const row = bench.row('engagement.tiktok.micro');
    await row.getByRole('button', { name: /^Edit/ }).click();
    const input = row.getByRole('textbox', { name: /New value for TikTok · micro-influencers/ });
    await input.fill('20');
    await row.getByRole('button', { name: 'Save' }).click();
    await bench.value('engagement.tiktok.micro').filter({ hasText: 'Overridden' }).waitFor();
    expect(await bench.value('engagement.tiktok.micro').textContent()).toBe('20%Overridden');
    expect(await row.getByTestId('figure-default').textContent()).toBe('Default: 18%');
    expect(await page.getByTestId('benchmarks-summary').textContent()).toContain('1 figure overridden');
    expect(await storedFigure(page, session.app.origin, 'engagement.tiktok.micro')).toMatchObject({ figure: { value: 0.2, overridden: true } });

    await page.reload();
    await bench.value('engagement.tiktok.micro').filter({ hasText: 'Overridden' }).waitFor();

    await bench.row('engagement.tiktok.micro').getByRole('button', { name: /Reset TikTok/ }).click();
    await bench.value('engagement.tiktok.micro').filter({ hasNotText: 'Overridden' }).waitFor();
    expect(await bench.value('engagement.tiktok.micro').textContent()).toBe('18%');
    expect(await storedFigure(page, session.app.origin, 'engagement.tiktok.micro')).toMatchObject({ figure: { value: 0.18, overridden: false }, overrideCount: 0 });
  });

  it('rejects an overlapping tier threshold with a clear message and leaves the data unchanged', async () => {
    const page = await open('en-GB');
    const row = benchmarksPage(page).row('tiers.instagram.micro.min');
    await row.getByRole('button', { name: /^Edit/ }).click();
    await row.getByRole('textbox').fill('60000');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('alert').waitFor();
    expect(await row.getByRole('alert').textContent()).toBe('Instagram: mid must start above micro');
    expect(await storedFigure(page, session.app.origin, 'tiers.instagram.micro.min')).toMatchObject({ figure: { value: 5000, overridden: false }, overrideCount: 0 });
  });

  it('rejects a range whose low is above its high, and a negative price', async () => {
    const page = await open('en-GB');
    const ctr = benchmarksPage(page).row('kpi.ctr');
    await ctr.getByRole('button', { name: /^Edit/ }).click();
    await ctr.getByRole('textbox', { name: /Low value/ }).fill('6');
    await ctr.getByRole('button', { name: 'Save' }).click();
    expect(await ctr.getByRole('alert').textContent()).toBe('Low must not be above high');

    const price = benchmarksPage(page).row('pricing.tiktok.micro');
    await price.getByRole('button', { name: /^Edit/ }).click();
    await price.getByRole('textbox', { name: /Low value/ }).fill('-50');
    await price.getByRole('button', { name: 'Save' }).click();
    expect(await price.getByRole('alert').textContent()).toBe('Must be at least 0');
    expect((await storedFigure(page, session.app.origin, 'kpi.ctr')).overrideCount).toBe(0);
  });

  it('takes Dutch decimal commas, and resets everything at once', async () => {
    const page = await open('nl-NL');
    const bench = benchmarksPage(page);
    const ctr = bench.row('kpi.ctr');
    await ctr.getByRole('button', { name: /^Wijzigen/ }).click();
    await ctr.getByRole('textbox', { name: /Lage waarde/ }).fill('2,5');
    await ctr.getByRole('button', { name: 'Opslaan' }).click();
    await bench.value('kpi.ctr').filter({ hasText: 'Aangepast' }).waitFor();
    expect(await bench.value('kpi.ctr').textContent()).toBe('2,5% – 5%Aangepast');
    expect(await storedFigure(page, session.app.origin, 'kpi.ctr')).toMatchObject({ figure: { value: { low: 0.025, high: 0.05 } } });

    const roas = bench.row('kpi.roasTarget');
    await roas.getByRole('button', { name: /^Wijzigen/ }).click();
    await roas.getByRole('textbox').fill('4');
    await roas.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('benchmarks-summary').filter({ hasText: '2 cijfers aangepast' }).waitFor();

    await page.getByRole('button', { name: 'Alles terugzetten naar standaard' }).click();
    await page.getByRole('button', { name: 'Ja, alles terugzetten' }).click();
    await page.getByTestId('benchmarks-summary').filter({ hasText: 'standaardwaarden' }).waitFor();
    expect((await storedFigure(page, session.app.origin, 'kpi.ctr')).overrideCount).toBe(0);
  });

  it('shows USD benchmarks converted at the rate the user entered in Settings', async () => {
    const page = await open('nl-NL');
    await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('textbox', { name: /Wisselkoers: 1 USD/ }).fill('0,92');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('Instellingen opgeslagen').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Benchmarks' }).click();
    const converted = page.locator('tr[data-figure="pricing.tiktok.micro"] [data-testid="figure-converted"]');
    await converted.waitFor();
    expect(await converted.textContent()).toBe('≈ €\u00a046,00 – €\u00a0736,00 (omgerekend tegen 1 USD = 0,92 EUR, jouw koers)');
  });
});
