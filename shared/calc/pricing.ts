import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { judgeAgainstRange, type Verdict } from './benchmark-comparison';
import { numberFigure, rangeFigure } from './figures';
import { benchmarkAmount, isValidMoney, type BenchmarkMoney, type CurrencyTarget, type Money, type MoneyProblem } from './money';
import type { FormulaId, NotComputableReason } from './results';
import { tierBounds, tierOf, type Platform, type Tier, type TierOrUnclassified } from './tiers';

export const deliverables = ['post', 'reel', 'story', 'video'] as const;
/** `reel` is a reel on Instagram and a Short on YouTube; a TikTok video is a `post`. */
export type Deliverable = (typeof deliverables)[number];

export const platformDeliverables: Readonly<Record<Platform, readonly Deliverable[]>> = {
  instagram: ['post', 'reel', 'story'],
  tiktok: ['post', 'story'],
  youtube: ['video', 'reel'],
};

/** The deliverable the overview's per-platform price ranges are quoted for. */
export const primaryDeliverable: Readonly<Record<Platform, Deliverable>> = { instagram: 'post', tiktok: 'post', youtube: 'video' };

export const PER_1K_KEY = 'pricing.per1kFollowers';

export interface Multiplier {
  readonly value: number;
  /** Null for a post: the per-1,000 rate is quoted per post, so its multiplier is 1 by definition. */
  readonly benchmarkKey: string | null;
}

export function deliverableMultiplier(dataSet: BenchmarkDataSet, deliverable: Deliverable): Multiplier | undefined {
  if (deliverable === 'post') return { value: 1, benchmarkKey: null };
  const figure = numberFigure(dataSet, `pricing.deliverable.${deliverable}`);
  return figure ? { value: figure.value, benchmarkKey: figure.benchmarkKey } : undefined;
}

function keysOf(...keys: (string | null | undefined)[]): string[] {
  return keys.filter((k): k is string => typeof k === 'string');
}

function moneyReason(reason: MoneyProblem): NotComputableReason {
  return reason === 'invalidRate' || reason === 'invalidCurrency' ? 'invalidRate' : reason === 'currencyMismatch' ? 'currencyMismatch' : 'outOfRange';
}

export type PriceRange =
  | {
      readonly available: true;
      readonly low: BenchmarkMoney;
      readonly high: BenchmarkMoney;
      readonly basis: 'marketRange' | 'per1kTierBounds';
      readonly benchmarkKeys: readonly string[];
    }
  | { readonly available: false; readonly reason: 'noSourceRange' | NotComputableReason; readonly tier: TierOrUnclassified };

/** Macro covers 1M+ in the overview, so mega creators are priced with the macro range. */
function sourceRangeTier(tier: TierOrUnclassified): 'micro' | 'macro' | undefined {
  if (tier === 'micro') return 'micro';
  if (tier === 'macro' || tier === 'mega') return 'macro';
  return undefined;
}

/**
 * The overview's price range for the platform × tier, scaled from the platform's
 * primary deliverable to `deliverable` by the ratio of their multipliers.
 * Nano and mid have no source range; that is said, not invented.
 */
export function marketRange(
  dataSet: BenchmarkDataSet,
  platform: Platform,
  tier: TierOrUnclassified,
  deliverable: Deliverable,
  target?: CurrencyTarget,
): PriceRange {
  const rangeTier = sourceRangeTier(tier);
  if (!rangeTier) return { available: false, reason: 'noSourceRange', tier };
  if (!platformDeliverables[platform].includes(deliverable)) return { available: false, reason: 'deliverableNotOnPlatform', tier };
  const range = rangeFigure(dataSet, `pricing.${platform}.${rangeTier}`);
  const own = deliverableMultiplier(dataSet, deliverable);
  const primary = deliverableMultiplier(dataSet, primaryDeliverable[platform]);
  if (!range || !own || !primary) return { available: false, reason: 'noBenchmark', tier };
  if (primary.value === 0) return { available: false, reason: 'zeroPrice', tier };
  const low = benchmarkAmount(dataSet.currency, [range.low, own.value], [primary.value], target);
  const high = benchmarkAmount(dataSet.currency, [range.high, own.value], [primary.value], target);
  if (!low.ok) return { available: false, reason: moneyReason(low.reason), tier };
  if (!high.ok) return { available: false, reason: moneyReason(high.reason), tier };
  const benchmarkKeys = deliverable === primaryDeliverable[platform] ? [range.benchmarkKey] : keysOf(range.benchmarkKey, own.benchmarkKey, primary.benchmarkKey);
  return { available: true, low: low.money, high: high.money, basis: 'marketRange', benchmarkKeys };
}

/**
 * Price range of one primary deliverable for a whole tier (used by the budget plan):
 * the market range where the overview has one, else the per-1,000-followers rate over
 * the tier's follower bounds (lowest rate × lower bound to highest rate × next bound).
 */
export function tierPriceRange(
  dataSet: BenchmarkDataSet,
  platform: Platform,
  tier: Tier,
  target?: CurrencyTarget,
  deliverable: Deliverable = primaryDeliverable[platform],
): PriceRange {
  if (!platformDeliverables[platform].includes(deliverable)) return { available: false, reason: 'deliverableNotOnPlatform', tier };
  if (sourceRangeTier(tier)) return marketRange(dataSet, platform, tier, deliverable, target);
  const bounds = tierBounds(dataSet, platform);
  const index = bounds.findIndex((b) => b.tier === tier);
  const bound = bounds[index];
  const next = bounds[index + 1];
  const rate = rangeFigure(dataSet, PER_1K_KEY);
  const multiplier = deliverableMultiplier(dataSet, deliverable);
  if (!bound || !next || !rate || !multiplier) return { available: false, reason: 'noBenchmark', tier };
  const low = benchmarkAmount(dataSet.currency, [bound.min, rate.low, multiplier.value], [1000], target);
  const high = benchmarkAmount(dataSet.currency, [next.min, rate.high, multiplier.value], [1000], target);
  if (!low.ok) return { available: false, reason: moneyReason(low.reason), tier };
  if (!high.ok) return { available: false, reason: moneyReason(high.reason), tier };
  return {
    available: true,
    low: low.money,
    high: high.money,
    basis: 'per1kTierBounds',
    benchmarkKeys: keysOf(bound.benchmarkKey, next.benchmarkKey, rate.benchmarkKey, multiplier.benchmarkKey),
  };
}

export interface FeeInput {
  readonly platform: Platform;
  readonly followers: number;
  readonly deliverable: Deliverable;
  /** Workspace currency and rate from the data set's currency, when they differ. */
  readonly target?: CurrencyTarget;
}

export type FeeEstimate =
  | {
      readonly computable: true;
      readonly formula: FormulaId;
      readonly tier: TierOrUnclassified;
      readonly low: BenchmarkMoney;
      readonly high: BenchmarkMoney;
      readonly multiplier: number;
      readonly benchmarkKeys: readonly string[];
      /** The tier bounds that placed the account in its tier (and so chose the market range). */
      readonly tierKeys: readonly string[];
      /** The platform × tier range, or why there is none. */
      readonly market: PriceRange;
      /** Where the estimate sits relative to the market range; null without one. */
      readonly estimateVsMarket: 'below' | 'overlaps' | 'above' | null;
    }
  | { readonly computable: false; readonly formula: FormulaId; readonly reason: NotComputableReason };

/** followers ÷ 1,000 × the per-1,000 rate range × the deliverable multiplier. */
export function estimateFee(dataSet: BenchmarkDataSet, input: FeeInput): FeeEstimate {
  const formula: FormulaId = 'pricing.per1kFollowers';
  const { platform, followers, deliverable, target } = input;
  if (!Number.isFinite(followers) || followers < 0) return { computable: false, formula, reason: 'invalidInput' };
  if (!platformDeliverables[platform].includes(deliverable)) return { computable: false, formula, reason: 'deliverableNotOnPlatform' };
  const tier = tierOf(dataSet, platform, followers);
  const rate = rangeFigure(dataSet, PER_1K_KEY);
  const multiplier = deliverableMultiplier(dataSet, deliverable);
  if (!tier.computable) return { computable: false, formula, reason: tier.reason };
  if (!rate || !multiplier) return { computable: false, formula, reason: 'noBenchmark' };
  const low = benchmarkAmount(dataSet.currency, [followers, rate.low, multiplier.value], [1000], target);
  const high = benchmarkAmount(dataSet.currency, [followers, rate.high, multiplier.value], [1000], target);
  if (!low.ok) return { computable: false, formula, reason: moneyReason(low.reason) };
  if (!high.ok) return { computable: false, formula, reason: moneyReason(high.reason) };
  const market = marketRange(dataSet, platform, tier.tier, deliverable, target);
  let estimateVsMarket: 'below' | 'overlaps' | 'above' | null = null;
  if (market.available) {
    estimateVsMarket = high.money.amount < market.low.amount ? 'below' : low.money.amount > market.high.amount ? 'above' : 'overlaps';
  }
  return {
    computable: true,
    formula,
    tier: tier.tier,
    low: low.money,
    high: high.money,
    multiplier: multiplier.value,
    benchmarkKeys: keysOf(rate.benchmarkKey, multiplier.benchmarkKey),
    tierKeys: tier.benchmarkKeys,
    market,
    estimateVsMarket,
  };
}

export interface QuoteInput extends Omit<FeeInput, 'target'> {
  readonly quote: Money;
  /** Units of the quote's currency per 1 unit of the data set's currency; needed when they differ. */
  readonly rate?: number;
}

export type QuoteJudgement =
  | {
      readonly computable: true;
      /** Against the market range when there is one, else against the per-1,000 estimate. */
      readonly verdict: Verdict;
      readonly basis: 'marketRange' | 'per1kEstimate';
      readonly low: BenchmarkMoney;
      readonly high: BenchmarkMoney;
      readonly benchmarkKeys: readonly string[];
      readonly tierKeys: readonly string[];
      readonly vsMarket: Verdict | null;
      readonly vsEstimate: Verdict;
      readonly market: PriceRange;
    }
  | { readonly computable: false; readonly reason: NotComputableReason };

/** Judges a creator's quoted fee as below, within or above market (range edges count as within). */
export function judgeQuote(dataSet: BenchmarkDataSet, input: QuoteInput): QuoteJudgement {
  const { quote } = input;
  if (!isValidMoney(quote) || quote.amount < 0) return { computable: false, reason: 'invalidInput' };
  let target: CurrencyTarget | undefined;
  if (quote.currency !== dataSet.currency) {
    if (input.rate === undefined) return { computable: false, reason: 'rateRequired' };
    target = { currency: quote.currency, rate: input.rate };
  }
  const estimate = estimateFee(dataSet, { ...input, target });
  if (!estimate.computable) return { computable: false, reason: estimate.reason };
  const vsEstimate = judgeAgainstRange(quote.amount, estimate.low.amount, estimate.high.amount);
  const market = estimate.market;
  if (market.available) {
    const vsMarket = judgeAgainstRange(quote.amount, market.low.amount, market.high.amount);
    return { computable: true, verdict: vsMarket, basis: 'marketRange', low: market.low, high: market.high, benchmarkKeys: market.benchmarkKeys, tierKeys: estimate.tierKeys, vsMarket, vsEstimate, market };
  }
  return {
    computable: true,
    verdict: vsEstimate,
    basis: 'per1kEstimate',
    low: estimate.low,
    high: estimate.high,
    benchmarkKeys: estimate.benchmarkKeys,
    tierKeys: estimate.tierKeys,
    vsMarket: null,
    vsEstimate,
    market,
  };
}

export interface ProductItem {
  /** Retail price of one unit, the value a product-only (gifting) deal is counted at. */
  readonly retailValue: Money;
  /** Whole units; 1 when absent. */
  readonly quantity?: number;
}

export interface Deal {
  readonly cash?: Money;
  readonly products?: readonly ProductItem[];
}

export type DealValue =
  | {
      readonly computable: true;
      readonly formula: FormulaId;
      readonly total: Money;
      readonly cash: Money;
      readonly products: Money;
      /** Gifting or barter only: valued at retail, which is what the creator would pay. */
      readonly productOnly: boolean;
    }
  | { readonly computable: false; readonly formula: FormulaId; readonly reason: NotComputableReason };

/** Cash plus products at retail value × quantity; all in one currency. */
export function dealValue(deal: Deal, currency: string): DealValue {
  const formula: FormulaId = 'pricing.productValue';
  const products = deal.products ?? [];
  if (!deal.cash && products.length === 0) return { computable: false, formula, reason: 'missingData' };
  if (deal.cash && (!isValidMoney(deal.cash) || deal.cash.amount < 0)) return { computable: false, formula, reason: 'invalidInput' };
  if (deal.cash && deal.cash.currency !== currency) return { computable: false, formula, reason: 'currencyMismatch' };
  let productAmount = 0;
  for (const item of products) {
    const quantity = item.quantity ?? 1;
    if (!isValidMoney(item.retailValue) || item.retailValue.amount < 0 || !Number.isSafeInteger(quantity) || quantity < 0) {
      return { computable: false, formula, reason: 'invalidInput' };
    }
    if (item.retailValue.currency !== currency) return { computable: false, formula, reason: 'currencyMismatch' };
    productAmount += item.retailValue.amount * quantity;
  }
  const cashAmount = deal.cash?.amount ?? 0;
  const total = cashAmount + productAmount;
  if (!Number.isSafeInteger(productAmount) || !Number.isSafeInteger(total)) return { computable: false, formula, reason: 'outOfRange' };
  return {
    computable: true,
    formula,
    total: { amount: total, currency },
    cash: { amount: cashAmount, currency },
    products: { amount: productAmount, currency },
    productOnly: cashAmount === 0 && products.length > 0,
  };
}
