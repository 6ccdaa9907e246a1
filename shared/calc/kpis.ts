import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { judgeAgainstRange, type Verdict } from './benchmark-comparison';
import { numberFigure, rangeFigure } from './figures';
import { benchmarkAmount, exactProductRounded, isValidMoney, type BenchmarkMoney, type CurrencyTarget, type Money } from './money';
import { atLeast, checkInputs, divide, notComputable, ok, type Coded, type Computed, type FormulaId, type NotComputableReason } from './results';

export const kpiKeys = {
  ctr: 'kpi.ctr',
  roasTarget: 'kpi.roasTarget',
  emvPer1kImpressions: 'kpi.emvPer1kImpressions',
  emvPerEngagement: 'kpi.emvPerEngagement',
} as const;

/** CTR is measured on impressions (tracked links count clicks per view of the content). */
export function ctr(clicks: number | undefined, impressions: number | undefined): Computed {
  return checkInputs('kpi.ctr', { clicks, impressions }) ?? divide(clicks!, impressions!, 'kpi.ctr', 'zeroImpressions');
}

export function conversionRate(conversions: number | undefined, clicks: number | undefined): Computed {
  return checkInputs('kpi.conversionRate', { conversions, clicks }) ?? divide(conversions!, clicks!, 'kpi.conversionRate', 'zeroClicks');
}

/** Average times each reached account saw the content; impressions ≥ reach by definition. */
export function frequency(impressions: number | undefined, reach: number | undefined): Computed {
  return checkInputs('kpi.frequency', { impressions, reach }) ?? divide(impressions!, reach!, 'kpi.frequency', 'zeroReach');
}

function costCheck(cost: Money | undefined, formula: FormulaId): Computed<Money> | undefined {
  if (!cost) return notComputable('missingData', formula, ['cost']);
  if (!isValidMoney(cost) || cost.amount < 0) return notComputable('invalidInput', formula, ['cost']);
  return undefined;
}

/** cost × per ÷ count as money, rounded half away from zero to the minor unit. */
function costPer(cost: Money | undefined, count: number | undefined, per: number, formula: FormulaId, countName: string, zeroReason: NotComputableReason): Computed<Money> {
  const problem = costCheck(cost, formula) ?? checkInputs(formula, { [countName]: count });
  if (problem) return problem as Computed<Money>;
  if (count === 0) return notComputable(zeroReason, formula);
  const amount = exactProductRounded([cost!.amount, per], [count!]);
  return amount === undefined ? notComputable('outOfRange', formula) : ok({ amount, currency: cost!.currency }, formula);
}

export function cpm(cost: Money | undefined, impressions: number | undefined): Computed<Money> {
  return costPer(cost, impressions, 1000, 'kpi.cpm', 'impressions', 'zeroImpressions');
}
export function costPerThousandReached(cost: Money | undefined, reach: number | undefined): Computed<Money> {
  return costPer(cost, reach, 1000, 'kpi.costPerThousandReached', 'reach', 'zeroReach');
}
export function cpe(cost: Money | undefined, engagements: number | undefined): Computed<Money> {
  return costPer(cost, engagements, 1, 'kpi.cpe', 'engagements', 'zeroEngagements');
}
export function cpa(cost: Money | undefined, conversions: number | undefined): Computed<Money> {
  return costPer(cost, conversions, 1, 'kpi.cpa', 'conversions', 'zeroConversions');
}

function revenueAndCost(revenue: Money | undefined, cost: Money | undefined, formula: FormulaId): Computed | undefined {
  const missing = [!revenue && 'revenue', !cost && 'cost'].filter((f): f is string => !!f);
  if (missing.length > 0) return notComputable('missingData', formula, missing);
  if (!isValidMoney(revenue) || revenue.amount < 0) return notComputable('invalidInput', formula, ['revenue']);
  if (!isValidMoney(cost) || cost.amount < 0) return notComputable('invalidInput', formula, ['cost']);
  if (revenue.currency !== cost.currency) return notComputable('currencyMismatch', formula);
  if (cost.amount === 0) return notComputable('zeroCost', formula);
  return undefined;
}

/** Return on ad spend: revenue ÷ cost (3 means 3:1). */
export function roas(revenue: Money | undefined, cost: Money | undefined): Computed {
  return revenueAndCost(revenue, cost, 'kpi.roas') ?? divide(revenue!.amount, cost!.amount, 'kpi.roas', 'zeroCost');
}

/** Return on investment: (revenue − cost) ÷ cost; may be negative. */
export function roi(revenue: Money | undefined, cost: Money | undefined): Computed {
  return revenueAndCost(revenue, cost, 'kpi.roi') ?? divide(revenue!.amount - cost!.amount, cost!.amount, 'kpi.roi', 'zeroCost');
}

export type EmvResult =
  | {
      readonly computable: true;
      readonly formula: FormulaId;
      readonly value: BenchmarkMoney;
      /** Earned media value is always an estimate: its rates are editable assumptions. */
      readonly estimate: true;
      readonly benchmarkKeys: readonly string[];
    }
  | { readonly computable: false; readonly formula: FormulaId; readonly reason: NotComputableReason; readonly fields?: readonly string[] };

/** What the same impressions and engagements would have cost as paid media, at the data set's EMV rates. */
export function earnedMediaValue(
  dataSet: BenchmarkDataSet,
  input: { readonly impressions?: number; readonly engagements?: number },
  target?: CurrencyTarget,
): EmvResult {
  const formula: FormulaId = 'kpi.emv';
  const problem = checkInputs(formula, { impressions: input.impressions, engagements: input.engagements });
  if (problem) return problem;
  const perThousand = numberFigure(dataSet, kpiKeys.emvPer1kImpressions);
  const perEngagement = numberFigure(dataSet, kpiKeys.emvPerEngagement);
  if (!perThousand || !perEngagement) return notComputable('noBenchmark', formula);
  // One exact sum over a common denominator, so the estimate is rounded once.
  const value = benchmarkAmount(dataSet.currency, [input.impressions! * perThousand.value + input.engagements! * perEngagement.value * 1000], [1000], target);
  if (!value.ok) return notComputable(value.reason === 'invalidRate' || value.reason === 'invalidCurrency' ? 'invalidRate' : 'outOfRange', formula);
  return { computable: true, formula, value: value.money, estimate: true, benchmarkKeys: [perThousand.benchmarkKey, perEngagement.benchmarkKey] };
}

export type KpiJudgement =
  | {
      readonly available: true;
      readonly verdict: Verdict | 'meetsTarget' | 'belowTarget';
      readonly benchmarkKey: string;
      readonly low: number;
      readonly high: number | null;
    }
  | { readonly available: false; readonly reason: 'noBenchmark' | 'notComputable' };

/** CTR against the overview's 2–5 % average. */
export function judgeCtr(dataSet: BenchmarkDataSet, value: Computed): KpiJudgement {
  if (!value.computable) return { available: false, reason: 'notComputable' };
  const range = rangeFigure(dataSet, kpiKeys.ctr);
  if (!range) return { available: false, reason: 'noBenchmark' };
  return { available: true, verdict: judgeAgainstRange(value.value, range.low, range.high), benchmarkKey: range.benchmarkKey, low: range.low, high: range.high };
}

/** ROAS against the target (at least 3:1); reaching the target exactly meets it. */
export function judgeRoas(dataSet: BenchmarkDataSet, value: Computed): KpiJudgement {
  if (!value.computable) return { available: false, reason: 'notComputable' };
  const target = numberFigure(dataSet, kpiKeys.roasTarget);
  if (!target) return { available: false, reason: 'noBenchmark' };
  return { available: true, verdict: atLeast(value.value, target.value) ? 'meetsTarget' : 'belowTarget', benchmarkKey: target.benchmarkKey, low: target.value, high: null };
}

export interface KpiInput {
  readonly cost?: Money;
  readonly revenue?: Money;
  readonly impressions?: number;
  readonly reach?: number;
  readonly clicks?: number;
  readonly engagements?: number;
  readonly conversions?: number;
}

export type KpiWarningCode = 'impressionsBelowReach' | 'clicksAboveImpressions' | 'conversionsAboveClicks';

export interface KpiReport {
  readonly ctr: { readonly result: Computed; readonly judgement: KpiJudgement };
  readonly conversionRate: Computed;
  readonly cpm: Computed<Money>;
  readonly cpe: Computed<Money>;
  readonly cpa: Computed<Money>;
  readonly roas: { readonly result: Computed; readonly judgement: KpiJudgement };
  readonly roi: Computed;
  readonly frequency: Computed;
  readonly costPerThousandReached: Computed<Money>;
  readonly emv: EmvResult;
  /** Inputs that contradict each other; the figures are still computed. */
  readonly warnings: readonly Coded<KpiWarningCode>[];
}

export function computeKpis(dataSet: BenchmarkDataSet, input: KpiInput, target?: CurrencyTarget): KpiReport {
  const ctrResult = ctr(input.clicks, input.impressions);
  const roasResult = roas(input.revenue, input.cost);
  const warnings: Coded<KpiWarningCode>[] = [];
  const { impressions, reach, clicks, conversions } = input;
  if (impressions !== undefined && reach !== undefined && impressions < reach) warnings.push({ code: 'impressionsBelowReach', params: { impressions, reach } });
  if (clicks !== undefined && impressions !== undefined && clicks > impressions) warnings.push({ code: 'clicksAboveImpressions', params: { clicks, impressions } });
  if (conversions !== undefined && clicks !== undefined && conversions > clicks) warnings.push({ code: 'conversionsAboveClicks', params: { conversions, clicks } });
  return {
    ctr: { result: ctrResult, judgement: judgeCtr(dataSet, ctrResult) },
    conversionRate: conversionRate(input.conversions, input.clicks),
    cpm: cpm(input.cost, input.impressions),
    cpe: cpe(input.cost, input.engagements),
    cpa: cpa(input.cost, input.conversions),
    roas: { result: roasResult, judgement: judgeRoas(dataSet, roasResult) },
    roi: roi(input.revenue, input.cost),
    frequency: frequency(input.impressions, input.reach),
    costPerThousandReached: costPerThousandReached(input.cost, input.reach),
    emv: earnedMediaValue(dataSet, { impressions: input.impressions, engagements: input.engagements }, target),
    warnings: warnings.filter((w) => Object.values(w.params).every((v) => typeof v !== 'number' || Number.isFinite(v))),
  };
}
