/// <reference lib="dom" />
// Callbacks passed to page.waitForFunction run in the page, where `document` exists.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { creatorForm, creatorPage, rosterPage } from './pages/creators.page';
import { useAppSession } from './support/app-session';

const artifacts = resolve(import.meta.dirname, '../../artifacts/e2e');

describe('the creator roster in browser mode', () => {
  const session = useAppSession();

  async function open(locale = 'en-GB'): Promise<Page> {
    const page = await session.open(locale);
    await page.getByRole('heading', { name: /^(Creators)$/ }).waitFor();
    return page;
  }

  it('loads the demo roster, filters to TikTok micro with ER above benchmark, opens a creator and ticks the vetting checklist', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await roster.loadDemo.click();
    await roster.total.filter({ hasText: /^[1-9]\d* accounts$/ }).waitFor();
    const all = Number((await roster.total.textContent())!.split(' ')[0]);
    expect(all).toBeGreaterThan(300);

    await roster.multi('Platforms', 'TikTok');
    await roster.multi('Tiers', 'Micro');
    await roster.multi('ER vs benchmark', 'Above benchmark');
    await page.waitForFunction((n) => !document.querySelector('[data-testid=roster-total]')?.textContent?.startsWith(String(n)), all);
    const filtered = Number((await roster.total.textContent())!.split(' ')[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    for (const row of await roster.rows.all()) {
      expect(await row.textContent()).toContain('TikTok');
      expect(await row.textContent()).toContain('Micro');
      expect(await row.getByTestId('roster-er').textContent()).toContain('Above');
    }
    await page.screenshot({ path: join(artifacts, 'roster-filtered.png') });

    const first = roster.rows.first();
    const name = (await first.getByRole('link').textContent())!;
    await first.getByRole('link').click();
    const creator = creatorPage(page);
    await creator.heading.filter({ hasText: name }).waitFor();
    await page.getByTestId('account-tiktok').getByText('Above benchmark').waitFor();
    expect(await page.getByTestId('account-tiktok').getByTestId('account-benchmark').textContent()).toContain('Benchmark 18%');

    const before = await creator.vettingOverall.textContent();
    await creator.vettingItem('content.brandValues').getByText('Pass', { exact: true }).click();
    await page.waitForFunction((b) => document.querySelector('[data-testid=vetting-overall]')?.textContent !== b, before);
    await creator.vettingItem('content.styleAndTone').getByRole('textbox').fill('Warm, funny, no hard sell');
    await creator.vettingItem('content.styleAndTone').getByText('Pass', { exact: true }).click();
    await page.reload();
    await creator.vettingItem('content.styleAndTone').getByRole('textbox').waitFor();
    expect(await creator.vettingItem('content.styleAndTone').getByRole('textbox').inputValue()).toBe('Warm, funny, no hard sell');
    expect(await page.getByTestId('vetting-section-content').textContent()).toContain('2 pass');
    await page.screenshot({ path: join(artifacts, 'creator-page.png'), fullPage: true });
  });

  it('adds a creator through the form, refusing bad input with located messages', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await roster.addCreator.click();
    const form = creatorForm(page);
    await form.save.click();
    await page.getByText('The creator needs a name').waitFor();
    await page.getByText('Enter the handle').waitFor();

    await form.name.fill('Sanne Bakker');
    await form.handle(0).fill('@sanne.bakt');
    await form.email.fill('sanne(at)example');
    await form.save.click();
    // Followers left empty; the input itself refuses negative and fractional numbers.
    await page.getByText('Followers must be a whole number of 0 or more').waitFor();
    await page.getByText('This does not look like an email address').waitFor();

    await form.followers(0).fill('8000');
    await form.likes(0).fill('450');
    await form.comments(0).fill('30');
    await form.email.fill('sanne@example.nl');
    await form.save.click();
    await creatorPage(page).heading.filter({ hasText: 'Sanne Bakker' }).waitFor();
    // Instagram micro starts at 5,000: (450 + 30) ÷ 8,000 = 6 % = the Instagram micro benchmark.
    expect(await page.getByTestId('account-instagram').getByTestId('account-er').textContent()).toContain('Engagement rate6%');
    expect(await page.getByTestId('account-instagram').textContent()).toContain('Within benchmark');

    await page.getByRole('link', { name: /Back to the roster/ }).click();
    await roster.addCreator.click();
    await form.name.fill('Copy cat');
    await form.handle(0).fill('Sanne.Bakt');
    await form.followers(0).fill('100');
    await form.save.click();
    await page.getByRole('form').getByText('@sanne.bakt on Instagram already belongs to Sanne Bakker').waitFor();
  });

  it('deletes creators in bulk and undoes it', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await roster.loadDemo.click();
    await roster.total.filter({ hasText: /^[1-9]\d* accounts$/ }).waitFor();
    await roster.search.fill('amira');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=roster-total]')?.textContent?.split(' ')[0]) < 50);
    const count = Number((await roster.total.textContent())!.split(' ')[0]);
    await page.getByRole('checkbox', { name: 'Select', exact: true }).check();
    await page.getByRole('region').getByRole('button', { name: 'Delete' }).click();
    await roster.total.filter({ hasText: /^0 accounts$/ }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await roster.total.filter({ hasText: new RegExp(`^${count} accounts$`) }).waitFor();
  });
});
