import { describe, expect, it } from 'vitest';
import { tierBounds, tierOf, tierRank, type Platform, type TierOrUnclassified } from '@shared/calc';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { ds, withOverrides } from './helpers';

describe('tierOf', () => {
  it.each<[Platform, number, TierOrUnclassified]>([
    ['tiktok', 10_000, 'micro'],
    ['tiktok', 9_999, 'nano'],
    ['instagram', 50_000, 'mid'],
    ['tiktok', 50_000, 'micro'],
    ['youtube', 50_000, 'micro'],
    ['instagram', 49_999, 'micro'],
    ['instagram', 5_000, 'micro'],
    ['instagram', 4_999, 'nano'],
    ['instagram', 999, 'unclassified'],
    ['tiktok', 999, 'unclassified'],
    ['youtube', 999, 'unclassified'],
    ['instagram', 0, 'unclassified'],
    ['instagram', 1_000, 'nano'],
    ['tiktok', 99_999, 'micro'],
    ['tiktok', 100_000, 'mid'],
    ['instagram', 999_999, 'mid'],
    ['instagram', 1_000_000, 'macro'],
    ['youtube', 9_999_999, 'macro'],
    ['tiktok', 10_000_000, 'mega'],
    ['instagram', 250_000_000, 'mega'],
  ])('puts %s with %i followers in the %s tier', (platform, followers, tier) => {
    expect(tierOf(ds, platform, followers)).toMatchObject({ computable: true, tier });
  });

  it('puts exactly 10,000 TikTok followers in the micro tier, bounded by 10,000 (inclusive) and 100,000 (exclusive)', () => {
    expect(tierOf(ds, 'tiktok', 10_000)).toEqual({
      computable: true,
      platform: 'tiktok',
      followers: 10_000,
      tier: 'micro',
      min: 10_000,
      maxExclusive: 100_000,
      benchmarkKeys: ['tiers.tiktok.micro.min', 'tiers.tiktok.mid.min'],
    });
  });

  it('uses the Instagram-specific micro range 5,000–50,000', () => {
    expect(tierOf(ds, 'instagram', 20_000)).toMatchObject({ tier: 'micro', min: 5_000, maxExclusive: 50_000 });
  });

  it('calls 999 followers unclassified, below the nano bound it names', () => {
    expect(tierOf(ds, 'instagram', 999)).toMatchObject({
      tier: 'unclassified',
      min: 0,
      maxExclusive: 1_000,
      benchmarkKeys: ['tiers.instagram.nano.min'],
    });
  });

  it('gives the mega tier no upper bound', () => {
    expect(tierOf(ds, 'tiktok', 12_000_000)).toMatchObject({ tier: 'mega', maxExclusive: null, benchmarkKeys: ['tiers.tiktok.mega.min'] });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d followers as invalid input', (followers) => {
    expect(tierOf(ds, 'instagram', followers)).toEqual({ computable: false, platform: 'instagram', reason: 'invalidInput' });
  });

  it('says missingData when the data set has no bounds for the platform', () => {
    const empty: BenchmarkDataSet = { ...ds, figures: ds.figures.filter((f) => f.group !== 'tiers') };
    expect(tierOf(empty, 'tiktok', 20_000)).toEqual({ computable: false, platform: 'tiktok', reason: 'missingData' });
  });

  it('follows an overridden bound: TikTok micro starting at 20,000 makes 10,000 nano', () => {
    const overridden = withOverrides({ 'tiers.tiktok.micro.min': 20_000 });
    expect(tierOf(overridden, 'tiktok', 10_000)).toMatchObject({ tier: 'nano', maxExclusive: 20_000 });
    expect(tierOf(overridden, 'instagram', 10_000)).toMatchObject({ tier: 'micro' });
  });

  it('lists the platform bounds in tier order', () => {
    expect(tierBounds(ds, 'instagram').map((b) => [b.tier, b.min])).toEqual([
      ['nano', 1_000],
      ['micro', 5_000],
      ['mid', 50_000],
      ['macro', 1_000_000],
      ['mega', 10_000_000],
    ]);
  });

  it('ranks tiers by size with unclassified lowest', () => {
    expect(['unclassified', 'nano', 'micro', 'mid', 'macro', 'mega'].map((t) => tierRank(t as TierOrUnclassified))).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
