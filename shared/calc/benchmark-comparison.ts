import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { numberFigure, type FigureRef } from './figures';
import { atLeast, atMost, type Computed, type FormulaId, type NotComputableReason } from './results';
import { tierOf, type Platform, type TierOrUnclassified } from './tiers';

/**
 * An engagement rate within ±25 % of its benchmark counts as "within": the overview
 * gives point values, and a band this wide absorbs normal post-to-post variation
 * (6 % → 4.5 %–7.5 % on Instagram micro) while still separating clearly weak accounts.
 */
export const ER_TOLERANCE = 0.25;

/**
 * The overview's "accounts under 100k followers" segment. A constant, not a figure:
 * it defines what the under-100k benchmark was measured on, so editing it would
 * make that benchmark describe a different population.
 */
export const UNDER_100K_LIMIT = 100_000;

export type Verdict = 'below' | 'within' | 'above';
export type EngagementSegment = 'micro' | 'under100k' | 'mega';

/** Below, within or above a point benchmark with a relative tolerance; band edges count as within. */
export function judgeAgainstPoint(value: number, benchmark: number, tolerance: number = ER_TOLERANCE): Verdict {
  if (!atLeast(value, benchmark * (1 - tolerance))) return 'below';
  if (!atMost(value, benchmark * (1 + tolerance))) return 'above';
  return 'within';
}

/** Below, within or above a low–high range; the edges count as within. */
export function judgeAgainstRange(value: number, low: number, high: number): Verdict {
  if (!atLeast(value, low)) return 'below';
  if (!atMost(value, high)) return 'above';
  return 'within';
}

/**
 * The segment whose benchmark applies: nano and micro use the micro benchmark (the
 * overview's "micro-influencers"), mega uses mega, other accounts under 100k use
 * under100k. YouTube and 100k+ mid/macro accounts have no benchmark in the overview.
 */
export function engagementSegment(tier: TierOrUnclassified, followers: number): EngagementSegment | undefined {
  if (tier === 'nano' || tier === 'micro') return 'micro';
  if (tier === 'mega') return 'mega';
  if (followers < UNDER_100K_LIMIT) return 'under100k';
  return undefined;
}

export type EngagementBenchmark =
  | (FigureRef & {
      readonly available: true;
      readonly value: number;
      readonly segment: EngagementSegment;
      readonly tier: TierOrUnclassified;
      /** The tier bounds that chose the segment. */
      readonly tierKeys: readonly string[];
    })
  | {
      readonly available: false;
      readonly reason: 'noBenchmark' | 'invalidInput' | 'missingData';
      readonly platform: Platform;
      readonly tier: TierOrUnclassified | null;
      readonly tierKeys: readonly string[];
    };

export function engagementBenchmarkFor(dataSet: BenchmarkDataSet, platform: Platform, followers: number): EngagementBenchmark {
  const tier = tierOf(dataSet, platform, followers);
  if (!tier.computable) return { available: false, reason: tier.reason, platform, tier: null, tierKeys: [] };
  const tierKeys = tier.benchmarkKeys;
  const segment = engagementSegment(tier.tier, followers);
  const figure = segment ? numberFigure(dataSet, `engagement.${platform}.${segment}`) : undefined;
  if (!segment || !figure) return { available: false, reason: 'noBenchmark', platform, tier: tier.tier, tierKeys };
  return { available: true, ...figure, segment, tier: tier.tier, tierKeys };
}

export type EngagementComparison =
  | (FigureRef & {
      readonly computable: true;
      readonly verdict: Verdict;
      readonly er: number;
      readonly formula: FormulaId;
      /** The benchmark value. */
      readonly benchmark: number;
      readonly segment: EngagementSegment;
      readonly tier: TierOrUnclassified;
      /** er ÷ benchmark; null when the benchmark was set to 0. */
      readonly ratio: number | null;
      readonly tolerance: number;
      readonly tierKeys: readonly string[];
    })
  | {
      readonly computable: false;
      readonly reason: NotComputableReason;
      readonly formula: FormulaId;
      readonly tier: TierOrUnclassified | null;
      readonly tierKeys: readonly string[];
    };

/** The overview's benchmarks are by followers; the KPI table applies them to total interactions ÷ followers too. */
const comparableFormulas: readonly FormulaId[] = ['er.followers', 'er.interactions'];

export function compareEngagement(
  dataSet: BenchmarkDataSet,
  input: { readonly platform: Platform; readonly followers: number; readonly er: Computed },
): EngagementComparison {
  const { er } = input;
  if (!comparableFormulas.includes(er.formula)) return { computable: false, reason: 'formulaMismatch', formula: er.formula, tier: null, tierKeys: [] };
  const benchmark = engagementBenchmarkFor(dataSet, input.platform, input.followers);
  const { tierKeys } = benchmark;
  if (!benchmark.available) return { computable: false, reason: benchmark.reason, formula: er.formula, tier: benchmark.tier, tierKeys };
  if (!er.computable) return { computable: false, reason: er.reason, formula: er.formula, tier: benchmark.tier, tierKeys };
  const ratio = benchmark.value > 0 ? er.value / benchmark.value : null;
  return {
    computable: true,
    verdict: judgeAgainstPoint(er.value, benchmark.value),
    er: er.value,
    formula: er.formula,
    benchmark: benchmark.value,
    benchmarkKey: benchmark.benchmarkKey,
    source: benchmark.source,
    year: benchmark.year,
    segment: benchmark.segment,
    tier: benchmark.tier,
    ratio: ratio !== null && Number.isFinite(ratio) ? ratio : null,
    tolerance: ER_TOLERANCE,
    tierKeys,
  };
}
