import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { en } from '../../renderer/src/i18n/locales/en';
import { nl } from '../../renderer/src/i18n/locales/nl';
import { BenchmarksPage } from '../../renderer/src/pages/BenchmarksPage/BenchmarksPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function valueOf(container: HTMLElement, key: string): string {
  return container.querySelector(`tr[data-figure="${key}"] [data-testid="figure-value"]`)?.textContent ?? '';
}

describe('<BenchmarksPage>', () => {
  it('shows each figure formatted for the locale with its source and year', async () => {
    const { container } = renderWithApp(<BenchmarksPage />, fakeTransport({ formatLocale: 'en-US' }).transport);
    await screen.findByText('Engagement rate benchmarks');
    expect(valueOf(container, 'engagement.tiktok.micro')).toBe('18%');
    expect(valueOf(container, 'engagement.instagram.under100k')).toBe('3.65%');
    expect(valueOf(container, 'pricing.instagram.micro')).toBe('$100.00 – $1,000.00');
    expect(valueOf(container, 'tiers.instagram.micro.min')).toBe('5,000');
    expect(valueOf(container, 'posting.instagram.peakHours')).toBe('11:00 – 13:00');
    expect(valueOf(container, 'kpi.roasTarget')).toBe('3 : 1');
    const row = container.querySelector('tr[data-figure="kpi.ctr"]') as HTMLElement;
    expect(within(row).getByText(/industry report/)).toBeTruthy();
    expect(within(row).getByText('2025')).toBeTruthy();
  });

  it('writes figures the Dutch way in Dutch', async () => {
    const { container } = renderWithApp(<BenchmarksPage />, fakeTransport().transport, { systemLocale: 'nl-NL' });
    await screen.findByText('Prijzen per post');
    expect(valueOf(container, 'engagement.instagram.under100k')).toBe('3,65%');
    expect(valueOf(container, 'pricing.instagram.micro')).toBe('US$\u00a0100,00 – US$\u00a01.000,00');
  });

  it('marks an overridden figure', async () => {
    const { container } = renderWithApp(<BenchmarksPage />, fakeTransport({}, { 'kpi.roasTarget': 4 }).transport);
    await screen.findByText(/1 figure overridden/);
    expect(valueOf(container, 'kpi.roasTarget')).toBe('4 : 1Overridden');
  });

  it('asks before resetting, in the singular for one changed figure and the plural for more', async () => {
    renderWithApp(<BenchmarksPage />, fakeTransport({}, { 'kpi.roasTarget': 4 }).transport);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset all to defaults' }));
    expect(screen.getByText('Reset the changed figure to the shipped default?')).toBeTruthy();
  });

  it('says how many figures a reset brings back when there are several', async () => {
    renderWithApp(<BenchmarksPage />, fakeTransport({}, { 'kpi.roasTarget': 4, 'engagement.tiktok.micro': 0.2 }).transport, { systemLocale: 'nl-NL' });
    fireEvent.click(await screen.findByRole('button', { name: 'Alles terugzetten naar standaard' }));
    expect(screen.getByText('Alle 2 aangepaste cijfers terugzetten naar de meegeleverde standaard?')).toBeTruthy();
  });

  it('has an English and a Dutch label for every shipped figure', () => {
    for (const figure of defaultBenchmarks.figures) {
      expect(en.figures[figure.key as keyof typeof en.figures], figure.key).toBeTruthy();
      expect(nl.figures[figure.key as keyof typeof nl.figures], figure.key).toBeTruthy();
    }
  });
});

describe('<BenchmarksPage> in another currency', () => {
  it('shows USD prices converted at the user’s own rate, and says so', async () => {
    const { container } = renderWithApp(<BenchmarksPage />, fakeTransport({ currency: 'EUR', benchmarkExchangeRate: 0.92, formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    await screen.findByText('Prijzen per post');
    const converted = container.querySelector('tr[data-figure="pricing.instagram.micro"] [data-testid="figure-converted"]')?.textContent;
    expect(converted).toBe('≈ €\u00a092,00 – €\u00a0920,00 (omgerekend tegen 1 USD = 0,92 EUR, jouw koers)');
    expect(container.querySelector('tr[data-figure="kpi.ctr"] [data-testid="figure-converted"]')).toBeNull();
  });

  it('converts nothing without a rate', async () => {
    const { container } = renderWithApp(<BenchmarksPage />, fakeTransport({ currency: 'EUR' }).transport);
    await screen.findByText('Prices per post');
    expect(container.querySelector('[data-testid="figure-converted"]')).toBeNull();
  });
});
