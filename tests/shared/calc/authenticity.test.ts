import { describe, expect, it } from 'vitest';
import {
  authenticitySignals,
  ER_FAR_ABOVE_FACTOR,
  growthIntervals,
  growthTrend,
  isoDateToDay,
  MIN_LIKES_FOR_COMMENT_RATIO,
  type AuthenticityInput,
  type PostMetrics,
} from '@shared/calc';
import { ds, withOverrides } from './helpers';

/** Posts for a 20,000-follower account with the given ER by followers and 1 comment per 10 likes. */
function postsWithEr(...ers: number[]): PostMetrics[] {
  return ers.map((er) => {
    const total = Math.round(er * 20_000);
    const comments = Math.round(total / 11);
    return { likes: total - comments, comments };
  });
}

const base: AuthenticityInput = { platform: 'instagram', followers: 20_000 };

function flagsOf(input: AuthenticityInput, dataSet = ds) {
  return authenticitySignals(dataSet, input).flags;
}

describe('ER far above the tier benchmark', () => {
  it('uses 3× the benchmark as the threshold', () => {
    expect(ER_FAR_ABOVE_FACTOR).toBe(3);
  });

  it('flags an Instagram micro account at 31 % (5.2× the 6 % benchmark)', () => {
    expect(flagsOf({ ...base, posts: postsWithEr(0.31, 0.31, 0.31) })).toEqual([
      {
        code: 'erFarAboveTier',
        signal: 'erVsTier',
        params: { er: 0.31, benchmark: 0.06, factor: 5.2, threshold: 3 },
        benchmarkKeys: ['engagement.instagram.micro'],
        tierKeys: ['tiers.instagram.micro.min', 'tiers.instagram.mid.min'],
      },
    ]);
  });

  it('flags exactly 3× (18 %) and not 17 %', () => {
    expect(flagsOf({ ...base, posts: postsWithEr(0.18) }).map((f) => f.code)).toEqual(['erFarAboveTier']);
    expect(flagsOf({ ...base, posts: postsWithEr(0.17) })).toEqual([]);
  });

  it('uses the median post, so one viral post does not raise the flag', () => {
    expect(flagsOf({ ...base, posts: postsWithEr(0.06, 0.05, 0.9) })).toEqual([]);
  });

  it('cannot check YouTube, which has no benchmark', () => {
    const report = authenticitySignals(ds, { platform: 'youtube', followers: 20_000, posts: postsWithEr(0.5) });
    expect(report.checks[0]).toEqual({ signal: 'erVsTier', status: 'notChecked', reason: 'noBenchmark' });
  });
});

describe('likes without comments', () => {
  it('flags fewer than 1 comment per 100 likes', () => {
    expect(flagsOf({ ...base, posts: [{ likes: 1_000, comments: 5 }] })).toEqual([
      {
        code: 'likesWithoutComments',
        signal: 'commentToLike',
        params: { ratio: 0.005, threshold: 0.01, likes: 1_000, comments: 5 },
        benchmarkKeys: ['authenticity.commentToLikeMin'],
        tierKeys: [],
      },
    ]);
  });

  it('does not flag exactly 1 comment per 100 likes', () => {
    expect(flagsOf({ ...base, posts: [{ likes: 1_000, comments: 10 }] })).toEqual([]);
  });

  it(`does not read anything into fewer than ${MIN_LIKES_FOR_COMMENT_RATIO} likes`, () => {
    const report = authenticitySignals(ds, { ...base, posts: [{ likes: 99, comments: 0 }] });
    expect(report.checks[1]).toEqual({ signal: 'commentToLike', status: 'notChecked', reason: 'tooFewLikes' });
  });

  it('compares with the peers’ median when at least three peers are entered', () => {
    const flags = flagsOf({ ...base, posts: [{ likes: 1_000, comments: 10 }], peerCommentToLike: [0.04, 0.05, 0.06] });
    expect(flags).toEqual([
      {
        code: 'likesWithoutComments',
        signal: 'commentToLike',
        params: { ratio: 0.01, threshold: 0.0125, likes: 1_000, comments: 10, peerMedian: 0.05 },
        benchmarkKeys: ['authenticity.commentToLikePeerFactor'],
        tierKeys: [],
      },
    ]);
  });
});

describe('follower growth spikes', () => {
  const snapshots = [
    { date: '2025-01-31', followers: 11_000 },
    { date: '2025-01-01', followers: 10_000 },
    { date: '2025-02-07', followers: 14_000 },
  ];

  it('orders the snapshots by date and computes growth per interval', () => {
    const intervals = growthIntervals(snapshots);
    expect(intervals.map((i) => [i.from, i.to, i.days])).toEqual([
      ['2025-01-01', '2025-01-31', 30],
      ['2025-01-31', '2025-02-07', 7],
    ]);
    expect(intervals[0]!.growth).toEqual({ computable: true, value: 0.1, formula: 'growth.period' });
  });

  it('flags +27 % in a week (117 % per 30 days) and not +10 % in a month', () => {
    const flags = flagsOf({ ...base, snapshots });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      code: 'followerGrowthSpike',
      params: { from: '2025-01-31', to: '2025-02-07', days: 7, fromFollowers: 11_000, toFollowers: 14_000, threshold: 0.2 },
      benchmarkKeys: ['authenticity.growthSpike'],
    });
    expect(flags[0]!.params.monthlyGrowth).toBeCloseTo((3_000 / 11_000) * (30 / 7), 12);
  });

  it('flags exactly 20 % in 30 days', () => {
    expect(flagsOf({ ...base, snapshots: [{ date: '2025-03-01', followers: 10_000 }, { date: '2025-03-31', followers: 12_000 }] })).toHaveLength(1);
  });

  it('counts an interval shorter than a week as a week, so +1 % in a day is not a spike', () => {
    expect(flagsOf({ ...base, snapshots: [{ date: '2025-03-01', followers: 10_000 }, { date: '2025-03-02', followers: 10_100 }] })).toEqual([]);
  });

  it('follows an overridden spike threshold', () => {
    expect(flagsOf({ ...base, snapshots }, withOverrides({ 'authenticity.growthSpike': 1.5 }))).toEqual([]);
  });

  it('rejects impossible dates', () => {
    expect(isoDateToDay('2025-02-30')).toBeUndefined();
    expect(isoDateToDay('2025-03-01')).toBe(20_148);
  });

  it('measures the 3–6 month trend from the earliest snapshot in that window', () => {
    const trend = growthTrend([
      { date: '2024-12-01', followers: 5_000 },
      { date: '2025-01-01', followers: 10_000 },
      { date: '2025-04-01', followers: 11_000 },
      { date: '2025-07-01', followers: 12_000 },
    ]);
    expect(trend).toMatchObject({ computable: true, from: '2025-01-01', to: '2025-07-01', days: 181, growth: { value: 0.2 } });
  });

  it('says tooShortHistory with less than three months of snapshots', () => {
    expect(growthTrend([{ date: '2025-05-01', followers: 1 }, { date: '2025-07-01', followers: 2 }])).toEqual({ computable: false, reason: 'tooShortHistory' });
  });
});

describe('comments and audience score', () => {
  it('flags more than half generic or emoji comments, not exactly half', () => {
    expect(flagsOf({ ...base, comments: { generic: 60, total: 100 } })).toEqual([
      {
        code: 'genericCommentsHigh',
        signal: 'genericComments',
        params: { share: 0.6, threshold: 0.5, generic: 60, total: 100 },
        benchmarkKeys: ['authenticity.genericCommentShareMax'],
        tierKeys: [],
      },
    ]);
    expect(flagsOf({ ...base, comments: { generic: 50, total: 100 } })).toEqual([]);
  });

  it('flags an imported audience-authenticity score below 75 %', () => {
    expect(flagsOf({ ...base, audienceAuthenticityScore: 0.7 })).toEqual([
      {
        code: 'audienceAuthenticityLow',
        signal: 'audienceAuthenticity',
        params: { score: 0.7, threshold: 0.75 },
        benchmarkKeys: ['authenticity.audienceScoreMin'],
        tierKeys: [],
      },
    ]);
    expect(flagsOf({ ...base, audienceAuthenticityScore: 0.75 })).toEqual([]);
  });

  it('says why each signal could not be checked', () => {
    expect(authenticitySignals(ds, { ...base, comments: { generic: 5, total: 0 }, audienceAuthenticityScore: 1.2 })).toEqual({
      flags: [],
      checks: [
        { signal: 'erVsTier', status: 'notChecked', reason: 'notEntered' },
        { signal: 'commentToLike', status: 'notChecked', reason: 'notEntered' },
        { signal: 'followerGrowth', status: 'notChecked', reason: 'notEntered' },
        { signal: 'genericComments', status: 'notChecked', reason: 'invalidInput' },
        { signal: 'audienceAuthenticity', status: 'notChecked', reason: 'invalidInput' },
      ],
    });
  });

  it('reports a clean account as checked and clear, never as a verdict', () => {
    const report = authenticitySignals(ds, { ...base, posts: postsWithEr(0.06, 0.07), audienceAuthenticityScore: 0.9 });
    expect(report.flags).toEqual([]);
    expect(report.checks.filter((c) => c.status === 'clear').map((c) => c.signal)).toEqual(['erVsTier', 'commentToLike', 'audienceAuthenticity']);
  });
});
