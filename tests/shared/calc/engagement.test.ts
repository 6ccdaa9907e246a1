import { describe, expect, it } from 'vitest';
import {
  commentToLikeRatio,
  engagementOverPosts,
  engagementRateByFollowers,
  engagementRateByReach,
  engagementMetrics,
  engagementRateByViews,
  formulaExpressions,
  interactionRate,
  postEngagement,
  saveToLikeRatio,
  type PostMetrics,
} from '@shared/calc';

const post: PostMetrics = { likes: 500, comments: 100, shares: 50, saves: 150, reach: 4_000, views: 20_000 };

describe('engagement per post', () => {
  it('computes ER by followers as (likes + comments) ÷ followers', () => {
    expect(engagementRateByFollowers(post, 10_000)).toEqual({ computable: true, value: 0.06, formula: 'er.followers' });
  });

  it('computes interaction ER as (likes + comments + shares + saves) ÷ followers', () => {
    expect(interactionRate(post, 10_000)).toEqual({ computable: true, value: 0.08, formula: 'er.interactions' });
  });

  it('computes ER by reach as interactions ÷ reach', () => {
    expect(engagementRateByReach(post)).toEqual({ computable: true, value: 0.2, formula: 'er.reach' });
  });

  it('computes ER by views as interactions ÷ views', () => {
    expect(engagementRateByViews(post)).toEqual({ computable: true, value: 0.04, formula: 'er.views' });
  });

  it('computes the save-to-like and comment-to-like ratios', () => {
    expect(saveToLikeRatio(post)).toEqual({ computable: true, value: 0.3, formula: 'ratio.saveToLike' });
    expect(commentToLikeRatio(post)).toEqual({ computable: true, value: 0.2, formula: 'ratio.commentToLike' });
  });

  it.each([
    ['er.followers', () => engagementRateByFollowers(post, 0), 'zeroFollowers'],
    ['er.interactions', () => interactionRate(post, 0), 'zeroFollowers'],
    ['er.reach', () => engagementRateByReach({ ...post, reach: 0 }), 'zeroReach'],
    ['er.views', () => engagementRateByViews({ ...post, views: 0 }), 'zeroViews'],
    ['ratio.saveToLike', () => saveToLikeRatio({ ...post, likes: 0 }), 'zeroLikes'],
    ['ratio.commentToLike', () => commentToLikeRatio({ ...post, likes: 0 }), 'zeroLikes'],
  ])('says %s is not computable with a zero denominator', (formula, compute, reason) => {
    expect(compute()).toEqual({ computable: false, reason, formula });
  });

  it('names the missing inputs instead of treating them as zero', () => {
    expect(interactionRate({ likes: 10, comments: 2 }, 1_000)).toEqual({
      computable: false,
      reason: 'missingData',
      formula: 'er.interactions',
      fields: ['shares', 'saves'],
    });
    expect(engagementRateByFollowers(post, undefined)).toMatchObject({ reason: 'missingData', fields: ['followers'] });
  });

  it('names invalid inputs (negative or not a number)', () => {
    expect(engagementRateByFollowers({ likes: -5, comments: 1 }, 100)).toEqual({
      computable: false,
      reason: 'invalidInput',
      formula: 'er.followers',
      fields: ['likes'],
    });
    expect(engagementRateByViews({ ...post, views: Number.NaN })).toMatchObject({ reason: 'invalidInput', fields: ['views'] });
  });

  it('gives every formula a readable expression', () => {
    const perPost = postEngagement(post, 10_000);
    for (const metric of engagementMetrics) expect(formulaExpressions[perPost[metric].formula]).toBeTruthy();
    expect(formulaExpressions['er.followers']).toBe('(likes + comments) ÷ followers');
  });
});

describe('engagement over a set of posts', () => {
  const posts: PostMetrics[] = [
    { likes: 18, comments: 2 },
    { likes: 35, comments: 5 },
    { likes: 100, comments: 20 },
  ];

  it('gives the mean and the median of the per-post ER', () => {
    const result = engagementOverPosts(posts, 1_000).erFollowers;
    expect(result.mean).toEqual({ computable: true, value: 0.06, formula: 'er.followers' });
    expect(result.median).toEqual({ computable: true, value: 0.04, formula: 'er.followers' });
    expect(result).toMatchObject({ postsUsed: 3, postsSkipped: 0 });
  });

  it('takes the median of an even number of posts as the mean of the middle two', () => {
    const result = engagementOverPosts([...posts, { likes: 200, comments: 0 }], 1_000).erFollowers;
    expect(result.median).toMatchObject({ value: 0.08 });
  });

  it('skips posts where a figure is not computable and counts them', () => {
    const result = engagementOverPosts([...posts, { likes: 5 }], 1_000);
    expect(result.erFollowers).toMatchObject({ postsUsed: 3, postsSkipped: 1 });
    expect(result.erInteractions).toMatchObject({ postsUsed: 0, postsSkipped: 4, mean: { computable: false, reason: 'missingData' } });
  });

  it('says noPosts for an empty set', () => {
    expect(engagementOverPosts([], 1_000).erFollowers.mean).toEqual({ computable: false, reason: 'noPosts', formula: 'er.followers' });
  });

  it('passes on the reason when no post is computable', () => {
    expect(engagementOverPosts(posts, 0).erFollowers.median).toMatchObject({ computable: false, reason: 'zeroFollowers' });
  });
});
