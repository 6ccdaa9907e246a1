/**
 * Result shapes shared by the calculation core. Nothing here throws or returns
 * NaN/Infinity: a figure that cannot be computed says why, so the UI can show
 * "not computable: no followers" instead of a broken number.
 */

/** Stable ids for every formula the core uses; the UI translates them and shows `formulaExpressions`. */
export const formulaExpressions = {
  'er.followers': '(likes + comments) ÷ followers',
  'er.interactions': '(likes + comments + shares + saves) ÷ followers',
  'er.reach': '(likes + comments + shares + saves) ÷ reach',
  'er.views': '(likes + comments + shares + saves) ÷ views',
  'ratio.saveToLike': 'saves ÷ likes',
  'ratio.commentToLike': 'comments ÷ likes',
  'kpi.ctr': 'clicks ÷ impressions',
  'kpi.cpm': 'cost ÷ impressions × 1,000',
  'kpi.cpe': 'cost ÷ engagements',
  'kpi.cpa': 'cost ÷ conversions',
  'kpi.roas': 'revenue ÷ cost',
  'kpi.roi': '(revenue − cost) ÷ cost',
  'kpi.frequency': 'impressions ÷ reach',
  'kpi.costPerThousandReached': 'cost ÷ reach × 1,000',
  'kpi.conversionRate': 'conversions ÷ clicks',
  'kpi.emv': 'impressions ÷ 1,000 × EMV rate per 1,000 impressions + engagements × EMV rate per engagement',
  'pricing.per1kFollowers': 'followers ÷ 1,000 × rate per 1,000 followers × deliverable multiplier',
  'pricing.productValue': 'retail value × quantity',
  'growth.period': '(followers at end − followers at start) ÷ followers at start',
  'growth.monthly': 'period growth × 30 ÷ max(days, 7)',
  'comments.genericShare': 'generic or emoji-only comments ÷ comments',
  'forecast.audience': 'line budget ÷ (rate per 1,000 followers × deliverable multiplier) × 1,000',
  'forecast.reach': 'audience × reach rate',
  'forecast.engagements': 'audience × engagement-rate benchmark',
  'forecast.clicks': 'reach × CTR',
  'forecast.conversions': 'clicks × conversion rate',
  'forecast.revenue': 'conversions × average order value',
  'forecast.roas': 'forecast revenue ÷ budget',
  'money.convert': 'amount × rate, rounded half away from zero to the minor unit',
} as const;
export type FormulaId = keyof typeof formulaExpressions;

export type NotComputableReason =
  | 'zeroFollowers'
  | 'zeroReach'
  | 'zeroViews'
  | 'zeroLikes'
  | 'zeroImpressions'
  | 'zeroClicks'
  | 'zeroCost'
  | 'zeroConversions'
  | 'zeroEngagements'
  | 'zeroDays'
  | 'zeroPrice'
  | 'missingData'
  | 'invalidInput'
  | 'outOfRange'
  | 'noPosts'
  | 'noBenchmark'
  | 'formulaMismatch'
  | 'currencyMismatch'
  | 'rateRequired'
  | 'invalidRate'
  | 'deliverableNotOnPlatform'
  | 'cannotAffordDeliverable';

export interface NotComputable {
  readonly computable: false;
  readonly reason: NotComputableReason;
  readonly formula: FormulaId;
  /** Input fields that were missing or invalid, when that is the reason. */
  readonly fields?: readonly string[];
}

export type Computed<T = number> = { readonly computable: true; readonly value: T; readonly formula: FormulaId } | NotComputable;

/** Parameters of a machine-readable code; the UI interpolates them into its translation. */
export type CodeParams = Readonly<Record<string, string | number | boolean>>;

/** A reason, flag, warning or error, as a code the UI translates (never an English sentence). */
export interface Coded<C extends string = string> {
  readonly code: C;
  readonly params: CodeParams;
}

export function ok<T>(value: T, formula: FormulaId): Computed<T> {
  return { computable: true, value, formula };
}

export function notComputable(reason: NotComputableReason, formula: FormulaId, fields?: readonly string[]): NotComputable {
  return fields && fields.length > 0 ? { computable: false, reason, formula, fields } : { computable: false, reason, formula };
}

/** A count or amount the core accepts: finite and not negative. */
export function isNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Checks named inputs: missing ones first (so the UI can ask for them), then
 * invalid ones (negative, NaN, infinite). Returns undefined when all are usable.
 */
export function checkInputs(formula: FormulaId, inputs: Readonly<Record<string, number | undefined>>): NotComputable | undefined {
  // Plain loops: this runs for every figure of every account, and usually finds nothing.
  let missing: string[] | undefined;
  let invalid: string[] | undefined;
  for (const key in inputs) {
    const value = inputs[key];
    if (value === undefined || value === null) (missing ??= []).push(key);
    else if (!isNonNegative(value)) (invalid ??= []).push(key);
  }
  if (missing) return notComputable('missingData', formula, missing);
  if (invalid) return notComputable('invalidInput', formula, invalid);
  return undefined;
}

/** numerator ÷ denominator, or the given reason when the denominator is zero; overflow is `outOfRange`. */
export function divide(numerator: number, denominator: number, formula: FormulaId, zeroReason: NotComputableReason): Computed {
  if (denominator === 0) return notComputable(zeroReason, formula);
  const value = numerator / denominator;
  return Number.isFinite(value) ? ok(value, formula) : notComputable('outOfRange', formula);
}

/**
 * Relative slack for threshold comparisons, so that 0.18 ÷ 0.06 (2.9999999999999996 in
 * floating point) counts as 3× and a value on a band edge counts as on the edge.
 */
export const COMPARISON_EPSILON = 1e-9;

function slack(threshold: number): number {
  return COMPARISON_EPSILON * Math.max(1, Math.abs(threshold));
}

/** value ≥ threshold, forgiving floating-point noise. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - slack(threshold);
}

/** value ≤ threshold, forgiving floating-point noise. */
export function atMost(value: number, threshold: number): boolean {
  return value <= threshold + slack(threshold);
}

/** Rounds to `digits` decimals for parameters a user reads (e.g. "5.2× the benchmark"). */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return 0;
  const scaled = Math.abs(value) * 10 ** digits;
  // Values too large to scale have no decimals worth rounding.
  if (!Number.isFinite(scaled)) return value;
  const rounded = Math.round(scaled) / 10 ** digits;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
