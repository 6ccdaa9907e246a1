import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { judgeAgainstRange, type Verdict } from '../calc/benchmark-comparison';
import { numberFigure, rangeFigure } from '../calc/figures';
import { conversionRate, cpa, cpe, cpm, ctr, frequency, kpiKeys, roas, roi } from '../calc/kpis';
import type { Money } from '../calc/money';
import { notComputable, type Computed } from '../calc/results';
import { hasResults, resultFields, type PartnershipResults, type ResultField } from '../domain/partnership-results';
import { compensationOf, termsValue, type StoredTerms } from './campaign-budget';
import type { Terms } from '../domain/campaigns';
import { isCommitted, type PipelineStage } from './pipeline';

/** A partnership as the results need it: what it costs, and what its content achieved. */
export interface PartnershipOutcome {
  stage: PipelineStage;
  terms: StoredTerms & Pick<Terms, 'commission'>;
  results: PartnershipResults | null;
}

type Total = { value: number; from: number };

export const campaignKpis = ['ctr', 'conversionRate', 'frequency', 'cpm', 'cpe', 'cpa', 'roas', 'roi'] as const;
export type CampaignKpiKey = (typeof campaignKpis)[number];

export interface CampaignKpi {
  key: CampaignKpiKey;
  /** A ratio (CTR 0.031, ROAS 3.4) or money (CPM, CPE, CPA), with the formula it used. */
  value: Computed<number> | Computed<Money>;
  /** How many partnerships it is from: those that report every figure it needs. */
  from: number;
  /** Against the benchmark where the overview gives one (CTR 2–5 %; ROAS at least 3 : 1). */
  benchmark: { key: string; low: number; high: number | null; verdict: Verdict } | null;
}

export interface CampaignResults {
  /** Agreed partnerships (from "agreed" on, not declined or cancelled) with any figure entered, of all agreed ones. */
  reporting: number;
  partnerships: number;
  /** Partnerships with figures that do not count: never agreed, declined or cancelled. */
  leftOut: number;
  /** Reporting partnerships that cost nothing (no fee, products, payment or commission): free media in the cost KPIs. */
  withoutCost: number;
  /** The first and last day the reported figures were read off, where given. */
  measured: { from: string; to: string } | null;
  totals: Record<ResultField | 'revenue', Total>;
  kpis: CampaignKpi[];
}

/**
 * The campaign's results and KPIs (domain §8) from what its partnerships report. Each KPI is
 * computed over the partnerships that report every figure it needs, with their own cost, so a
 * partnership that has not reported its clicks does not lower the CTR, nor one without revenue
 * the ROAS. Money KPIs are in the campaign's currency, exact to the minor unit.
 */
export function campaignResults(dataSet: BenchmarkDataSet, currency: string, partnerships: readonly PartnershipOutcome[]): CampaignResults {
  // Results count for the deals that were made: a declined or cancelled creator's figures, or a
  // prospect's, are no result of this campaign's budget.
  const agreed = partnerships.filter((p) => isCommitted(p.stage));
  const reported = agreed.flatMap((p) => {
    if (!hasResults(p.results)) return [];
    const cost = resultsCost(p.terms, p.results, currency);
    return cost === null ? [] : [{ results: p.results, cost }];
  });
  type Figure = ResultField | 'revenue';
  /** The sum of `figures` over the partnerships reporting all of them, with those partnerships' cost. */
  const over = (...figures: Figure[]) => {
    const with_ = reported.filter((r) => figures.every((f) => r.results[f] !== null));
    const sum = (f: Figure) => with_.reduce((n, r) => n + r.results[f]!, 0);
    return { from: with_.length, sum, cost: { amount: with_.reduce((n, r) => n + r.cost, 0), currency } };
  };
  const totals = Object.fromEntries([...resultFields, 'revenue' as const].map((f) => [f, { value: over(f).sum(f), from: over(f).from }])) as Record<Figure, Total>;

  const ctrRange = rangeFigure(dataSet, kpiKeys.ctr);
  const roasTarget = numberFigure(dataSet, kpiKeys.roasTarget);
  const kpi = (key: CampaignKpiKey, from: number, value: Computed<number> | Computed<Money>, benchmark: CampaignKpi['benchmark'] = null): CampaignKpi => ({
    key,
    value,
    from,
    benchmark: value.computable && from > 0 ? benchmark : null,
  });
  const clicksOverImpressions = over('clicks', 'impressions');
  const ctrValue = ctr(clicksOverImpressions.sum('clicks'), clicksOverImpressions.sum('impressions'));
  const conversionsOverClicks = over('conversions', 'clicks');
  const impressionsOverReach = over('impressions', 'reach');
  const withImpressions = over('impressions');
  const withEngagements = over('engagements');
  const withConversions = over('conversions');
  const withRevenue = over('revenue');
  const revenue = { amount: withRevenue.sum('revenue'), currency };
  const roasValue = roas(revenue, withRevenue.cost);

  // Nothing paid is no price per view: a cost KPI of free media says so, as ROAS does.
  const costed = (cost: Money, value: Computed<Money>): Computed<Money> => (cost.amount === 0 ? notComputable('zeroCost', value.formula) : value);
  const kpis = [
    kpi('ctr', clicksOverImpressions.from, ctrValue, ctrRange && ctrValue.computable ? { key: kpiKeys.ctr, low: ctrRange.low, high: ctrRange.high, verdict: judgeAgainstRange(ctrValue.value, ctrRange.low, ctrRange.high) } : null),
    kpi('conversionRate', conversionsOverClicks.from, conversionRate(conversionsOverClicks.sum('conversions'), conversionsOverClicks.sum('clicks'))),
    kpi('frequency', impressionsOverReach.from, frequency(impressionsOverReach.sum('impressions'), impressionsOverReach.sum('reach'))),
    kpi('cpm', withImpressions.from, costed(withImpressions.cost, cpm(withImpressions.cost, withImpressions.sum('impressions')))),
    kpi('cpe', withEngagements.from, costed(withEngagements.cost, cpe(withEngagements.cost, withEngagements.sum('engagements')))),
    kpi('cpa', withConversions.from, costed(withConversions.cost, cpa(withConversions.cost, withConversions.sum('conversions')))),
    // "At least 3 : 1": at or above the target is within it.
    kpi('roas', withRevenue.from, roasValue, roasTarget && roasValue.computable ? { key: kpiKeys.roasTarget, low: roasTarget.value, high: null, verdict: roasValue.value < roasTarget.value ? 'below' : 'within' } : null),
    kpi('roi', withRevenue.from, roi(revenue, withRevenue.cost)),
  ];
  // A KPI no partnership reports the figures for is not computable, whatever the core says of zeros.
  return {
    reporting: reported.length,
    partnerships: agreed.length,
    leftOut: partnerships.filter((p) => !isCommitted(p.stage) && hasResults(p.results)).length,
    withoutCost: reported.filter((r) => r.cost === 0).length,
    measured: measuredBetween(reported.map((r) => r.results.measuredOn)),
    totals,
    kpis: kpis.map((k) => (k.from === 0 ? { ...k, value: notComputable('missingData', k.value.formula), benchmark: null } : k)),
  };
}

function measuredBetween(days: readonly (string | null)[]): { from: string; to: string } | null {
  const given = days.filter((d): d is string => d !== null).sort();
  return given.length === 0 ? null : { from: given[0]!, to: given.at(-1)! };
}

/**
 * What a partnership cost for what it reports: its fee (the agreed cash and products, or what was
 * paid when more) plus its commission (as entered, or what the reported sales earn under the
 * terms when more). Null when an amount is invalid.
 */
export function resultsCost(terms: StoredTerms & Pick<Terms, 'commission'>, results: PartnershipResults, currency: string): number | null {
  const fee = termsValue(compensationOf({ ...terms, commissionEarned: null }, currency), currency);
  if (!fee) return null;
  const cost = Math.max(fee.amount, terms.paid ?? 0) + Math.max(terms.commissionEarned ?? 0, commissionDue(terms, results));
  // Money stays exact: an amount past what a number holds to the cent is refused, not rounded.
  return Number.isSafeInteger(cost) ? cost : null;
}

/**
 * The commission the reported sales earn under the terms (fixed per conversion, or a share of
 * the revenue), in minor units: part of the cost even before it is entered as earned.
 */
export function commissionDue(terms: Pick<Terms, 'commission'>, results: PartnershipResults): number {
  if (terms.commission.type === 'fixed') return results.conversions === null ? 0 : terms.commission.amount * results.conversions;
  if (terms.commission.type === 'percent') return results.revenue === null ? 0 : Math.round((results.revenue * terms.commission.percent) / 100);
  return 0;
}
