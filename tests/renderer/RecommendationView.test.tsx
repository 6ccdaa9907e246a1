import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { recommendPlatforms } from '@shared/calc/platform-recommendation';
import { defaultPlatformAnswers } from '@shared/domain/platform-advice';
import type { Settings } from '@shared/domain/settings';
import { RecommendationView } from '../../renderer/src/pages/Wizard/RecommendationView';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

async function show(settings: Partial<Settings>) {
  const recommendation = recommendPlatforms(defaultBenchmarks, defaultPlatformAnswers);
  renderWithApp(<RecommendationView recommendation={recommendation} dataSet={defaultBenchmarks} checked={[]} />, fakeTransport({ formatLocale: 'nl-NL', ...settings }).transport, {
    systemLocale: 'nl-NL',
  });
  await screen.findByText(/Video’s kosten meer/);
  // The settings arrive after the first render; Intl puts a no-break space between symbol and amount.
  return () => screen.getByText(/Video’s kosten meer/).textContent!.replace(/\u00a0/g, ' ');
}

describe('<RecommendationView> quotes benchmark prices as the planner does', () => {
  it('converts USD prices into the workspace currency at the user’s rate, and says so', async () => {
    const reason = await show({ currency: 'EUR', benchmarkExchangeRate: 0.9 });
    await waitFor(() => expect(reason()).toContain('micro vanaf € 180,00 tegenover € 90,00 voor een Instagram-post (omgerekend van USD tegen 1 USD = 0,9 EUR, jouw koers)'));
    expect(reason()).not.toContain('US$');
  });

  it('keeps the benchmark’s dollars when there is no rate to convert with', async () => {
    const reason = await show({ currency: 'EUR', benchmarkExchangeRate: null });
    await waitFor(() => expect(reason()).toContain('US$ 200,00 tegenover US$ 100,00'));
    expect(reason()).not.toContain('omgerekend');
  });
});
