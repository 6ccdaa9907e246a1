import { Notifications, notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '@shared/domain/settings';
import { CreatorPage } from '../../renderer/src/pages/CreatorPage/CreatorPage';
import { creatorBackend, reviewedCreator } from './creator-fixture';
import { renderWithApp } from './render';

// Mantine's notification store is global: what one test showed must not fill the next one's corner.
afterEach(() => notifications.clean());

type Backend = ReturnType<typeof creatorBackend>;

async function openPage(backend: Backend, systemLocale = 'en-GB') {
  const view = renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/creators/:id" element={<CreatorPage />} />
      </Routes>
    </>,
    backend.transport,
    { systemLocale, route: '/creators/7' },
  );
  await screen.findByTestId('account-tiktok');
  return view;
}

const tiktokPostRow = () => within(screen.getByTestId('account-tiktok')).getByTestId('account-fees').querySelector('[data-deliverable="post"]') as HTMLElement;
const textOf = (element: Element | null) => (element?.textContent ?? '').replace(/\u00a0|\u202f/g, ' ');

describe('<CreatorPage> fees and quotes', () => {
  const eurAtRate: Partial<Settings> = { currency: 'EUR', benchmarkExchangeRate: 0.9237, formatLocale: 'en-GB' };

  it('judges a quote in euros against the estimate converted at the user’s rate, and shows the conversion', async () => {
    await openPage(creatorBackend(reviewedCreator(), eurAtRate));
    const row = tiktokPostRow();
    // 50 × $10 – $20 = $500 – $1,000; × 0.9237, each rounded once to the cent.
    expect(textOf(within(row).getByTestId('fee-estimate'))).toBe('≈ €461.85 – €923.70');
    expect(textOf(row)).toContain('market range ≈ €46.19 – €738.96');
    expect(textOf(within(row).getByTestId('fee-quote'))).toBe('Quoted €450.00: within market (≈ €46.19 – €738.96 at 1 USD = 0.9237 EUR, your rate)');
    expect(textOf(within(screen.getByTestId('account-tiktok')).getByTestId('fee-currency'))).toContain('at 1 USD = 0.9237 EUR, your rate; each rounded once to the smallest unit of EUR, halves away from zero');
    // Every estimate says its formula and the benchmark behind it.
    expect(textOf(screen.getByTestId('account-tiktok'))).toContain('Estimate: followers ÷ 1,000 × US$10.00 – US$20.00 per 1,000 followers (benchmark; Micro-influencer marketing overview');
  });

  it('says so in Dutch, in the Dutch number format', async () => {
    await openPage(creatorBackend(reviewedCreator(), { ...eurAtRate, formatLocale: 'nl-NL' }), 'nl-NL');
    expect(textOf(within(tiktokPostRow()).getByTestId('fee-quote'))).toBe('Offerte € 450,00: binnen de markt (≈ € 46,19 – € 738,96 tegen 1 USD = 0,9237 EUR, jouw koers)');
  });

  it('says a euro quote cannot be compared without an exchange rate, and how to fix it', async () => {
    await openPage(creatorBackend(reviewedCreator(), { currency: 'EUR', benchmarkExchangeRate: null }));
    const quote = within(tiktokPostRow()).getByTestId('fee-quote');
    expect(quote.dataset['verdict']).toBe('notCompared');
    expect(textOf(quote)).toContain('Quoted €450.00: not compared. The benchmarks are in USD and there is no exchange rate from USD to EUR.');
    expect(within(quote).getByRole('link', { name: 'Set the exchange rate in Settings' }).getAttribute('href')).toBe('/settings');
    expect(textOf(within(tiktokPostRow()).getByTestId('fee-estimate'))).toBe('US$500.00 – US$1,000.00');
  });

  it('says a quote in a third currency cannot be compared, rather than saying nothing', async () => {
    const creator = reviewedCreator({ rateCard: [{ platform: 'tiktok', deliverable: 'post', amount: 45_000, currency: 'GBP' }] });
    await openPage(creatorBackend(creator, eurAtRate));
    expect(textOf(within(tiktokPostRow()).getByTestId('fee-quote'))).toContain('not compared. Your exchange rate converts USD into EUR only');
  });

  it('says a euro quote in a dollar workspace cannot be compared without naming USD twice', async () => {
    const creator = reviewedCreator({ rateCard: [{ platform: 'tiktok', deliverable: 'post', amount: 50_000, currency: 'EUR' }] });
    await openPage(creatorBackend(creator, { currency: 'USD', benchmarkExchangeRate: null, formatLocale: 'en-US' }));
    expect(textOf(within(tiktokPostRow()).getByTestId('fee-quote'))).toBe(
      'Quoted €500.00: not compared. The benchmarks and your workspace are in USD, and Microplan has no rate for EUR; enter this rate in USD to have it judged.',
    );
  });
});

describe('<CreatorPage> account figures', () => {
  it('says how fresh each account’s figures are: the day and source of its newest snapshot', async () => {
    await openPage(creatorBackend(reviewedCreator()), 'nl-NL');
    expect(textOf(within(screen.getByTestId('account-tiktok')).getByTestId('account-figures-of'))).toBe('Cijfers van 1 juni 2025 (handmatig ingevoerd)');
    // An account without snapshots says nothing it does not know.
    expect(within(screen.getByTestId('account-instagram')).queryByTestId('account-figures-of')).toBeNull();
  });

  it('shows an ER reported by an import, judged and labelled as reported, as the roster and the checklist use it', async () => {
    const [tiktok] = reviewedCreator().accounts;
    const reported = { ...tiktok!, followers: 20_000, avgLikes: null, avgComments: null, erFollowers: 0.175, erVerdict: 'within', erReported: 0.175, erSource: 'reported' as const, sourceFile: 'export.csv', flagCount: 0, snapshots: [] };
    await openPage(creatorBackend(reviewedCreator({ accounts: [reported] })));
    const er = within(screen.getByTestId('account-tiktok')).getByTestId('account-er');
    expect(textOf(er)).toContain('17.5%Within benchmark');
    expect(textOf(within(er).getByTestId('account-er-formula'))).toBe(
      'Reported in the import file (export.csv): its formula is unknown; read as (likes + comments) ÷ followers, which this account’s figures cannot give.',
    );
    const item = document.querySelector('[data-vetting-item="engagement.rateVsBenchmark"]') as HTMLElement;
    expect((item.querySelector('input:checked') as HTMLInputElement).value).toBe('pass');
    expect(textOf(within(item).getByTestId('vetting-evidence'))).toContain('reported ER 17.5% (from the import, formula unknown) is within the benchmark 18%');
  });
});

describe('<CreatorPage> rate card', () => {
  it('says why a quote is not judged: no account on its platform, or a deliverable the benchmarks do not price there', async () => {
    const creator = reviewedCreator({
      rateCard: [
        { platform: 'tiktok', deliverable: 'post', amount: 45_000, currency: 'EUR' },
        { platform: 'youtube', deliverable: 'video', amount: 90_000, currency: 'EUR' },
        { platform: 'instagram', deliverable: 'video', amount: 30_000, currency: 'EUR' },
      ],
    });
    await openPage(creatorBackend(creator, { currency: 'EUR', benchmarkExchangeRate: 0.9237, formatLocale: 'en-GB' }));
    const entries = screen.getAllByTestId('rate-card-entry').map(textOf);
    expect(entries).toEqual([
      'TikTok · Post: €450.00',
      'YouTube · Video: €900.00 (not compared with the benchmarks: no YouTube account to estimate from)',
      'Instagram · Video: €300.00 (not compared: the benchmarks give no fee for a video on Instagram)',
    ]);
    // The TikTok quote is judged where it belongs, under the TikTok account.
    expect(within(tiktokPostRow()).getByTestId('fee-quote').dataset['verdict']).toBe('within');
  });
});

describe('<CreatorPage> vetting', () => {
  const vettingItem = (id: string) => document.querySelector(`[data-vetting-item="${id}"]`) as HTMLElement;
  const checked = (id: string) => (vettingItem(id).querySelector('input:checked') as HTMLInputElement).value;

  it('does not pass the ER item next to the engagement-pods flag, and names the account it judged', async () => {
    await openPage(creatorBackend(reviewedCreator()));
    expect(textOf(within(screen.getByTestId('account-tiktok')).getByTestId('account-flags'))).toContain('3.7× the tier benchmark of 18%');
    expect(checked('engagement.rateVsBenchmark')).toBe('unknown');
    expect(textOf(within(vettingItem('engagement.rateVsBenchmark')).getByTestId('vetting-evidence'))).toBe(
      'From the data: ER 65.8% is 3.7× the benchmark 18% (the engagement-pods signal starts at 3×): too high to count as a pass until you have checked for pods or bought likes. Judged on TikTok @anna.fit, the largest account.',
    );
    expect(checked('engagement.noArtificialInflation')).toBe('fail');
    // Creator-wide evidence names no account.
    expect(textOf(within(vettingItem('performance.multiPlatform')).getByTestId('vetting-evidence'))).toBe('From the data: active on 2 platforms.');
  });

  it('ends the evidence with a full stop before the override note, and counts manual answers in the singular', async () => {
    const creator = reviewedCreator({ vetting: { 'performance.multiPlatform': { status: 'fail', note: '' } } });
    await openPage(creatorBackend(creator));
    expect(textOf(within(vettingItem('performance.multiPlatform')).getByTestId('vetting-evidence'))).toBe('From the data: active on 2 platforms. Your answer overrides the data.');
    expect(screen.getByText('1 manual answer overrides what the data says.')).toBeTruthy();
  });

  it('counts manual answers in the Dutch singular too', async () => {
    const creator = reviewedCreator({ vetting: { 'performance.multiPlatform': { status: 'fail', note: '' } } });
    await openPage(creatorBackend(creator, { formatLocale: 'nl-NL' }), 'nl-NL');
    expect(await screen.findByText('1 handmatig antwoord gaat voor op de gegevens.')).toBeTruthy();
    expect(textOf(within(vettingItem('performance.multiPlatform')).getByTestId('vetting-evidence'))).toBe('Uit de gegevens: actief op 2 platforms. Jouw antwoord gaat voor op de gegevens.');
  });
});

describe('<CreatorPage> history', () => {
  it('shows a snapshot without likes and comments as not measured, and says the ER line has a gap there', async () => {
    await openPage(creatorBackend(reviewedCreator()));
    const table = screen.getByRole('table', { name: 'Snapshots of anna.fit' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => textOf(r.querySelectorAll('td')[4]!))).toEqual(['55.0%', 'not measured', '65.8%']);
    expect(within(screen.getByTestId('history-tiktok')).getByText(/The ER line has gaps/)).toBeTruthy();
  });

  it('refuses bad snapshot figures at their fields without sending anything', async () => {
    const backend = creatorBackend(reviewedCreator());
    await openPage(backend);
    const history = within(screen.getByTestId('history-tiktok'));
    fireEvent.change(history.getByLabelText(/^Followers/), { target: { value: '-5' } });
    fireEvent.change(history.getByLabelText('Avg likes'), { target: { value: '12,5' } });
    fireEvent.change(history.getByLabelText('As of'), { target: { value: '2999-01-01' } });
    fireEvent.click(history.getByRole('button', { name: 'Save snapshot' }));
    expect(await history.findByText('Followers must be a whole number of 0 or more')).toBeTruthy();
    expect(history.getByText('Not a number in your number format (for example 1,234,567.5)')).toBeTruthy();
    expect(history.getByText('A snapshot cannot be dated in the future: use today’s date or an earlier one')).toBeTruthy();
    expect(backend.sent).toEqual([]);

    // A day that does not exist: said at the field, and still nothing sent.
    fireEvent.change(history.getByLabelText(/^Followers/), { target: { value: '5000' } });
    fireEvent.change(history.getByLabelText('Avg likes'), { target: { value: '' } });
    const date = history.getByLabelText(/^As of/);
    fireEvent.change(date, { target: { value: '31/02/2026' } });
    fireEvent.blur(date);
    fireEvent.click(history.getByRole('button', { name: 'Save snapshot' }));
    expect(await history.findByText('“31/02/2026” is not a date; type it like 24/11/2026')).toBeTruthy();
    expect(backend.sent).toEqual([]);

    // A year typed wrong: no TikTok figures before 2016.
    fireEvent.change(date, { target: { value: '01/08/2001' } });
    fireEvent.blur(date);
    fireEvent.click(history.getByRole('button', { name: 'Save snapshot' }));
    expect(await history.findByText('“01/08/2001” is before 01/01/2016, the first day allowed here')).toBeTruthy();
    expect(backend.sent).toEqual([]);
  });

  it('sends numbers typed in the Dutch format as they are meant, and shows a refusal from the backend in Dutch at its field', async () => {
    const refusal = { field: 'asOf', rule: 'dateInFuture', message: 'A snapshot cannot be dated in the future' };
    const backend = creatorBackend(reviewedCreator(), { formatLocale: 'nl-NL' }, () => ({ ok: false, error: { code: 'invalid_input', field: 'asOf', message: refusal.message, issues: [refusal] } }));
    await openPage(backend, 'nl-NL');
    const history = within(screen.getByTestId('history-tiktok'));
    fireEvent.change(history.getByLabelText(/^Volgers/), { target: { value: '1.234.567' } });
    fireEvent.change(history.getByLabelText('Gem. likes'), { target: { value: '12,5' } });
    fireEvent.change(history.getByLabelText('Peildatum'), { target: { value: '2025-06-02' } });
    fireEvent.click(history.getByRole('button', { name: 'Momentopname opslaan' }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect(backend.sent[0]![1]).toEqual({ accountId: 1, asOf: '2025-06-02', followers: 1_234_567, avgLikes: 12.5, avgComments: null });
    expect(await history.findByText('Een momentopname kan niet in de toekomst liggen: kies vandaag of een eerdere datum')).toBeTruthy();
    expect(screen.queryByText(/cannot be dated/)).toBeNull();
  });
});
