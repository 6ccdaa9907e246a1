import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { numberFigure } from './figures';

export const platforms = ['instagram', 'tiktok', 'youtube'] as const;
export type Platform = (typeof platforms)[number];

export const tiers = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type Tier = (typeof tiers)[number];
/** Accounts below the nano lower bound belong to no tier. */
export type TierOrUnclassified = Tier | 'unclassified';

export interface TierBound {
  readonly tier: Tier;
  /** Inclusive lower bound in followers. */
  readonly min: number;
  readonly benchmarkKey: string;
}

export function tierBoundKey(platform: Platform, tier: Tier): string {
  return `tiers.${platform}.${tier}.min`;
}

// Data sets are immutable (overrides produce a new one), so bounds per figures array and
// platform can be kept: tiering runs several times per account, 100,000 accounts per import.
const boundsCache = new WeakMap<BenchmarkDataSet['figures'], Partial<Record<Platform, readonly TierBound[]>>>();

/** The platform's tier lower bounds present in the data set, in tier order. */
let lastFigures: BenchmarkDataSet['figures'] | undefined;
let lastPerPlatform: Partial<Record<Platform, readonly TierBound[]>> = {};

export function tierBounds(dataSet: BenchmarkDataSet, platform: Platform): readonly TierBound[] {
  // The last data set's bounds without a WeakMap lookup: an import tiers with one data set throughout.
  if (dataSet.figures !== lastFigures) {
    let perPlatform = boundsCache.get(dataSet.figures);
    if (!perPlatform) boundsCache.set(dataSet.figures, (perPlatform = {}));
    lastFigures = dataSet.figures;
    lastPerPlatform = perPlatform;
  }
  const perPlatform = lastPerPlatform;
  const cached = perPlatform[platform];
  if (cached) return cached;
  const bounds: TierBound[] = [];
  for (const tier of tiers) {
    const figure = numberFigure(dataSet, tierBoundKey(platform, tier));
    if (figure) bounds.push({ tier, min: figure.value, benchmarkKey: figure.benchmarkKey });
  }
  return (perPlatform[platform] = Object.freeze(bounds));
}

export type TierResult =
  | {
      readonly computable: true;
      readonly platform: Platform;
      readonly followers: number;
      readonly tier: TierOrUnclassified;
      /** Inclusive lower bound of the tier (0 for unclassified). */
      readonly min: number;
      /** Exclusive upper bound, or null for the top tier. */
      readonly maxExclusive: number | null;
      /** The bound figures that decided the tier. */
      readonly benchmarkKeys: readonly string[];
    }
  | { readonly computable: false; readonly platform: Platform; readonly reason: 'invalidInput' | 'missingData' };

/**
 * The tier of an account: the highest tier whose lower bound (inclusive) the follower
 * count reaches; the next tier's bound is exclusive. Taking the highest reached bound
 * keeps tiering monotone in followers even if a data set's bounds were out of order.
 */
export function tierOf(dataSet: BenchmarkDataSet, platform: Platform, followers: number): TierResult {
  if (!Number.isFinite(followers) || followers < 0) return { computable: false, platform, reason: 'invalidInput' };
  const bounds = tierBounds(dataSet, platform);
  if (bounds.length === 0) return { computable: false, platform, reason: 'missingData' };
  let index = -1;
  for (let i = 0; i < bounds.length; i++) if (followers >= bounds[i]!.min) index = i;
  if (index === -1) {
    const lowest = bounds.reduce((a, b) => (b.min < a.min ? b : a));
    return {
      computable: true,
      platform,
      followers,
      tier: 'unclassified',
      min: 0,
      maxExclusive: lowest.min,
      benchmarkKeys: [lowest.benchmarkKey],
    };
  }
  const bound = bounds[index]!;
  let next: TierBound | undefined;
  for (let i = index + 1; i < bounds.length && !next; i++) if (bounds[i]!.min > bound.min) next = bounds[i];
  return {
    computable: true,
    platform,
    followers,
    tier: bound.tier,
    min: bound.min,
    maxExclusive: next ? next.min : null,
    benchmarkKeys: next ? [bound.benchmarkKey, next.benchmarkKey] : [bound.benchmarkKey],
  };
}

/** Position of a tier in size order, unclassified first; for sorting and comparisons. */
export function tierRank(tier: TierOrUnclassified): number {
  return tier === 'unclassified' ? 0 : tiers.indexOf(tier) + 1;
}
