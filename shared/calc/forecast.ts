import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { midpoint, numberFigure, rangeFigure, type RangeFigure } from './figures';
import { minorUnitDigits, type Money } from './money';
import { deliverableMultiplier, PER_1K_KEY, primaryDeliverable, type Deliverable } from './pricing';
import { notComputable, type FormulaId, type NotComputableReason } from './results';
import type { Platform, Tier } from './tiers';

/*
 * Reach assumptions behind every forecast (documented here because the UI shows them):
 * - Audience: a line's budget buys creators whose followers add up to
 *   budget ÷ (per-1,000-followers rate × the platform's primary-deliverable multiplier) × 1,000.
 *   The low scenario uses the high rate, the high scenario the low rate. A scenario whose price
 *   (the tier's market range: highest for low, middle for expected) buys no deliverable has none.
 * - Reach: each deliverable reaches the platform's `kpi.reachRate.<platform>` share of those
 *   followers; audiences of different creators are assumed not to overlap.
 * - Engagements: audience × the ER benchmark for the tier (by followers, as the benchmarks
 *   are). Mid and macro tiers have no benchmark of their own; engagement falls as followers
 *   rise, so they lie between the mega (low) and under-100k (high) benchmarks.
 *   YouTube has no ER benchmark: not computable.
 * - Clicks: reach × CTR, counting one impression per reached account (conservative).
 * - Each stage is rounded to whole people/clicks/orders before the next stage uses it,
 *   so the figures a user sees multiply out exactly.
 */

export interface Scenario<T = number> {
  readonly low: T;
  readonly expected: T;
  readonly high: T;
}

export type ForecastFigure<T = number> =
  | (Scenario<T> & {
      readonly computable: true;
      readonly formula: FormulaId;
      readonly benchmarkKeys: readonly string[];
      /** Totals only: lines left out because their figure was not computable. */
      readonly excludedLines?: number;
    })
  | { readonly computable: false; readonly formula: FormulaId; readonly reason: NotComputableReason; readonly fields?: readonly string[] };

export interface LineForecast {
  readonly audience: ForecastFigure;
  readonly reach: ForecastFigure;
  readonly engagements: ForecastFigure;
  readonly clicks: ForecastFigure;
  readonly conversions: ForecastFigure;
  readonly revenue: ForecastFigure<Money>;
  readonly roas: ForecastFigure;
}

/** A rate as the forecast uses it; `benchmarkKey` is null when the user entered it. */
export interface RateScenario extends Scenario {
  readonly benchmarkKey: string | null;
}

export interface ForecastAssumptions {
  readonly ctr: RateScenario;
  readonly conversionRate: RateScenario | null;
  readonly averageOrderValue: Money | null;
}

function scenario<T>(low: T, expected: T, high: T): Scenario<T> {
  return { low, expected, high };
}

function map(s: Scenario, f: (v: number, k: keyof Scenario) => number): Scenario {
  return { low: f(s.low, 'low'), expected: f(s.expected, 'expected'), high: f(s.high, 'high') };
}

/** Whole counts; anything that overflowed is reported instead of returned. */
function counts(s: Scenario, formula: FormulaId, benchmarkKeys: readonly string[]): ForecastFigure {
  const r = map(s, (v) => Math.round(v));
  if (![r.low, r.expected, r.high].every(Number.isSafeInteger)) return notComputable('outOfRange', formula);
  return { computable: true, formula, ...r, benchmarkKeys };
}

/** ER range for a tier on a platform, from the benchmarks (see the assumptions above). */
function erRange(dataSet: BenchmarkDataSet, platform: Platform, tier: Tier): RangeFigure[] | undefined {
  const segment = tier === 'nano' || tier === 'micro' ? 'micro' : tier === 'mega' ? 'mega' : undefined;
  if (segment) {
    const figure = rangeFigure(dataSet, `engagement.${platform}.${segment}`);
    return figure ? [figure] : undefined;
  }
  const low = rangeFigure(dataSet, `engagement.${platform}.mega`);
  const high = rangeFigure(dataSet, `engagement.${platform}.under100k`);
  return low && high ? [low, high] : undefined;
}

export interface LineForecastInput {
  readonly platform: Platform;
  readonly tier: Tier;
  readonly budget: Money;
  /** Units of the budget currency per 1 unit of the data set's currency (1 when the same). */
  readonly rate: number;
  /**
   * Whether the line buys at least one deliverable in each scenario (the low one at the highest
   * market price, the expected at the middle, the high at the lowest). A scenario that buys
   * nothing forecasts nothing: 0–3 videos do not reach anyone in the "0". None at all: not computable.
   */
  readonly affordable: Scenario<boolean>;
  readonly assumptions: ForecastAssumptions;
  /** What is bought on this line; default the platform's primary deliverable (post, or video on YouTube). */
  readonly deliverable?: Deliverable;
}

export function forecastLine(dataSet: BenchmarkDataSet, input: LineForecastInput): LineForecast {
  const { platform, tier, budget, assumptions } = input;
  const per1k = rangeFigure(dataSet, PER_1K_KEY);
  const multiplier = deliverableMultiplier(dataSet, input.deliverable ?? primaryDeliverable[platform]);
  // Minor units of the budget currency per follower, at the data set's per-1,000 rate.
  const scale = (input.rate * 10 ** minorUnitDigits(budget.currency)) / 10 ** minorUnitDigits(dataSet.currency) / 1000;
  let audience: ForecastFigure;
  const { affordable } = input;
  if (!affordable.low && !affordable.expected && !affordable.high) audience = notComputable('cannotAffordDeliverable', 'forecast.audience');
  else if (!per1k || !multiplier) audience = notComputable('noBenchmark', 'forecast.audience');
  else if (per1k.low <= 0 || multiplier.value <= 0) audience = notComputable('zeroPrice', 'forecast.audience');
  else {
    const followersAt = (r: number, bought: boolean) => (bought ? budget.amount / (r * multiplier.value * scale) : 0);
    audience = counts(
      scenario(followersAt(per1k.high, affordable.low), followersAt(midpoint(per1k), affordable.expected), followersAt(per1k.low, affordable.high)),
      'forecast.audience',
      [per1k.benchmarkKey, ...(multiplier.benchmarkKey ? [multiplier.benchmarkKey] : [])],
    );
  }
  const reachRate = rangeFigure(dataSet, `kpi.reachRate.${platform}`);
  const reach: ForecastFigure = !audience.computable
    ? { ...audience, formula: 'forecast.reach' }
    : !reachRate
      ? notComputable('noBenchmark', 'forecast.reach')
      : counts(
          scenario(audience.low * reachRate.low, audience.expected * midpoint(reachRate), audience.high * reachRate.high),
          'forecast.reach',
          [reachRate.benchmarkKey],
        );
  const er = erRange(dataSet, platform, tier);
  const engagements: ForecastFigure = !audience.computable
    ? { ...audience, formula: 'forecast.engagements' }
    : !er
      ? notComputable('noBenchmark', 'forecast.engagements')
      : counts(
          scenario(audience.low * er[0]!.low, audience.expected * (er[0]!.low / 2 + er[er.length - 1]!.high / 2), audience.high * er[er.length - 1]!.high),
          'forecast.engagements',
          er.map((f) => f.benchmarkKey),
        );
  const clicks = chain(reach, 'forecast.clicks', assumptions.ctr);
  const conversions = assumptions.conversionRate
    ? chain(clicks, 'forecast.conversions', assumptions.conversionRate)
    : notComputable('missingData', 'forecast.conversions', ['conversionRate']);
  const revenue = revenueOf(conversions, assumptions.averageOrderValue);
  return { audience, reach, engagements, clicks, conversions, revenue, roas: roasOf(revenue, budget) };
}

function chain(from: ForecastFigure, formula: FormulaId, rate: RateScenario): ForecastFigure {
  if (!from.computable) return { ...from, formula };
  return counts(map(from, (v, k) => v * rate[k]), formula, rate.benchmarkKey ? [rate.benchmarkKey] : []);
}

function revenueOf(conversions: ForecastFigure, aov: Money | null): ForecastFigure<Money> {
  const formula: FormulaId = 'forecast.revenue';
  if (!conversions.computable) return { ...conversions, formula };
  if (!aov) return notComputable('missingData', formula, ['averageOrderValue']);
  const amounts = map(conversions, (v) => v * aov.amount);
  if (![amounts.low, amounts.expected, amounts.high].every(Number.isSafeInteger)) return notComputable('outOfRange', formula);
  const m = (amount: number): Money => ({ amount, currency: aov.currency });
  return { computable: true, formula, low: m(amounts.low), expected: m(amounts.expected), high: m(amounts.high), benchmarkKeys: [] };
}

function roasOf(revenue: ForecastFigure<Money>, budget: Money): ForecastFigure {
  const formula: FormulaId = 'forecast.roas';
  if (!revenue.computable) return { ...revenue, formula };
  if (budget.amount === 0) return notComputable('zeroCost', formula);
  return {
    computable: true,
    formula,
    low: revenue.low.amount / budget.amount,
    expected: revenue.expected.amount / budget.amount,
    high: revenue.high.amount / budget.amount,
    benchmarkKeys: [],
  };
}

function sumFigure(figures: readonly ForecastFigure[], formula: FormulaId): ForecastFigure {
  const usable = figures.filter((f): f is Extract<ForecastFigure, { computable: true }> => f.computable);
  if (usable.length === 0) return figures.find((f) => !f.computable) ?? notComputable('missingData', formula);
  const total = usable.reduce((acc, f) => ({ low: acc.low + f.low, expected: acc.expected + f.expected, high: acc.high + f.high }), scenario(0, 0, 0));
  const keys = [...new Set(usable.flatMap((f) => f.benchmarkKeys))];
  const result = counts(total, formula, keys);
  return result.computable ? { ...result, excludedLines: figures.length - usable.length } : result;
}

/** Totals over the lines: sums of the lines' figures, so they match what the lines show. */
export function forecastTotals(lines: readonly LineForecast[], budget: Money): LineForecast {
  const revenueLines = lines.map((l) => l.revenue);
  const usable = revenueLines.filter((f): f is Extract<ForecastFigure<Money>, { computable: true }> => f.computable);
  let revenue: ForecastFigure<Money>;
  if (usable.length === 0) revenue = revenueLines.find((f) => !f.computable) ?? notComputable('missingData', 'forecast.revenue');
  else {
    const currency = usable[0]!.low.currency;
    const sum = (k: keyof Scenario) => usable.reduce((s, f) => s + f[k].amount, 0);
    const amounts = scenario(sum('low'), sum('expected'), sum('high'));
    revenue = [amounts.low, amounts.expected, amounts.high].every(Number.isSafeInteger)
      ? {
          computable: true,
          formula: 'forecast.revenue',
          low: { amount: amounts.low, currency },
          expected: { amount: amounts.expected, currency },
          high: { amount: amounts.high, currency },
          benchmarkKeys: [],
          excludedLines: revenueLines.length - usable.length,
        }
      : notComputable('outOfRange', 'forecast.revenue');
  }
  return {
    audience: sumFigure(lines.map((l) => l.audience), 'forecast.audience'),
    reach: sumFigure(lines.map((l) => l.reach), 'forecast.reach'),
    engagements: sumFigure(lines.map((l) => l.engagements), 'forecast.engagements'),
    clicks: sumFigure(lines.map((l) => l.clicks), 'forecast.clicks'),
    conversions: sumFigure(lines.map((l) => l.conversions), 'forecast.conversions'),
    revenue,
    roas: roasOf(revenue, budget),
  };
}

/** A rate entered by the user, or the benchmark range when absent. */
export function rateScenario(
  dataSet: BenchmarkDataSet,
  input: number | { readonly low: number; readonly high: number } | undefined,
  benchmarkKey: string | null,
): RateScenario | null {
  if (input === undefined) {
    const figure = benchmarkKey ? rangeFigure(dataSet, benchmarkKey) : undefined;
    return figure ? { low: figure.low, expected: midpoint(figure), high: figure.high, benchmarkKey: figure.benchmarkKey } : null;
  }
  if (typeof input === 'number') return { low: input, expected: input, high: input, benchmarkKey: null };
  return { low: input.low, expected: midpoint(input), high: input.high, benchmarkKey: null };
}

export function roasTarget(dataSet: BenchmarkDataSet): { readonly value: number; readonly benchmarkKey: string } | null {
  const figure = numberFigure(dataSet, 'kpi.roasTarget');
  return figure ? { value: figure.value, benchmarkKey: figure.benchmarkKey } : null;
}
