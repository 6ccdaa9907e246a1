import { describe, expect, it } from 'vitest';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { campaignResults, resultsCost, type PartnershipOutcome } from '@shared/campaigns/campaign-results';
import { defaultTerms } from '@shared/domain/campaigns';
import { emptyResults, partnershipResultsSchema, type PartnershipResults } from '@shared/domain/partnership-results';

const results = (r: Partial<PartnershipResults>): PartnershipResults => ({ ...emptyResults, ...r });
const terms = (t: Partial<typeof defaultTerms>) => ({ ...defaultTerms, ...t });

/**
 * Five creators in a euro campaign. A (published, €600) and D (paid €300, 10 % commission on
 * €1,000 of sales: €100, of which €50 entered as earned) report sales; B (agreed, €400 + a €50
 * product) reports reach only; C (negotiating) nothing; E declined after reporting (left out).
 */
const campaign: PartnershipOutcome[] = [
  { stage: 'published', terms: terms({ cash: 60_000 }), results: results({ reach: 20_000, impressions: 30_000, engagements: 1_500, clicks: 600, conversions: 24, revenue: 120_000 }) },
  { stage: 'agreed', terms: terms({ cash: 40_000, products: [{ name: 'Box', quantity: 1, retailValue: 5_000 }] }), results: results({ reach: 10_000, impressions: 15_000, engagements: 900 }) },
  { stage: 'negotiating', terms: terms({ cash: 90_000 }), results: null },
  { stage: 'paid', terms: terms({ cash: 30_000, paid: 30_000, commission: { type: 'percent', percent: 10 }, commissionEarned: 5_000 }), results: results({ impressions: 10_000, clicks: 400, conversions: 16, revenue: 100_000 }) },
  { stage: 'declined', terms: terms({ cash: 20_000 }), results: results({ reach: 8_000, impressions: 9_000, revenue: 25_000 }) },
];

describe('campaignResults', () => {
  const r = campaignResults(defaultBenchmarks, 'EUR', campaign);
  const kpi = (key: string) => r.kpis.find((k) => k.key === key)!;
  const ratio = (key: string) => {
    const value = kpi(key).value;
    return value.computable ? (value.value as number) : Number.NaN;
  };

  it('sums what each creator reports, saying from how many', () => {
    // Of the four agreed ones (C is only negotiating); the declined E's figures are left out.
    expect(r.reporting).toBe(3);
    expect(r.partnerships).toBe(3);
    expect(r.leftOut).toBe(1);
    expect(r.withoutCost).toBe(0);
    expect(r.totals).toEqual({
      reach: { value: 30_000, from: 2 },
      impressions: { value: 55_000, from: 3 },
      engagements: { value: 2_400, from: 2 },
      clicks: { value: 1_000, from: 2 },
      conversions: { value: 40, from: 2 },
      revenue: { value: 220_000, from: 2 },
    });
  });

  it('computes each KPI over the creators that report what it needs, with their own cost', () => {
    // CTR and conversion rate: A and D (1,000 clicks of 40,000 impressions; 40 sales of 1,000 clicks).
    expect(kpi('ctr')).toMatchObject({ from: 2, value: { computable: true, value: 0.025, formula: 'kpi.ctr' }, benchmark: { key: 'kpi.ctr', low: 0.02, high: 0.05, verdict: 'within' } });
    expect(kpi('conversionRate')).toMatchObject({ from: 2, value: { value: 0.04 } });
    // Frequency: A and B report both (45,000 impressions to 30,000 accounts).
    expect(kpi('frequency')).toMatchObject({ from: 2, value: { value: 1.5 } });
    // CPM: A €600 + B €450 + D €400 (its €300 fee plus the €100 commission its sales earn, more
    // than the €50 entered) = €1,450 over 55,000 impressions: €26.36.
    expect(kpi('cpm')).toMatchObject({ from: 3, value: { value: { amount: 2_636, currency: 'EUR' }, formula: 'kpi.cpm' } });
    // CPE: A and B, €1,050 over 2,400 engagements = 43.75 cents, rounded half away from zero.
    expect(kpi('cpe')).toMatchObject({ from: 2, value: { value: { amount: 44, currency: 'EUR' } } });
    // CPA: A and D, €1,000 over 40 sales.
    expect(kpi('cpa')).toMatchObject({ from: 2, value: { value: { amount: 2_500, currency: 'EUR' } } });
    // ROAS €2,200 ÷ €1,000 = 2.2 : 1, under the 3 : 1 target; ROI (2,200 − 1,000) ÷ 1,000.
    expect(kpi('roas').value).toMatchObject({ computable: true, formula: 'kpi.roas' });
    expect(ratio('roas')).toBeCloseTo(2.2, 12);
    expect(kpi('roas').benchmark).toEqual({ key: 'kpi.roasTarget', low: 3, high: null, verdict: 'below' });
    expect(ratio('roi')).toBeCloseTo(1.2, 12);
  });

  it('counts a fixed commission per conversion in the cost, and says when creators with results cost nothing', () => {
    const fixed = campaignResults(defaultBenchmarks, 'EUR', [
      { stage: 'published', terms: terms({ cash: 20_000, commission: { type: 'fixed', amount: 500 } }), results: results({ impressions: 10_000, conversions: 20, revenue: 60_000 }) },
    ]);
    // €200 fee + 20 × €5 = €300: CPA €15.00, ROAS 2 : 1.
    expect(fixed.kpis.find((k) => k.key === 'cpa')!.value).toMatchObject({ value: { amount: 1_500 } });
    const free = campaignResults(defaultBenchmarks, 'EUR', [{ stage: 'published', terms: terms({}), results: results({ impressions: 30_000, engagements: 900, conversions: 12, revenue: 60_000 }) }]);
    expect(free.withoutCost).toBe(1);
    expect(free.kpis.filter((k) => ['cpm', 'cpe', 'cpa', 'roas', 'roi'].includes(k.key)).map((k) => k.value.computable || k.value.reason)).toEqual(['zeroCost', 'zeroCost', 'zeroCost', 'zeroCost', 'zeroCost']);
  });

  it('keeps money exact: a cost past what a number holds to the cent is no cost at all', () => {
    expect(resultsCost(terms({ cash: 10_000, commission: { type: 'fixed', amount: 1e13 } }), results({ conversions: 1e12 }), 'EUR')).toBeNull();
    expect(resultsCost(terms({ cash: 10_000, commission: { type: 'fixed', amount: 500 } }), results({ conversions: 3 }), 'EUR')).toBe(11_500);
  });

  it('computes nothing a creator has not reported, rather than a zero', () => {
    const none = campaignResults(defaultBenchmarks, 'EUR', [{ stage: 'agreed', terms: terms({ cash: 10_000 }), results: results({ reach: 5_000 }) }]);
    expect(none.kpis.map((k) => [k.key, k.value.computable ? 'value' : k.value.reason])).toEqual([
      ['ctr', 'missingData'], ['conversionRate', 'missingData'], ['frequency', 'missingData'], ['cpm', 'missingData'],
      ['cpe', 'missingData'], ['cpa', 'missingData'], ['roas', 'missingData'], ['roi', 'missingData'],
    ]);
    expect(campaignResults(defaultBenchmarks, 'EUR', [{ stage: 'agreed', terms: terms({ cash: 10_000 }), results: emptyResults }]).reporting).toBe(0);
  });
});

describe('partnershipResultsSchema', () => {
  it('refuses impressions below the reach and more clicks than impressions, at the field, with the rule', () => {
    const parsed = partnershipResultsSchema.safeParse(results({ reach: 10_000, impressions: 9_000, clicks: 9_500 }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), (i as { params?: { rule?: string } }).params?.rule])).toEqual([
      ['impressions', 'results.impressionsBelowReach'],
      ['clicks', 'results.clicksAboveImpressions'],
    ]);
  });
});
