import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { compareEngagement } from './benchmark-comparison';
import { accountEngagementRate, type PostMetrics } from './engagement';
import { numberFigure } from './figures';
import { growthIntervals, type FollowerSnapshot } from './growth';
import { atLeast, atMost, roundTo, type CodeParams, type Coded } from './results';
import { median } from './stats';
import type { Platform } from './tiers';

/**
 * ER at or above 3× the tier benchmark is a flag: that far above the typical account
 * in the same segment is more often pods or bought engagement than talent.
 */
export const ER_FAR_ABOVE_FACTOR = 3;
/** Below 100 likes in total a comment-to-like ratio is too noisy to read anything into. */
export const MIN_LIKES_FOR_COMMENT_RATIO = 100;
/** Peers only replace the absolute floor when there are enough of them for a median to mean something. */
export const MIN_PEERS_FOR_COMMENT_RATIO = 3;

export const authenticityKeys = {
  commentToLikeMin: 'authenticity.commentToLikeMin',
  commentToLikePeerFactor: 'authenticity.commentToLikePeerFactor',
  growthSpike: 'authenticity.growthSpike',
  genericCommentShareMax: 'authenticity.genericCommentShareMax',
  audienceScoreMin: 'authenticity.audienceScoreMin',
} as const;

export type AuthenticitySignal = 'erVsTier' | 'commentToLike' | 'followerGrowth' | 'genericComments' | 'audienceAuthenticity';
export type AuthenticityFlagCode =
  | 'erFarAboveTier'
  | 'likesWithoutComments'
  | 'followerGrowthSpike'
  | 'genericCommentsHigh'
  | 'audienceAuthenticityLow';
export type NotCheckedReason =
  | 'notEntered'
  | 'noBenchmark'
  | 'tooFewLikes'
  | 'tooFewSnapshots'
  | 'notComputable'
  | 'invalidInput'
  | 'missingData';

/** A signal worth a closer look, never a verdict on the creator. */
export interface AuthenticityFlag extends Coded<AuthenticityFlagCode> {
  readonly signal: AuthenticitySignal;
  readonly benchmarkKeys: readonly string[];
  /** Tier bounds that chose the benchmark segment, where one was needed. */
  readonly tierKeys: readonly string[];
}

export type SignalCheck =
  | { readonly signal: AuthenticitySignal; readonly status: 'flagged' | 'clear' }
  | { readonly signal: AuthenticitySignal; readonly status: 'notChecked'; readonly reason: NotCheckedReason };

export interface AuthenticityInput {
  readonly platform: Platform;
  readonly followers: number;
  readonly posts?: readonly PostMetrics[];
  /** Dated follower counts, any order. */
  readonly snapshots?: readonly FollowerSnapshot[];
  /** Counted by the user while reading the comments. */
  readonly comments?: { readonly generic: number; readonly total: number };
  /** An audit tool's audience-authenticity score as a fraction 0–1, when imported. */
  readonly audienceAuthenticityScore?: number;
  /** An ER an import file reported (formula unknown): judged only when the posts give none. */
  readonly reportedEr?: number;
  /** Comment-to-like ratios of comparable creators (e.g. the campaign shortlist). */
  readonly peerCommentToLike?: readonly number[];
}

export interface AuthenticityReport {
  readonly flags: readonly AuthenticityFlag[];
  readonly checks: readonly SignalCheck[];
}

type Outcome = { flags: AuthenticityFlag[]; check: SignalCheck };

function clear(signal: AuthenticitySignal): Outcome {
  return { flags: [], check: { signal, status: 'clear' } };
}
function skipped(signal: AuthenticitySignal, reason: NotCheckedReason): Outcome {
  return { flags: [], check: { signal, status: 'notChecked', reason } };
}
function flagged(flags: AuthenticityFlag[]): Outcome {
  return { flags, check: { signal: flags[0]!.signal, status: 'flagged' } };
}

/** The median post ER, so one viral post (not inflation) does not raise the flag. */
function checkEr(dataSet: BenchmarkDataSet, input: AuthenticityInput): Outcome {
  const signal = 'erVsTier';
  if ((!input.posts || input.posts.length === 0) && input.reportedEr === undefined) return skipped(signal, 'notEntered');
  const { er } = accountEngagementRate(input.posts ?? [], input.followers, input.reportedEr);
  const comparison = compareEngagement(dataSet, { platform: input.platform, followers: input.followers, er });
  if (!comparison.computable) return skipped(signal, comparison.reason === 'noBenchmark' ? 'noBenchmark' : 'notComputable');
  if (comparison.ratio === null || !atLeast(comparison.ratio, ER_FAR_ABOVE_FACTOR)) return clear(signal);
  return flagged([
    {
      code: 'erFarAboveTier',
      signal,
      params: { er: comparison.er, benchmark: comparison.benchmark, factor: roundTo(comparison.ratio, 1), threshold: ER_FAR_ABOVE_FACTOR },
      benchmarkKeys: [comparison.benchmarkKey],
      tierKeys: comparison.tierKeys,
    },
  ]);
}

/** Pooled over posts (all comments ÷ all likes) so a post with three likes cannot swing it. */
function checkCommentToLike(dataSet: BenchmarkDataSet, input: AuthenticityInput): Outcome {
  const signal = 'commentToLike';
  const posts = (input.posts ?? []).filter(
    (p) => Number.isFinite(p.likes) && Number.isFinite(p.comments) && p.likes! >= 0 && p.comments! >= 0,
  );
  if (posts.length === 0) return skipped(signal, 'notEntered');
  const likes = posts.reduce((s, p) => s + p.likes!, 0);
  const comments = posts.reduce((s, p) => s + p.comments!, 0);
  if (!(likes >= MIN_LIKES_FOR_COMMENT_RATIO) || !Number.isFinite(likes) || !Number.isFinite(comments)) return skipped(signal, 'tooFewLikes');
  const ratio = comments / likes;
  const peers = (input.peerCommentToLike ?? []).filter((r) => Number.isFinite(r) && r >= 0);
  const peerMedian = peers.length >= MIN_PEERS_FOR_COMMENT_RATIO ? median(peers) : undefined;
  let threshold: number;
  let benchmarkKeys: string[];
  if (peerMedian !== undefined) {
    const factor = numberFigure(dataSet, authenticityKeys.commentToLikePeerFactor);
    if (!factor) return skipped(signal, 'noBenchmark');
    threshold = peerMedian * factor.value;
    benchmarkKeys = [factor.benchmarkKey];
  } else {
    const floor = numberFigure(dataSet, authenticityKeys.commentToLikeMin);
    if (!floor) return skipped(signal, 'noBenchmark');
    threshold = floor.value;
    benchmarkKeys = [floor.benchmarkKey];
  }
  if (atLeast(ratio, threshold)) return clear(signal);
  const params: CodeParams = peerMedian !== undefined ? { ratio, threshold, likes, comments, peerMedian } : { ratio, threshold, likes, comments };
  return flagged([{ code: 'likesWithoutComments', signal, params, benchmarkKeys, tierKeys: [] }]);
}

function checkGrowth(dataSet: BenchmarkDataSet, input: AuthenticityInput): Outcome {
  const signal = 'followerGrowth';
  if (!input.snapshots || input.snapshots.length === 0) return skipped(signal, 'notEntered');
  const intervals = growthIntervals(input.snapshots);
  if (intervals.length === 0) return skipped(signal, 'tooFewSnapshots');
  const spike = numberFigure(dataSet, authenticityKeys.growthSpike);
  if (!spike) return skipped(signal, 'noBenchmark');
  const flags: AuthenticityFlag[] = [];
  for (const i of intervals) {
    if (!i.monthlyGrowth.computable || !i.growth.computable || !atLeast(i.monthlyGrowth.value, spike.value)) continue;
    flags.push({
      code: 'followerGrowthSpike',
      signal,
      params: {
        from: i.from,
        to: i.to,
        days: i.days,
        fromFollowers: i.fromFollowers,
        toFollowers: i.toFollowers,
        growth: i.growth.value,
        monthlyGrowth: i.monthlyGrowth.value,
        threshold: spike.value,
      },
      benchmarkKeys: [spike.benchmarkKey],
      tierKeys: [],
    });
  }
  return flags.length > 0 ? flagged(flags) : clear(signal);
}

function checkGenericComments(dataSet: BenchmarkDataSet, input: AuthenticityInput): Outcome {
  const signal = 'genericComments';
  const c = input.comments;
  if (!c) return skipped(signal, 'notEntered');
  if (!Number.isFinite(c.generic) || !Number.isFinite(c.total) || c.generic < 0 || c.total < 0 || c.generic > c.total) {
    return skipped(signal, 'invalidInput');
  }
  if (c.total === 0) return skipped(signal, 'missingData');
  const max = numberFigure(dataSet, authenticityKeys.genericCommentShareMax);
  if (!max) return skipped(signal, 'noBenchmark');
  const share = c.generic / c.total;
  if (atMost(share, max.value)) return clear(signal);
  return flagged([
    { code: 'genericCommentsHigh', signal, params: { share, threshold: max.value, generic: c.generic, total: c.total }, benchmarkKeys: [max.benchmarkKey], tierKeys: [] },
  ]);
}

function checkAudienceScore(dataSet: BenchmarkDataSet, input: AuthenticityInput): Outcome {
  const signal = 'audienceAuthenticity';
  const score = input.audienceAuthenticityScore;
  if (score === undefined) return skipped(signal, 'notEntered');
  if (!Number.isFinite(score) || score < 0 || score > 1) return skipped(signal, 'invalidInput');
  const min = numberFigure(dataSet, authenticityKeys.audienceScoreMin);
  if (!min) return skipped(signal, 'noBenchmark');
  if (atLeast(score, min.value)) return clear(signal);
  return flagged([{ code: 'audienceAuthenticityLow', signal, params: { score, threshold: min.value }, benchmarkKeys: [min.benchmarkKey], tierKeys: [] }]);
}

/**
 * Checks every inflation signal the data allows and says which could not be checked
 * and why. Flags are reasons to look closer, not a judgement.
 */
export function authenticitySignals(dataSet: BenchmarkDataSet, input: AuthenticityInput): AuthenticityReport {
  const outcomes = [
    checkEr(dataSet, input),
    checkCommentToLike(dataSet, input),
    checkGrowth(dataSet, input),
    checkGenericComments(dataSet, input),
    checkAudienceScore(dataSet, input),
  ];
  return { flags: outcomes.flatMap((o) => o.flags), checks: outcomes.map((o) => o.check) };
}
