import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { authenticitySignals, type AuthenticityReport } from '../calc/authenticity';
import { compareEngagement, type EngagementComparison } from '../calc/benchmark-comparison';
import { accountEngagementRate, type PostMetrics } from '../calc/engagement';
import type { FollowerSnapshot } from '../calc/growth';
import type { Computed } from '../calc/results';
import { tierOf, type Platform, type TierOrUnclassified } from '../calc/tiers';

/** The account figures the roster lists, filters and sorts on. */
export interface AccountMetricsInput {
  platform: Platform;
  followers: number;
  avgLikes: number | null;
  avgComments: number | null;
  avgShares: number | null;
  avgSaves: number | null;
  avgViews: number | null;
}

export interface AccountMetrics {
  tier: TierOrUnclassified;
  /** ER by followers (`accountEngagementRate`): from likes and comments, else the reported one. */
  er: Computed;
  /** The ER is the one an import reported, not computed from likes and comments. */
  erReported: boolean;
  comparison: EngagementComparison;
  authenticity: AuthenticityReport;
}

/** Averages per post as the core's post metrics; a missing average stays "not entered". */
export function averagePost(account: AccountMetricsInput): PostMetrics {
  const post: { -readonly [K in keyof PostMetrics]: PostMetrics[K] } = {};
  if (account.avgLikes !== null) post.likes = account.avgLikes;
  if (account.avgComments !== null) post.comments = account.avgComments;
  if (account.avgShares !== null) post.shares = account.avgShares;
  if (account.avgSaves !== null) post.saves = account.avgSaves;
  if (account.avgViews !== null) post.views = account.avgViews;
  return post;
}

/**
 * Tier, ER by followers with its benchmark verdict, and authenticity flags for one account,
 * from the effective benchmarks (so an override changes what the roster shows). `erReported`:
 * an ER an import gave without the likes and comments behind it, used when those give none.
 */
export function accountMetrics(
  dataSet: BenchmarkDataSet,
  account: AccountMetricsInput,
  extra: { snapshots?: FollowerSnapshot[]; audienceAuthenticityScore?: number | null; erReported?: number | null } = {},
): AccountMetrics {
  const tier = tierOf(dataSet, account.platform, account.followers);
  const post = averagePost(account);
  const posts = Object.keys(post).length > 0 ? [post] : [];
  const { er, reported } = accountEngagementRate(posts, account.followers, extra.erReported);
  const comparison = compareEngagement(dataSet, { platform: account.platform, followers: account.followers, er });
  const authenticity = authenticitySignals(dataSet, {
    platform: account.platform,
    followers: account.followers,
    posts,
    ...(extra.snapshots ? { snapshots: extra.snapshots } : {}),
    ...(extra.audienceAuthenticityScore !== null && extra.audienceAuthenticityScore !== undefined
      ? { audienceAuthenticityScore: extra.audienceAuthenticityScore }
      : {}),
    ...(reported && er.computable ? { reportedEr: er.value } : {}),
  });
  return { tier: tier.computable ? tier.tier : 'unclassified', er, erReported: reported, comparison, authenticity };
}
