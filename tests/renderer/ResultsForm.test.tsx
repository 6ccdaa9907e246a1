import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { campaignResults } from '@shared/campaigns/campaign-results';
import { defaultTerms } from '@shared/domain/campaigns';
import { computePlan } from '@shared/plans/plan-allocation';
import { defaultPlanInputs } from '@shared/plans/plan-inputs';
import { emptyResults, type PartnershipResults } from '@shared/domain/partnership-results';
import { CampaignResultsView } from '../../renderer/src/pages/Campaigns/CampaignResults';
import { ResultsForm } from '../../renderer/src/pages/Partnership/ResultsForm';
import { fakeTransport } from './fake-transport';
import { annasPartnership } from './partnership-fixture';
import { renderWithApp } from './render';

const text = (element: HTMLElement) => element.textContent!.replace(/\u00a0/g, ' ');

describe('<ResultsForm>', () => {
  it('reads figures as insights write them in Dutch, keeps blanks as unknown, and says at the field what is no number', async () => {
    const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
    const sent: { id: number; results: PartnershipResults }[] = [];
    const transport: typeof fake.transport = async (channel, input) => {
      if (channel !== 'partnerships:saveResults') return fake.transport(channel, input);
      sent.push(input as (typeof sent)[number]);
      return { ok: true, data: annasPartnership({ results: (input as (typeof sent)[number]).results }) };
    };
    renderWithApp(<ResultsForm partnership={annasPartnership()} />, transport, { systemLocale: 'nl-NL' });
    const field = (label: string) => screen.getByRole('textbox', { name: new RegExp(`^${label}`) });
    fireEvent.change(await screen.findByRole('textbox', { name: /^Bereik/ }), { target: { value: '20.000' } });
    fireEvent.change(field('Vertoningen'), { target: { value: '30k' } });
    fireEvent.change(field('Interacties'), { target: { value: '1.500' } });
    fireEvent.change(field('Klikken'), { target: { value: 'zeshonderd' } });
    // A count with a decimal is no count: said in words of counts, not of followers.
    fireEvent.change(field('Conversies'), { target: { value: '12,5' } });
    fireEvent.change(field('Omzet'), { target: { value: '€ 1.200,00' } });
    fireEvent.blur(field('Omzet'));
    fireEvent.click(screen.getByRole('button', { name: 'Resultaten opslaan' }));
    expect(await screen.findByText(/Geen getal in jouw getalnotatie/)).toBeTruthy();
    expect(screen.getByText('Een heel getal van 0 of meer')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(field('Conversies'), { target: { value: '' } });
    expect(screen.queryByText('Een heel getal van 0 of meer')).toBeNull();
    fireEvent.change(field('Klikken'), { target: { value: '600' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Bron' }), { target: { value: ' Instagram-insights ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Resultaten opslaan' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    // Saved against what the form started from: nothing yet.
    expect(sent[0]).toEqual({ id: 5, expected: null, results: { ...emptyResults, reach: 20_000, impressions: 30_000, engagements: 1_500, clicks: 600, conversions: null, revenue: 120_000, source: 'Instagram-insights' } });
  });
});

describe('<CampaignResultsView>', () => {
  it('shows the totals and each KPI with its formula and benchmark, in the user’s format', async () => {
    const results = campaignResults(defaultBenchmarks, 'EUR', [
      { stage: 'published', terms: { ...defaultTerms, cash: 60_000 }, results: { ...emptyResults, reach: 20_000, impressions: 30_000, engagements: 1_500, clicks: 600, conversions: 24, revenue: 120_000 } },
      { stage: 'negotiating', terms: defaultTerms, results: null },
      { stage: 'declined', terms: defaultTerms, results: { ...emptyResults, reach: 9_000 } },
      { stage: 'agreed', terms: defaultTerms, results: { ...emptyResults, reach: 1_000, measuredOn: '2026-11-20' } },
    ]);
    renderWithApp(<CampaignResultsView results={results} currency="EUR" />, fakeTransport({ language: 'nl', formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    // The declined creator's reach is left out; the agreed one without a fee is free media.
    expect(text(await screen.findByTestId('results-totals'))).toBe('Bereik21.000Vertoningen30.000Interacties1.500Klikken600Conversies24Omzet€ 1.200,00');
    expect(screen.getByText('2 van de 2 afgesproken creators gaven resultaten op. Cijfers afgelezen op 20 november 2026.')).toBeTruthy();
    expect(text(screen.getByTestId('results-left-out'))).toBe('De cijfers van 1 creator die nooit akkoord ging, afzegde of werd geannuleerd tellen niet mee.');
    expect(text(screen.getByTestId('results-without-cost'))).toContain('1 creator met resultaten kostte niets');
    const row = (key: string) => text(within(screen.getByTestId('results-kpis')).getAllByRole('row').find((r) => r.getAttribute('data-kpi') === key)!);
    // CTR only from the creator who reported clicks and impressions, and it says so.
    expect(row('ctr')).toBe('Doorklikratio (CTR)2%klikken ÷ vertoningenvan de 1 creator die deze cijfers opgafbinnen de benchmark van 2%–5%');
    expect(row('cpm')).toBe('Kosten per 1.000 vertoningen (CPM)€ 20,00kosten ÷ vertoningen × 1.000van de 1 creator die deze cijfers opgaf');
    expect(row('roas')).toBe('Omzet op advertentiekosten (ROAS)2 : 1omzet ÷ kostenvan de 1 creator die deze cijfers opgafonder het doel van 3 : 1');
  });

  it('says the figures of partnerships that do not count are left out, when they are all there is', async () => {
    const results = campaignResults(defaultBenchmarks, 'EUR', [{ stage: 'declined', terms: defaultTerms, results: { ...emptyResults, reach: 9_000 } }]);
    renderWithApp(<CampaignResultsView results={results} currency="EUR" />, fakeTransport({ language: 'nl', formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    expect(await screen.findByTestId('results-none')).toBeTruthy();
    expect(text(screen.getByTestId('results-left-out'))).toBe('De cijfers van 1 creator die nooit akkoord ging, afzegde of werd geannuleerd tellen niet mee.');
  });

  it('sets the plan’s forecast beside the results, for the plan’s own budget', async () => {
    const inputs = { ...defaultPlanInputs('USD', '2026-11-24', 0.65), name: 'Spring', budget: { amount: 4_000_000, currency: 'USD' } };
    const plan = computePlan(defaultBenchmarks, inputs, null);
    if (!plan.ok) throw new Error('the plan should compute');
    const results = campaignResults(defaultBenchmarks, 'USD', [{ stage: 'published', terms: { ...defaultTerms, cash: 60_000 }, results: { ...emptyResults, reach: 20_000 } }]);
    // A pilot with a fifth of the plan's budget.
    renderWithApp(<CampaignResultsView results={results} currency="USD" forecast={{ name: 'Spring', budget: inputs.budget, totals: plan.totals }} budget={{ amount: 800_000, currency: 'USD' }} />, fakeTransport({ formatLocale: 'en-US', currency: 'USD' }).transport, { systemLocale: 'en-US' });
    const line = text(await screen.findByTestId('results-forecast'));
    const reach = plan.totals.reach;
    if (!reach.computable) throw new Error('the plan forecasts reach');
    const n = (v: number) => Math.round(v).toLocaleString('en-US');
    expect(line.startsWith(`Forecast in the plan “Spring” for its budget of $40,000.00: reach ${n(reach.expected)} (${n(reach.low)} – ${n(reach.high)}); engagements `)).toBe(true);
    expect(line).toMatch(/; revenue \$[\d,]+\.\d\d \(\$[\d,]+\.\d\d – \$[\d,]+\.\d\d\)\. This campaign has \$8,000\.00 of that budget \(20%\): compare its results with that part of the forecast\.$/);
  });
});
