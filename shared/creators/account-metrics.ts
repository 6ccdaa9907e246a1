import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { authenticitySignals, type AuthenticityReport } from '../calc/authenticity';
import { compareEngagement, type EngagementComparison } from '../calc/benchmark-comparison';
import { engagementRateByFollowers, type PostMetrics } from '../calc/engagement';
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
  er: Computed;
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
 * from the effective benchmarks (so an override changes what the roster shows).
 */
export function accountMetrics(
  dataSet: BenchmarkDataSet,
  account: AccountMetricsInput,
  extra: { snapshots?: FollowerSnapshot[]; audienceAuthenticityScore?: number | null } = {},
): AccountMetrics {
  const tier = tierOf(dataSet, account.platform, account.followers);
  const post = averagePost(account);
  const er = engagementRateByFollowers(post, account.followers);
  const comparison = compareEngagement(dataSet, { platform: account.platform, followers: account.followers, er });
  const authenticity = authenticitySignals(dataSet, {
    platform: account.platform,
    followers: account.followers,
    posts: Object.keys(post).length > 0 ? [post] : [],
    ...(extra.snapshots ? { snapshots: extra.snapshots } : {}),
    ...(extra.audienceAuthenticityScore !== null && extra.audienceAuthenticityScore !== undefined
      ? { audienceAuthenticityScore: extra.audienceAuthenticityScore }
      : {}),
  });
  return { tier: tier.computable ? tier.tier : 'unclassified', er, comparison, authenticity };
}
