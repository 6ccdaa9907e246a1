import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { creatorDetail, rateRows } from './pages/creator-page.page';
import { creatorForm, creatorPage } from './pages/creators.page';
import { useAppSession } from './support/app-session';

const artifacts = resolve(import.meta.dirname, '../../artifacts/e2e');

/** The user's calendar date `days` from today, as the date field takes it. */
function localDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('a creator’s page and form in browser mode', () => {
  const session = useAppSession();
  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  async function openForm(locale: string): Promise<Page> {
    const page = await session.open(locale);
    await page.getByRole('heading', { level: 2, name: 'Creators' }).waitFor();
    await page.getByRole('link', { name: /^(Add creator|Creator toevoegen)$/ }).click();
    return page;
  }

  it('refuses bad numbers at their fields, judges a euro quote once a rate is set, and keeps the vetting and history honest', async () => {
    const page = await openForm('en-GB');
    const form = creatorForm(page);
    const rates = rateRows(page);
    await form.name.fill('Pods Suspect');
    await form.handle(0).fill('anna.eats');
    await form.followers(0).fill('8,000');
    await form.likes(0).fill('400');
    await form.comments(0).fill('40');
    await page.getByRole('button', { name: 'Add account' }).click();
    await form.handle(1).fill('anna.fit');
    await form.followers(1).fill('-5');
    await rates.add.click();
    await rates.platform(0).click();
    await page.getByRole('option', { name: 'TikTok', exact: true }).click();
    await rates.amount(0).fill('450');

    // Saved three times with an error: one notice, the field says what is wrong, the text stays as typed.
    for (let i = 0; i < 3; i++) await form.save.click();
    await page.getByTestId('account-form-1').getByText('Followers must be a whole number of 0 or more').waitFor();
    expect(await page.getByText('Please check the highlighted fields').count()).toBe(1);
    expect(await form.followers(1).inputValue()).toBe('-5');
    await form.followers(1).fill('1.234.567');
    await form.save.click();
    await page.getByTestId('account-form-1').getByText('Not a number in your number format (for example 1,234,567)').waitFor();
    expect(await form.followers(1).inputValue()).toBe('1.234.567');

    // TikTok, 50,000 followers, (30,000 + 2,900) ÷ 50,000 = 65.8 %: 3.7× the 18 % micro benchmark.
    await form.followers(1).fill('50,000');
    await form.likes(1).fill('30,000');
    await form.comments(1).fill('2,900');
    await form.save.click();
    await creatorPage(page).heading.filter({ hasText: 'Pods Suspect' }).waitFor();
    const creator = creatorDetail(page);
    expect(await creator.account('tiktok').textContent()).toContain('Followers50,000');

    // No exchange rate yet: the € quote cannot be compared, and the page says how to fix that.
    const quote = creator.quote('tiktok', 'post');
    expect(await quote.textContent()).toContain('Quoted €450.00: not compared. The benchmarks are in USD and there is no exchange rate from USD to EUR.');
    await quote.getByRole('link', { name: 'Set the exchange rate in Settings' }).click();
    await page.getByRole('textbox', { name: /Exchange rate/ }).fill('0.9237');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();
    await page.goBack();
    await quote.filter({ hasText: 'within market' }).waitFor();
    expect(await quote.textContent()).toBe('Quoted €450.00: within market (≈ €46.19 – €738.96 at 1 USD = 0.9237 EUR, your rate)');
    expect(await creator.feeEstimate('tiktok', 'post').textContent()).toBe('≈ €461.85 – €923.70');
    expect(await creator.feeCurrency('tiktok').textContent()).toContain('at 1 USD = 0.9237 EUR, your rate; each rounded once to the smallest unit of EUR, halves away from zero');

    // The ER item does not pass next to the engagement-pods flag, and says which account it judged.
    expect(await creator.account('tiktok').getByTestId('account-flags').textContent()).toContain('3.7× the tier benchmark of 18%');
    expect(await creator.vettingChoice('engagement.rateVsBenchmark').getAttribute('value')).toBe('unknown');
    const evidence = await creator.vettingEvidence('engagement.rateVsBenchmark').textContent();
    expect(evidence).toContain('From the data: ER 65.8% is 3.7× the benchmark 18%');
    expect(evidence).toContain('Judged on TikTok @anna.fit, the largest account.');

    // A snapshot in the future is refused at its field; one without likes or comments leaves a gap.
    await creator.snapshotDate('tiktok').fill('2999-01-01');
    await creator.snapshot('tiktok', /^Followers/).fill('51,000');
    await creator.saveSnapshot('tiktok').click();
    await creator.history('tiktok').getByText('A snapshot cannot be dated in the future: use today’s date or an earlier one').waitFor();
    await creator.snapshotDate('tiktok').fill(localDate(-1));
    await creator.saveSnapshot('tiktok').click();
    await creator.historyRows('tiktok').nth(1).waitFor();
    expect(await creator.historyRows('tiktok').first().locator('td').nth(4).textContent()).toBe('not measured');
    expect(await creator.historyRows('tiktok').nth(1).locator('td').nth(4).textContent()).toBe('65.8%');
    await creator.history('tiktok').getByText(/The ER line has gaps/).waitFor();
    await creator.history('tiktok').getByRole('img').waitFor();
    await page.screenshot({ path: join(artifacts, 'creator-page-fees-vetting.png'), fullPage: true });
  });

  it('reads Dutch numbers the Dutch way and refuses in Dutch', async () => {
    const page = await openForm('nl-NL');
    const nlForm = {
      name: page.getByRole('form').getByRole('textbox', { name: 'Naam' }),
      handle: page.getByTestId('account-form-0').getByRole('textbox', { name: 'Handle' }),
      followers: page.getByTestId('account-form-0').getByRole('textbox', { name: 'Volgers' }),
      save: page.getByRole('button', { name: 'Creator opslaan' }),
    };
    await nlForm.name.fill('Jan Jansen');
    await nlForm.handle.fill('jan.jansen');
    await nlForm.followers.fill('12,5');
    await nlForm.save.click();
    await page.getByText('Volgers moet een geheel getal van 0 of meer zijn').waitFor();
    await nlForm.followers.fill('1.234.567');
    await nlForm.save.click();
    await page.getByRole('heading', { level: 2, name: 'Jan Jansen' }).waitFor();
    expect(await creatorDetail(page).account('instagram').textContent()).toContain('Volgers1.234.567');

    const creator = creatorDetail(page);
    await creator.snapshotDate('instagram').fill('01-01-2999');
    await creator.snapshot('instagram', /^Volgers/).fill('1.300.000');
    await creator.saveSnapshot('instagram').click();
    await creator.history('instagram').getByText('Een momentopname kan niet in de toekomst liggen: kies vandaag of een eerdere datum').waitFor();
  });
});
