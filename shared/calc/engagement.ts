import { checkInputs, divide, notComputable, ok, type Computed, type FormulaId } from './results';
import { mean, median } from './stats';

/** What a user can enter or import for one post; absent fields are "not entered", not zero. */
export interface PostMetrics {
  readonly likes?: number;
  readonly comments?: number;
  readonly shares?: number;
  readonly saves?: number;
  /** Unique accounts that saw the post. */
  readonly reach?: number;
  /** Video views (TikTok, YouTube, reels). */
  readonly views?: number;
}

/**
 * ER by followers = (likes + comments) ÷ followers: the formula the overview's
 * benchmarks (Instagram micro 6 %, TikTok micro 18 %) use.
 */
export function engagementRateByFollowers(post: PostMetrics, followers: number | undefined): Computed {
  const formula = 'er.followers';
  const invalid = checkInputs(formula, { likes: post.likes, comments: post.comments, followers });
  if (invalid) return invalid;
  return divide(post.likes! + post.comments!, followers!, formula, 'zeroFollowers');
}

/** Interactions count shares and saves too; all four must be entered, as 0 when there were none. */
function interactions(post: PostMetrics, formula: FormulaId, extra: Readonly<Record<string, number | undefined>>): Computed {
  const invalid = checkInputs(formula, { likes: post.likes, comments: post.comments, shares: post.shares, saves: post.saves, ...extra });
  if (invalid) return invalid;
  const total = post.likes! + post.comments! + post.shares! + post.saves!;
  return Number.isFinite(total) ? ok(total, formula) : notComputable('outOfRange', formula);
}

export function interactionRate(post: PostMetrics, followers: number | undefined): Computed {
  const total = interactions(post, 'er.interactions', { followers });
  return total.computable ? divide(total.value, followers!, 'er.interactions', 'zeroFollowers') : total;
}

export function engagementRateByReach(post: PostMetrics): Computed {
  const total = interactions(post, 'er.reach', { reach: post.reach });
  return total.computable ? divide(total.value, post.reach!, 'er.reach', 'zeroReach') : total;
}

/** The usual ER on TikTok and YouTube, where views say more than followers. */
export function engagementRateByViews(post: PostMetrics): Computed {
  const total = interactions(post, 'er.views', { views: post.views });
  return total.computable ? divide(total.value, post.views!, 'er.views', 'zeroViews') : total;
}

/** A high save-to-like ratio signals content people want to keep (an authentic-engagement signal). */
export function saveToLikeRatio(post: PostMetrics): Computed {
  const invalid = checkInputs('ratio.saveToLike', { saves: post.saves, likes: post.likes });
  return invalid ?? divide(post.saves!, post.likes!, 'ratio.saveToLike', 'zeroLikes');
}

/** Likes without comments are a vanity signal; a very low ratio may point at bought likes. */
export function commentToLikeRatio(post: PostMetrics): Computed {
  const invalid = checkInputs('ratio.commentToLike', { comments: post.comments, likes: post.likes });
  return invalid ?? divide(post.comments!, post.likes!, 'ratio.commentToLike', 'zeroLikes');
}

export interface PostEngagement {
  readonly erFollowers: Computed;
  readonly erInteractions: Computed;
  readonly erReach: Computed;
  readonly erViews: Computed;
  readonly saveToLike: Computed;
  readonly commentToLike: Computed;
}
export type EngagementMetric = keyof PostEngagement;
export const engagementMetrics: readonly EngagementMetric[] = [
  'erFollowers',
  'erInteractions',
  'erReach',
  'erViews',
  'saveToLike',
  'commentToLike',
];

export function postEngagement(post: PostMetrics, followers: number | undefined): PostEngagement {
  return {
    erFollowers: engagementRateByFollowers(post, followers),
    erInteractions: interactionRate(post, followers),
    erReach: engagementRateByReach(post),
    erViews: engagementRateByViews(post),
    saveToLike: saveToLikeRatio(post),
    commentToLike: commentToLikeRatio(post),
  };
}

export interface AggregateMetric {
  readonly formula: FormulaId;
  readonly mean: Computed;
  readonly median: Computed;
  /** Posts whose figure was computable and therefore counted. */
  readonly postsUsed: number;
  readonly postsSkipped: number;
}

function aggregate(results: readonly Computed[], formula: FormulaId): AggregateMetric {
  const values: number[] = [];
  for (const r of results) if (r.computable) values.push(r.value);
  const postsUsed = values.length;
  const postsSkipped = results.length - postsUsed;
  if (results.length === 0) {
    return { formula, mean: notComputable('noPosts', formula), median: notComputable('noPosts', formula), postsUsed, postsSkipped };
  }
  if (postsUsed === 0) {
    // Every post failed; the first post's reason is representative (followers are account-wide).
    const first = results[0]!;
    return { formula, mean: first, median: first, postsUsed, postsSkipped };
  }
  const m = mean(values);
  const md = median(values);
  return {
    formula,
    mean: m === undefined ? notComputable('outOfRange', formula) : ok(m, formula),
    median: md === undefined ? notComputable('outOfRange', formula) : ok(md, formula),
    postsUsed,
    postsSkipped,
  };
}

const metricFormula: Readonly<Record<EngagementMetric, FormulaId>> = {
  erFollowers: 'er.followers',
  erInteractions: 'er.interactions',
  erReach: 'er.reach',
  erViews: 'er.views',
  saveToLike: 'ratio.saveToLike',
  commentToLike: 'ratio.commentToLike',
};

/**
 * Mean and median of the per-post figures (not a ratio of sums), so every post weighs
 * the same; the median shows whether one viral post is carrying the mean.
 * Posts where a figure is not computable are left out of that figure and counted as skipped.
 */
export function engagementOverPosts(
  posts: readonly PostMetrics[],
  followers: number | undefined,
): Readonly<Record<EngagementMetric, AggregateMetric>> {
  const result = {} as Record<EngagementMetric, AggregateMetric>;
  for (const metric of engagementMetrics) result[metric] = engagementMetricOverPosts(posts, followers, metric);
  return result;
}

const perPostMetric: Readonly<Record<EngagementMetric, (post: PostMetrics, followers: number | undefined) => Computed>> = {
  erFollowers: engagementRateByFollowers,
  erInteractions: interactionRate,
  erReach: (post) => engagementRateByReach(post),
  erViews: (post) => engagementRateByViews(post),
  saveToLike: (post) => saveToLikeRatio(post),
  commentToLike: (post) => commentToLikeRatio(post),
};

/** One figure of `engagementOverPosts`, for callers that need only that one (authenticity, vetting). */
export function engagementMetricOverPosts(posts: readonly PostMetrics[], followers: number | undefined, metric: EngagementMetric): AggregateMetric {
  return aggregate(
    posts.map((p) => perPostMetric[metric](p, followers)),
    metricFormula[metric],
  );
}

/**
 * An account's ER by followers: the median over its posts, or, when the posts give none, the rate
 * an import file reported (its formula unknown, read as by followers, which is how exports
 * compute it). `reported` says which, so every page that shows or judges it can say so; the
 * roster, the creator page, the flags and the vetting checklist all judge this one figure.
 */
export function accountEngagementRate(posts: readonly PostMetrics[], followers: number, reportedEr?: number | null): { er: Computed; reported: boolean } {
  const computed = engagementMetricOverPosts(posts, followers, 'erFollowers').median;
  if (computed.computable || reportedEr === undefined || reportedEr === null || !Number.isFinite(reportedEr) || reportedEr < 0) return { er: computed, reported: false };
  return { er: { computable: true, value: reportedEr, formula: 'er.followers' }, reported: true };
}
