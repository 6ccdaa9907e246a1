import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRange, type BenchmarkDataSet, type BenchmarkValue } from '@shared/benchmarks/benchmark-schema';
import {
  allocateBudget,
  authenticitySignals,
  compareEngagement,
  computeKpis,
  convertMoney,
  dealValue,
  earnedMediaValue,
  engagementBenchmarkFor,
  engagementOverPosts,
  estimateFee,
  growthIntervals,
  growthTrend,
  judgeQuote,
  ok,
  platforms,
  postEngagement,
  postingSchedule,
  recommendPlatforms,
  splitMinorUnits,
  splitMoney,
  tierOf,
  tierPriceRange,
  tierRank,
  tiers,
  vetCreator,
  type Deliverable,
  type Money,
  type Platform,
  type PlatformQuestions,
  type Tier,
} from '@shared/calc';
import { ds, nonFiniteNumbers, reportedKeys, usd, withOverrides } from './helpers';

const platformArb = fc.constantFrom<Platform>(...platforms);
const tierArb = fc.constantFrom<Tier>(...tiers);
const deliverableArb = fc.constantFrom<Deliverable>('post', 'reel', 'story', 'video');

/** Any number a form or an import could produce, including the nasty ones. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 100_000_000 }),
  fc.constantFrom(0, -0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 5e-324, 1e308),
);
const maybeNumber = fc.option(anyNumber, { nil: undefined });
const currencyArb = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'usd');
const moneyArb: fc.Arbitrary<Money> = fc.record({ amount: anyNumber, currency: currencyArb });
const postArb = fc.record(
  { likes: anyNumber, comments: anyNumber, shares: anyNumber, saves: anyNumber, reach: anyNumber, views: anyNumber },
  { requiredKeys: [] },
);
const dateArb = fc.oneof(
  fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string(),
);
const snapshotArb = fc.record({ date: dateArb, followers: anyNumber });
const rateInputArb = fc.option(fc.oneof(anyNumber, fc.record({ low: anyNumber, high: anyNumber })), { nil: undefined });

function expectFinite(result: unknown): void {
  expect(nonFiniteNumbers(result)).toEqual([]);
}

describe('no function returns NaN or Infinity, for any input', () => {
  it('tiers, engagement and benchmark comparison', () => {
    fc.assert(
      fc.property(platformArb, anyNumber, postArb, fc.array(postArb, { maxLength: 5 }), (platform, followers, post, posts) => {
        expectFinite(tierOf(ds, platform, followers));
        expectFinite(postEngagement(post, followers));
        expectFinite(engagementOverPosts(posts, followers));
        expectFinite(engagementBenchmarkFor(ds, platform, followers));
        expectFinite(compareEngagement(ds, { platform, followers, er: ok(followers, 'er.followers') }));
      }),
    );
  });

  it('authenticity signals and growth', () => {
    fc.assert(
      fc.property(
        platformArb,
        anyNumber,
        fc.array(postArb, { maxLength: 4 }),
        fc.array(snapshotArb, { maxLength: 5 }),
        fc.record({ generic: anyNumber, total: anyNumber }),
        maybeNumber,
        fc.array(anyNumber, { maxLength: 4 }),
        (platform, followers, posts, snapshots, comments, audienceAuthenticityScore, peerCommentToLike) => {
          expectFinite(authenticitySignals(ds, { platform, followers, posts, snapshots, comments, audienceAuthenticityScore, peerCommentToLike }));
          expectFinite(growthIntervals(snapshots));
          expectFinite(growthTrend(snapshots));
          expectFinite(
            vetCreator(ds, {
              data: { platform, followers, posts, snapshots, comments, audienceAuthenticityScore, platforms: [platform], previousCampaign: { revenue: usd(1), cost: usd(0) } },
            }),
          );
        },
      ),
    );
  });

  it('money and pricing', () => {
    fc.assert(
      fc.property(moneyArb, currencyArb, anyNumber, fc.array(anyNumber, { maxLength: 5 }), platformArb, anyNumber, deliverableArb, tierArb, (money, to, rate, weights, platform, followers, deliverable, tier) => {
        expectFinite(convertMoney(money, to, rate));
        expectFinite(splitMoney(money, weights));
        expectFinite(estimateFee(ds, { platform, followers, deliverable, target: { currency: to, rate } }));
        expectFinite(judgeQuote(ds, { platform, followers, deliverable, quote: money, rate }));
        expectFinite(tierPriceRange(ds, platform, tier, { currency: to, rate }));
        expectFinite(dealValue({ cash: money, products: [{ retailValue: money, quantity: followers }] }, money.currency));
      }),
    );
  });

  it('KPIs', () => {
    fc.assert(
      fc.property(fc.option(moneyArb, { nil: undefined }), fc.option(moneyArb, { nil: undefined }), maybeNumber, maybeNumber, maybeNumber, maybeNumber, maybeNumber, anyNumber, (cost, revenue, impressions, reach, clicks, engagements, conversions, rate) => {
        expectFinite(computeKpis(ds, { cost, revenue, impressions, reach, clicks, engagements, conversions }, { currency: 'EUR', rate }));
        expectFinite(earnedMediaValue(ds, { impressions, engagements }));
      }),
    );
  });

  it('budget allocation', () => {
    fc.assert(
      fc.property(
        moneyArb,
        fc.array(anyNumber, { minLength: 3, maxLength: 3 }),
        fc.option(anyNumber, { nil: undefined }),
        fc.option(anyNumber, { nil: undefined }),
        rateInputArb,
        rateInputArb,
        fc.option(moneyArb, { nil: undefined }),
        (budget, [ig, tt, yt], microShare, rate, ctr, conversionRate, averageOrderValue) => {
          const result = allocateBudget(ds, {
            budget,
            microShare,
            platformMix: { instagram: ig!, tiktok: tt!, youtube: yt! },
            rate,
            pilot: { share: 0.3 },
            forecast: { ctr, conversionRate, averageOrderValue },
          });
          expectFinite(result);
        },
      ),
    );
  });

  it('budget allocation with valid shares but extreme amounts and rates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), anyNumber, fc.double({ min: 0, max: 1, noNaN: true }), (amount, rate, cr) => {
        expectFinite(
          allocateBudget(ds, {
            budget: { amount, currency: 'EUR' },
            rate,
            platformMix: { instagram: 0.5, tiktok: 0.5 },
            forecast: { conversionRate: cr, averageOrderValue: { amount: 999_999_999, currency: 'EUR' } },
          }),
        );
      }),
    );
  });
});

describe('budget splits lose no cent', () => {
  it('splits any amount by any weights into parts that sum to it exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = splitMinorUnits(total, weights)!;
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        parts.forEach((p, i) => {
          if (weights[i] === 0) expect(p).toBe(0);
          if (total >= 0) expect(p).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });

  it('always allocates exactly the budget across lines, and the pilot exactly across pilot lines', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000_000 }),
        fc.array(fc.nat({ max: 100 }), { minLength: 3, maxLength: 3 }).filter((w) => w.some((x) => x > 0)),
        fc.array(fc.nat({ max: 100 }), { minLength: 5, maxLength: 5 }).filter((w) => w.some((x) => x > 0)),
        (amount, pw, tw) => {
          const norm = (w: number[]) => w.map((x) => x / w.reduce((s, y) => s + y, 0));
          const p = norm(pw);
          const t = norm(tw);
          const result = allocateBudget(ds, {
            budget: usd(amount),
            platformMix: Object.fromEntries(platforms.map((k, i) => [k, p[i]!])),
            tierMix: Object.fromEntries(tiers.map((k, i) => [k, t[i]!])),
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.lines.reduce((s, l) => s + l.budget.amount, 0)).toBe(amount);
          for (const l of result.lines) expect(Number.isSafeInteger(l.budget.amount) && l.budget.amount >= 0).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (amount, share) => {
        const result = allocateBudget(ds, { budget: usd(amount), platformMix: { instagram: 0.45, tiktok: 0.35, youtube: 0.2 }, pilot: { share } });
        if (!result.ok) throw new Error('expected a plan');
        expect(result.lines.reduce((s, l) => s + l.pilotBudget!.amount, 0)).toBe(result.pilot!.budget.amount);
        expect(result.lines.reduce((s, l) => s + l.scaleBudget!.amount, 0)).toBe(result.pilot!.scaleBudget.amount);
        expect(result.pilot!.budget.amount + result.pilot!.scaleBudget.amount).toBe(amount);
      }),
    );
  });
});

describe('tiers are monotone in followers', () => {
  it('never puts more followers in a lower tier, with the shipped bounds', () => {
    fc.assert(
      fc.property(platformArb, fc.nat({ max: 20_000_000 }), fc.nat({ max: 20_000_000 }), (platform, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const t1 = tierOf(ds, platform, lo);
        const t2 = tierOf(ds, platform, hi);
        if (!t1.computable || !t2.computable) throw new Error('expected tiers');
        expect(tierRank(t1.tier)).toBeLessThanOrEqual(tierRank(t2.tier));
      }),
    );
  });

  it('never puts more followers in a lower tier, with any rising overridden bounds', () => {
    fc.assert(
      fc.property(
        platformArb,
        fc.uniqueArray(fc.integer({ min: 1, max: 50_000_000 }), { minLength: 5, maxLength: 5 }),
        fc.nat({ max: 60_000_000 }),
        fc.nat({ max: 60_000_000 }),
        (platform, bounds, a, b) => {
          const sorted = [...bounds].sort((x, y) => x - y);
          const dataSet = withOverrides(Object.fromEntries(tiers.map((t, i) => [`tiers.${platform}.${t}.min`, sorted[i]!])));
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const t1 = tierOf(dataSet, platform, lo);
          const t2 = tierOf(dataSet, platform, hi);
          if (!t1.computable || !t2.computable) throw new Error('expected tiers');
          expect(tierRank(t1.tier)).toBeLessThanOrEqual(tierRank(t2.tier));
          expect(t1.min).toBeLessThanOrEqual(lo);
          if (t1.maxExclusive !== null) expect(lo).toBeLessThan(t1.maxExclusive);
        },
      ),
    );
  });
});

describe('overriding a benchmark changes exactly the results that use it', () => {
  const genZ: PlatformQuestions = {
    audienceAge: 'genZ',
    category: 'food',
    contentStyle: 'authentic',
    budgetSize: 'small',
    socialCommerce: true,
    goal: 'engagement',
    longTermPartnerships: true,
  };
  const millennials: PlatformQuestions = { ...genZ, audienceAge: 'millennials', category: 'travel', contentStyle: 'polished', budgetSize: 'large', socialCommerce: false, goal: 'awareness' };
  const posts = [
    { likes: 4_000, comments: 20, shares: 10, saves: 30 },
    { likes: 3_500, comments: 15, shares: 12, saves: 25 },
  ];
  const snapshots = [
    { date: '2025-01-01', followers: 15_000 },
    { date: '2025-02-01', followers: 16_000 },
    { date: '2025-02-08', followers: 20_000 },
    { date: '2025-07-01', followers: 20_500 },
  ];

  /** `direct`: every benchmark a result names appears with its value, so changing it must change the result. */
  const probes: { name: string; direct: boolean; run: (d: BenchmarkDataSet) => unknown }[] = [
    { name: 'tiers', direct: true, run: (d) => [tierOf(d, 'instagram', 20_000), tierOf(d, 'tiktok', 10_000), tierOf(d, 'youtube', 999), tierOf(d, 'instagram', 12_000_000), tierOf(d, 'youtube', 20_000_000)] },
    {
      name: 'engagement benchmarks',
      direct: true,
      run: (d) => [
        compareEngagement(d, { platform: 'instagram', followers: 20_000, er: ok(0.05, 'er.followers') }),
        compareEngagement(d, { platform: 'tiktok', followers: 60_000, er: ok(0.2, 'er.followers') }),
        compareEngagement(d, { platform: 'instagram', followers: 70_000, er: ok(0.03, 'er.followers') }),
        compareEngagement(d, { platform: 'tiktok', followers: 15_000_000, er: ok(0.03, 'er.followers') }),
        compareEngagement(d, { platform: 'instagram', followers: 200_000, er: ok(0.03, 'er.followers') }),
        compareEngagement(d, { platform: 'youtube', followers: 20_000, er: ok(0.03, 'er.followers') }),
      ],
    },
    {
      name: 'pricing',
      direct: true,
      run: (d) => [
        estimateFee(d, { platform: 'instagram', followers: 20_000, deliverable: 'post' }),
        estimateFee(d, { platform: 'instagram', followers: 3_000, deliverable: 'story' }),
        estimateFee(d, { platform: 'youtube', followers: 50_000, deliverable: 'reel' }),
        estimateFee(d, { platform: 'tiktok', followers: 2_000_000, deliverable: 'post' }),
        judgeQuote(d, { platform: 'instagram', followers: 20_000, deliverable: 'reel', quote: usd(15_000) }),
        tierPriceRange(d, 'tiktok', 'mid'),
        tierPriceRange(d, 'youtube', 'nano'),
      ],
    },
    {
      name: 'KPIs',
      direct: true,
      run: (d) =>
        computeKpis(d, { cost: usd(500_000), revenue: usd(1_200_000), impressions: 400_000, reach: 150_000, clicks: 9_000, engagements: 20_000, conversions: 180 }),
    },
    {
      name: 'authenticity',
      direct: true,
      run: (d) =>
        authenticitySignals(d, {
          platform: 'instagram',
          followers: 20_000,
          posts,
          snapshots,
          comments: { generic: 70, total: 100 },
          audienceAuthenticityScore: 0.6,
        }),
    },
    {
      name: 'authenticity against peers',
      direct: true,
      run: (d) => authenticitySignals(d, { platform: 'tiktok', followers: 200_000, posts, peerCommentToLike: [0.03, 0.04, 0.05] }),
    },
    {
      name: 'allocation',
      direct: true,
      run: (d) =>
        allocateBudget(d, {
          budget: usd(10_000_000),
          platformMix: { instagram: 0.5, tiktok: 0.3, youtube: 0.2 },
          pilot: { share: 0.2 },
          forecast: { conversionRate: 0.03, averageOrderValue: usd(6_000) },
        }),
    },
    {
      name: 'allocation over every tier',
      direct: true,
      run: (d) =>
        allocateBudget(d, {
          budget: usd(50_000_000),
          tierMix: { nano: 0.2, micro: 0.45, mid: 0.15, macro: 0.1, mega: 0.1 },
          platformMix: { instagram: 0.4, tiktok: 0.4, youtube: 0.2 },
        }),
    },
    { name: 'posting schedules', direct: true, run: (d) => platforms.map((p) => postingSchedule(d, p)) },
    {
      name: 'platform recommendation',
      direct: true,
      run: (d) => [recommendPlatforms(d, genZ), recommendPlatforms(d, millennials), recommendPlatforms(d, { ...millennials, goal: 'conversions' })],
    },
    {
      name: 'vetting',
      direct: false,
      run: (d) =>
        vetCreator(d, {
          data: { platform: 'tiktok', followers: 30_000, posts, snapshots, audienceAuthenticityScore: 0.8, platforms: ['tiktok'], previousCampaign: { revenue: usd(50_000), cost: usd(20_000) } },
        }),
    },
    { name: 'figure-free results', direct: true, run: () => [engagementOverPosts(posts, 20_000), dealValue({ cash: usd(100) }, 'USD')] },
  ];

  function scaled(value: BenchmarkValue, factor: number): BenchmarkValue {
    return isRange(value) ? { low: value.low * factor, high: value.high * factor } : value * factor;
  }

  const keys = ds.figures.map((f) => f.key);

  it('leaves every result that does not name the figure unchanged, and changes every result that shows its value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(0.5, 0.8), (key, factor) => {
        const figure = ds.figures.find((f) => f.key === key)!;
        const overridden = withOverrides({ [key]: scaled(figure.value, factor) });
        for (const probe of probes) {
          const before = probe.run(ds);
          const after = probe.run(overridden);
          const changed = JSON.stringify(before) !== JSON.stringify(after);
          const named = reportedKeys([before, after]);
          if (changed) expect(named.allKeys.has(key), `${probe.name} changed without naming ${key}`).toBe(true);
          if (probe.direct && reportedKeys(before).valueKeys.has(key)) expect(changed, `${probe.name} names ${key} but did not change`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is checked against figures that the probes actually use', () => {
    const used = new Set<string>();
    for (const probe of probes) for (const k of reportedKeys(probe.run(ds)).allKeys) used.add(k);
    const unused = keys.filter((k) => !used.has(k));
    expect(unused.sort()).toEqual([
      'authenticity.storyCompletion',
      'market.brandsPrioritisingNanoMicro',
      'market.cpmChangeYoY',
      'market.creatorsPreferLongTerm',
      'market.microCreatorShare',
    ]);
  });
});
