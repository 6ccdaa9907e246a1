import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { numberFigure, rangeFigure } from './figures';
import { forecastLine, forecastTotals, rateScenario, roasTarget, type LineForecast, type Scenario } from './forecast';
import { floorDivide, isValidMoney, splitMinorUnits, type CurrencyTarget, type Money } from './money';
import { platformDeliverables, primaryDeliverable, tierPriceRange, type Deliverable, type PriceRange } from './pricing';
import { atLeast, atMost, roundTo, type CodeParams, type Coded } from './results';
import { platforms, tiers, type Platform, type Tier } from './tiers';

/** Shares are fractions; this absorbs float noise such as 0.1 + 0.2 without accepting a real gap. */
export const MIX_SUM_TOLERANCE = 1e-9;

export const budgetKeys = { microShare: 'budget.microShare', microShareDefault: 'budget.microShareDefault', ctr: 'kpi.ctr' } as const;

export type Mix<K extends string> = Readonly<Partial<Record<K, number>>>;
export type RateInput = number | { readonly low: number; readonly high: number };

export interface LineSpec {
  readonly tier: Tier;
  readonly platform: Platform;
  readonly share: number;
}

export interface AllocationInput {
  readonly budget: Money;
  /** Share for nano + micro creators; default `budget.microShareDefault`. Builds the tier mix when none is given. */
  readonly microShare?: number;
  readonly tierMix?: Mix<Tier>;
  readonly platformMix?: Mix<Platform>;
  /** Explicit lines (e.g. one per creator slot) instead of the two mixes; shares sum to 1. */
  readonly lines?: readonly LineSpec[];
  /** What each platform's lines buy; default the primary deliverable (a post; a video on YouTube). */
  readonly deliverables?: Readonly<Partial<Record<Platform, Deliverable>>>;
  /** A pilot phase gets this share of every line first; the rest is for scaling up what works. */
  readonly pilot?: { readonly share: number };
  /** Units of the budget currency per 1 unit of the data set's currency; required when they differ. */
  readonly rate?: number;
  readonly forecast?: {
    /** Default: the `kpi.ctr` range. */
    readonly ctr?: RateInput;
    readonly conversionRate?: RateInput;
    readonly averageOrderValue?: Money;
  };
}

export type AllocationErrorCode =
  | 'invalidBudget'
  | 'invalidShare'
  | 'unknownKey'
  | 'mixDoesNotSumToOne'
  | 'emptyMix'
  | 'microShareMismatch'
  | 'conflictingInputs'
  | 'rateRequired'
  | 'invalidRate'
  | 'missingBenchmark'
  | 'invalidForecastInput'
  | 'deliverableNotOnPlatform';

export type AllocationWarningCode = 'singlePlatform' | 'lineCannotAffordDeliverable' | 'microShareOutsideRecommendation';

export interface LineItem {
  readonly tier: Tier;
  readonly platform: Platform;
  readonly share: number;
  /** What the line buys. */
  readonly deliverable: Deliverable;
  /** Exact; all lines sum to the total budget to the cent. */
  readonly budget: Money;
  /** With a pilot: this line's pilot and scale-up parts (summing to `budget`); else null. */
  readonly pilotBudget: Money | null;
  readonly scaleBudget: Money | null;
  /** Price of one primary deliverable (Instagram/TikTok post, YouTube video), in the budget currency. */
  readonly price: PriceRange;
  /** Deliverables affordable at the highest (low) and lowest (high) price; null without a usable price. */
  readonly deliverables: { readonly low: number; readonly high: number } | null;
  readonly forecast: LineForecast;
}

export interface AllocationPlan {
  readonly ok: true;
  readonly budget: Money;
  readonly microShare: {
    readonly value: number;
    readonly defaultUsed: boolean;
    /** `budget.microShareDefault` when the default was used. */
    readonly benchmarkKey: string | null;
    readonly recommended: { readonly low: number; readonly high: number; readonly benchmarkKey: string } | null;
  };
  readonly pilot: { readonly share: number; readonly budget: Money; readonly scaleBudget: Money } | null;
  readonly conversion: { readonly fromCurrency: string; readonly toCurrency: string; readonly rate: number } | null;
  readonly lines: readonly LineItem[];
  readonly totals: LineForecast;
  readonly roasTarget: { readonly value: number; readonly benchmarkKey: string } | null;
  readonly roasVerdict: Scenario<'meetsTarget' | 'belowTarget'> | null;
  readonly assumptions: {
    readonly ctr: Scenario & { readonly benchmarkKey: string | null };
    readonly conversionRate: (Scenario & { readonly benchmarkKey: string | null }) | null;
    readonly averageOrderValue: Money | null;
  };
  readonly warnings: readonly Coded<AllocationWarningCode>[];
}

export type AllocationResult = AllocationPlan | { readonly ok: false; readonly errors: readonly Coded<AllocationErrorCode>[] };

type Errors = Coded<AllocationErrorCode>[];

function err(code: AllocationErrorCode, params: CodeParams = {}): Coded<AllocationErrorCode> {
  return { code, params };
}

function isShare(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** Validates a mix: known keys, shares 0–1, at least one above 0, summing to 1. */
function checkMix<K extends string>(mix: Mix<K> | undefined, keys: readonly K[], name: string, errors: Errors): Map<K, number> {
  const result = new Map<K, number>();
  const before = errors.length;
  if (!mix || Object.keys(mix).length === 0) {
    errors.push(err('emptyMix', { mix: name }));
    return result;
  }
  let sum = 0;
  for (const [key, value] of Object.entries(mix) as [string, unknown][]) {
    if (!(keys as readonly string[]).includes(key)) errors.push(err('unknownKey', { mix: name, key }));
    else if (!isShare(value)) errors.push(err('invalidShare', { field: `${name}.${key}` }));
    else {
      result.set(key as K, value);
      sum += value;
    }
  }
  if (errors.length === before && Math.abs(sum - 1) > MIX_SUM_TOLERANCE) errors.push(err('mixDoesNotSumToOne', { mix: name, sum }));
  return result;
}

function checkRate(input: RateInput | undefined, field: string, errors: Errors): void {
  if (input === undefined) return;
  const ok = typeof input === 'number' ? isShare(input) : isShare(input?.low) && isShare(input?.high) && input.low <= input.high;
  if (!ok) errors.push(err('invalidForecastInput', { field }));
}

interface Specs {
  readonly lines: LineSpec[];
  readonly defaultUsed: boolean;
}

function buildSpecs(dataSet: BenchmarkDataSet, input: AllocationInput, errors: Errors): Specs {
  if (input.lines) {
    if (input.tierMix || input.platformMix || input.microShare !== undefined) errors.push(err('conflictingInputs', { field: 'lines' }));
    if (input.lines.length === 0) errors.push(err('emptyMix', { mix: 'lines' }));
    const before = errors.length;
    let sum = 0;
    input.lines.forEach((l, i) => {
      if (!tiers.includes(l.tier) || !platforms.includes(l.platform)) errors.push(err('unknownKey', { mix: 'lines', key: String(i) }));
      else if (!isShare(l.share)) errors.push(err('invalidShare', { field: `lines.${i}` }));
      else sum += l.share;
    });
    if (errors.length === before && Math.abs(sum - 1) > MIX_SUM_TOLERANCE) errors.push(err('mixDoesNotSumToOne', { mix: 'lines', sum }));
    return { lines: input.lines.filter((l) => l.share > 0), defaultUsed: false };
  }
  const platformMix = checkMix(input.platformMix, platforms, 'platformMix', errors);
  let defaultUsed = false;
  let tierMix: Map<Tier, number>;
  if (input.tierMix) {
    tierMix = checkMix(input.tierMix, tiers, 'tierMix', errors);
    const fromMix = (tierMix.get('nano') ?? 0) + (tierMix.get('micro') ?? 0);
    if (input.microShare !== undefined && !isShare(input.microShare)) errors.push(err('invalidShare', { field: 'microShare' }));
    else if (input.microShare !== undefined && Math.abs(fromMix - input.microShare) > MIX_SUM_TOLERANCE) {
      errors.push(err('microShareMismatch', { microShare: input.microShare, tierMixMicroShare: fromMix }));
    }
  } else {
    let share = input.microShare;
    if (share === undefined) {
      share = numberFigure(dataSet, budgetKeys.microShareDefault)?.value;
      defaultUsed = true;
      if (share === undefined) errors.push(err('missingBenchmark', { key: budgetKeys.microShareDefault }));
    }
    if (share !== undefined && !isShare(share)) errors.push(err('invalidShare', { field: 'microShare' }));
    // Without a tier mix, the rest of the budget goes to selective macro partnerships (domain §4).
    tierMix = new Map<Tier, number>(share !== undefined && isShare(share) ? [['micro', share], ['macro', 1 - share]] : []);
  }
  const lines: LineSpec[] = [];
  for (const tier of tiers) {
    for (const platform of platforms) {
      const share = (tierMix.get(tier) ?? 0) * (platformMix.get(platform) ?? 0);
      if (share > 0) lines.push({ tier, platform, share });
    }
  }
  return { lines, defaultUsed };
}

/**
 * Splits a budget over tier × platform lines (exact to the cent, largest remainder),
 * prices what each line can buy and forecasts low / expected / high outcomes.
 * Invalid input returns every error found, as codes.
 */
/**
 * A budget in minor units split into its pilot phase and the scale-up after it, exactly (the
 * parts add up to the budget): what the plan allocates, and what a pilot campaign started from
 * the plan is given.
 */
export function pilotPhaseBudgets(total: number, pilotShare: number): [pilot: number, scaleUp: number] {
  const [pilot, scaleUp] = splitMinorUnits(total, [pilotShare, 1 - pilotShare])!;
  return [pilot!, scaleUp!];
}

export function allocateBudget(dataSet: BenchmarkDataSet, input: AllocationInput): AllocationResult {
  const errors: Errors = [];
  const { budget } = input;
  if (!isValidMoney(budget) || budget.amount < 0) return { ok: false, errors: [err('invalidBudget')] };
  let target: CurrencyTarget | undefined;
  if (budget.currency !== dataSet.currency) {
    if (input.rate === undefined) errors.push(err('rateRequired', { from: dataSet.currency, to: budget.currency }));
    else if (!Number.isFinite(input.rate) || input.rate <= 0) errors.push(err('invalidRate'));
    else target = { currency: budget.currency, rate: input.rate };
  }
  if (input.pilot && (!isShare(input.pilot.share) || input.pilot.share === 0 || input.pilot.share === 1)) {
    errors.push(err('invalidShare', { field: 'pilot.share' }));
  }
  for (const [platform, deliverable] of Object.entries(input.deliverables ?? {}) as [Platform, Deliverable][]) {
    if (!platformDeliverables[platform]?.includes(deliverable)) errors.push(err('deliverableNotOnPlatform', { platform, deliverable }));
  }
  checkRate(input.forecast?.ctr, 'ctr', errors);
  checkRate(input.forecast?.conversionRate, 'conversionRate', errors);
  const aov = input.forecast?.averageOrderValue;
  if (aov && (!isValidMoney(aov) || aov.amount < 0 || aov.currency !== budget.currency)) {
    errors.push(err('invalidForecastInput', { field: 'averageOrderValue' }));
  }
  const specs = buildSpecs(dataSet, input, errors);
  if (errors.length > 0) return { ok: false, errors };
  if (specs.lines.length === 0) return { ok: false, errors: [err('emptyMix', { mix: input.lines ? 'lines' : 'tierMix' })] };

  const weights = specs.lines.map((l) => l.share);
  const pilotShare = input.pilot?.share;
  const phaseTotals = pilotShare === undefined ? [budget.amount] : pilotPhaseBudgets(budget.amount, pilotShare);
  const phaseParts = phaseTotals.map((t) => splitMinorUnits(t, weights)!);
  const money = (amount: number): Money => ({ amount, currency: budget.currency });

  const ctr = rateScenario(dataSet, input.forecast?.ctr, budgetKeys.ctr);
  if (!ctr) return { ok: false, errors: [err('missingBenchmark', { key: budgetKeys.ctr })] };
  const conversionRate = rateScenario(dataSet, input.forecast?.conversionRate, null);
  const assumptions = { ctr, conversionRate, averageOrderValue: aov ?? null };

  const lineWarnings: Coded<AllocationWarningCode>[] = [];
  const priceCache = new Map<string, PriceRange>();
  const lines: LineItem[] = specs.lines.map((spec, i) => {
    const amount = phaseParts.reduce((s, parts) => s + parts[i]!, 0);
    const deliverable = input.deliverables?.[spec.platform] ?? primaryDeliverable[spec.platform];
    const cacheKey = `${spec.tier}.${spec.platform}`;
    let price = priceCache.get(cacheKey);
    if (!price) {
      price = tierPriceRange(dataSet, spec.platform, spec.tier, target, deliverable);
      priceCache.set(cacheKey, price);
    }
    const deliverables = price.available && price.low.amount > 0 ? { low: floorDivide(amount, price.high.amount), high: floorDivide(amount, price.low.amount) } : null;
    // The expected scenario pays the middle of the market range for one item.
    const expectedPrice = price.available ? Math.ceil((price.low.amount + price.high.amount) / 2) : 0;
    // Warns whenever the expected forecast is 0 (not only when even the cheapest item is out of
    // reach): a line that expects nothing for its budget must not hide behind a footnote.
    if (deliverables && price.available && amount < expectedPrice) {
      lineWarnings.push({
        code: 'lineCannotAffordDeliverable',
        params: {
          tier: spec.tier,
          platform: spec.platform,
          deliverable,
          budget: amount,
          lowestPrice: price.low.amount,
          expectedPrice,
          currency: budget.currency,
        },
      });
    }
    const forecast = forecastLine(dataSet, {
      platform: spec.platform,
      tier: spec.tier,
      budget: money(amount),
      rate: target?.rate ?? 1,
      affordable:
        deliverables === null || !price.available
          ? { low: true, expected: true, high: true }
          : { low: deliverables.low > 0, expected: amount >= expectedPrice, high: deliverables.high > 0 },
      assumptions,
      deliverable,
    });
    return {
      tier: spec.tier,
      platform: spec.platform,
      share: spec.share,
      deliverable,
      budget: money(amount),
      pilotBudget: phaseParts.length === 2 ? money(phaseParts[0]![i]!) : null,
      scaleBudget: phaseParts.length === 2 ? money(phaseParts[1]![i]!) : null,
      price,
      deliverables,
      forecast,
    };
  });

  // Plan-level warnings first, then one per line in line order.
  const warnings: Coded<AllocationWarningCode>[] = [];
  const usedPlatforms = [...new Set(specs.lines.map((l) => l.platform))];
  if (usedPlatforms.length === 1) warnings.push({ code: 'singlePlatform', params: { platform: usedPlatforms[0]! } });
  // Rounded so float noise from tier × platform products (0.6499999999999999) never reaches the UI.
  const microValue = roundTo(
    specs.lines.filter((l) => l.tier === 'nano' || l.tier === 'micro').reduce((s, l) => s + l.share, 0),
    12,
  );
  const recommendedFigure = rangeFigure(dataSet, budgetKeys.microShare);
  const recommended = recommendedFigure ? { low: recommendedFigure.low, high: recommendedFigure.high, benchmarkKey: recommendedFigure.benchmarkKey } : null;
  if (recommended && (!atLeast(microValue, recommended.low) || !atMost(microValue, recommended.high))) {
    warnings.push({ code: 'microShareOutsideRecommendation', params: { microShare: microValue, low: recommended.low, high: recommended.high } });
  }
  warnings.push(...lineWarnings);

  const totals = forecastTotals(lines.map((l) => l.forecast), budget);
  const roasGoal = roasTarget(dataSet);
  const roas = totals.roas;
  const verdict = (v: number): 'meetsTarget' | 'belowTarget' => (roasGoal && atLeast(v, roasGoal.value) ? 'meetsTarget' : 'belowTarget');
  return {
    ok: true,
    budget,
    microShare: { value: microValue, defaultUsed: specs.defaultUsed, benchmarkKey: specs.defaultUsed ? budgetKeys.microShareDefault : null, recommended },
    pilot: pilotShare === undefined ? null : { share: pilotShare, budget: money(phaseTotals[0]!), scaleBudget: money(phaseTotals[1]!) },
    conversion: target ? { fromCurrency: dataSet.currency, toCurrency: target.currency, rate: target.rate } : null,
    lines,
    totals,
    roasTarget: roasGoal,
    roasVerdict: roasGoal && roas.computable ? { low: verdict(roas.low), expected: verdict(roas.expected), high: verdict(roas.high) } : null,
    assumptions,
    warnings,
  };
}
