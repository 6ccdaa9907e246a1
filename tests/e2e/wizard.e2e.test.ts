import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { pdfPages } from './support/pdf';

const artifacts = resolve(import.meta.dirname, '../../artifacts/e2e');

describe('the platform wizard in browser mode', () => {
  const session = useAppSession();
  const open = (locale: string): Promise<Page> => session.open(locale, { viewport: { width: 1400, height: 1000 } });

  /** Answers each step by its option label, then moves on; null skips the step. */
  async function walk(page: Page, answers: (string | null)[], next: string, skip: string) {
    for (const answer of answers) {
      if (answer === null) await page.getByRole('button', { name: skip }).click();
      else {
        await page.getByRole('radio', { name: answer, exact: true }).check();
        await page.getByRole('button', { name: next, exact: true }).click();
      }
    }
    await page.getByTestId('recommendation').waitFor();
  }

  it('recommends TikTok for a Gen Z campaign and Instagram for a polished beauty campaign, with reasons, and turns one into a plan', async () => {
    const page = await open('en-GB');
    await page.getByRole('navigation').getByRole('link', { name: 'Platform wizard' }).click();
    await page.getByRole('link', { name: 'New advice' }).click();
    await walk(page, ['Gen Z (16–24)', 'Food', 'Authentic and unpolished', 'Small', 'Yes', 'Engagement', null], 'Next', 'Skip (keep the default)');
    expect(await page.getByTestId('recommendation-top').textContent()).toBe('First choice: TikTok');
    expect(await page.getByTestId('rank-tiktok').getAttribute('data-rank')).toBe('1');
    const tiktok = page.getByTestId('rank-tiktok');
    expect(await tiktok.textContent()).toContain('+3 · The platform of Gen Z');
    expect(await tiktok.textContent()).toContain('+3 · 61% of marketers use it for social commerce');
    expect(await tiktok.textContent()).toContain('Every day · 18:00–22:00 · 1–3 posts a day');
    expect(await page.getByTestId('rank-youtube').textContent()).toContain('-2 · Video is costly for a small budget');
    await tiktok.getByRole('checkbox', { name: 'Research trending sounds and effects' }).check();
    await page.getByRole('textbox', { name: 'Name of this advice' }).fill('Snack launch');
    await page.getByRole('button', { name: 'Save advice' }).click();
    await page.getByText('Advice saved').waitFor();
    await page.waitForURL(/#\/wizard\/\d+$/);
    const split = Object.fromEntries(
      await Promise.all(
        (['instagram', 'tiktok', 'youtube'] as const).map(async (p) => [p, Number((await page.getByTestId(`rank-${p}`).getByTestId('budget-split').textContent())!.split('%')[0])]),
      ),
    ) as Record<string, number>;
    expect(split['instagram']! + split['tiktok']! + split['youtube']!).toBe(100);
    await page.screenshot({ path: join(artifacts, 'wizard-genz.png'), fullPage: true });

    // Reopen: the answers and ticks are kept.
    await page.reload();
    await page.getByTestId('recommendation').waitFor();
    expect(await page.getByTestId('rank-tiktok').getByRole('checkbox', { name: 'Research trending sounds and effects' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Create a budget plan from this' }).click();
    await page.getByRole('textbox', { name: 'Plan name' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Plan name' }).inputValue()).toBe('Snack launch');
    expect(await page.getByRole('textbox', { name: 'TikTok (%)' }).inputValue()).toBe(String(split['tiktok']));
    expect(await page.getByRole('textbox', { name: 'Instagram (%)' }).inputValue()).toBe(String(split['instagram']));

    // The contrasting campaign.
    await page.getByRole('navigation').getByRole('link', { name: 'Platform wizard' }).click();
    await page.getByRole('link', { name: 'New advice' }).click();
    await walk(page, ['Millennials', 'Beauty', 'Polished and high-end', 'Medium', 'No', 'Conversions', 'Yes'], 'Next', 'Skip (keep the default)');
    expect(await page.getByTestId('recommendation-top').textContent()).toBe('First choice: Instagram');
    const instagram = page.getByTestId('rank-instagram');
    expect(await instagram.textContent()).toContain('+3 · Reaches millennials and Gen X');
    expect(await instagram.textContent()).toContain('64% of marketers see their highest ROI here');
    expect(await instagram.textContent()).toContain('Weekdays · 11:00–13:00');
  });

  it('speaks Dutch, keeps answers when going back, and prints the recommendation', async () => {
    const page = await open('nl-NL');
    await page.getByRole('navigation').getByRole('link', { name: 'Platformwizard' }).click();
    await page.getByRole('link', { name: 'Nieuw advies' }).click();
    await page.getByRole('radio', { name: 'Gen Z (16–24)' }).check();
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await page.getByRole('button', { name: 'Terug', exact: true }).click();
    expect(await page.getByRole('radio', { name: 'Gen Z (16–24)' }).isChecked()).toBe(true);
    await walk(page, [null, null, 'Authentiek en ongepolijst', null, null, null, null], 'Volgende', 'Overslaan (standaard houden)');
    expect(await page.getByTestId('recommendation-top').textContent()).toBe('Eerste keus: TikTok');
    expect(await page.getByTestId('rank-tiktok').textContent()).toContain('Hét platform van Gen Z');
    await page.getByRole('textbox', { name: 'Naam van dit advies' }).fill('Zomeractie');
    await page.getByRole('button', { name: 'Advies opslaan' }).click();
    await page.getByText('Advies opgeslagen').waitFor();
    await page.getByRole('link', { name: 'Afdrukken / PDF' }).click();
    await page.locator('html[data-print-ready="true"]').waitFor();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(await page.getByTestId('print-page').textContent()).toContain('Zomeractie');
    const pages = pdfPages(pdf, 'wizard-nl');
    const text = pages.join(' ');
    // The answers the advice rests on, worded as the wizard asked them.
    expect(text).toContain('Wie is de doelgroep? Gen Z (16–24)');
    expect(text).toContain('Wat voor content? Authentiek en ongepolijst');
    expect(text).toContain('Is social commerce belangrijk? Nee');
    expect(text).toContain('Wil je gevestigde, langlopende samenwerkingen? Nee');
    // Each platform's card on one page: its heading and its last checklist item are printed together.
    for (const platform of ['instagram', 'tiktok', 'youtube']) {
      const card = page.getByTestId(`rank-${platform}`);
      const heading = (await card.locator('p').first().textContent())!.trim();
      const lastItem = (await card.locator('label').last().textContent())!.trim();
      const pageOf = (s: string) => pages.findIndex((p) => p.includes(s));
      expect(pageOf(heading), heading).toBeGreaterThanOrEqual(0);
      expect(pageOf(lastItem), `${heading}: ${lastItem}`).toBe(pageOf(heading));
    }
  });
});
