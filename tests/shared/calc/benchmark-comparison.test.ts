import { describe, expect, it } from 'vitest';
import {
  compareEngagement,
  engagementBenchmarkFor,
  ER_TOLERANCE,
  judgeAgainstPoint,
  judgeAgainstRange,
  ok,
  UNDER_100K_LIMIT,
  type Platform,
} from '@shared/calc';
import { ds, withOverrides } from './helpers';

describe('engagement benchmark segment', () => {
  it.each<[Platform, number, string, number]>([
    ['instagram', 20_000, 'engagement.instagram.micro', 0.06],
    ['instagram', 2_000, 'engagement.instagram.micro', 0.06],
    ['tiktok', 50_000, 'engagement.tiktok.micro', 0.18],
    ['tiktok', 5_000, 'engagement.tiktok.micro', 0.18],
    ['instagram', 60_000, 'engagement.instagram.under100k', 0.0365],
    ['instagram', 500, 'engagement.instagram.under100k', 0.0365],
    ['tiktok', 500, 'engagement.tiktok.under100k', 0.075],
    ['instagram', 12_000_000, 'engagement.instagram.mega', 0.0177],
    ['tiktok', 10_000_000, 'engagement.tiktok.mega', 0.0288],
  ])('benchmarks %s with %i followers against %s (%d)', (platform, followers, key, value) => {
    expect(engagementBenchmarkFor(ds, platform, followers)).toMatchObject({ available: true, benchmarkKey: key, value, source: 'overview' });
  });

  it.each<[Platform, number]>([
    ['instagram', 200_000],
    ['tiktok', 100_000],
    ['tiktok', 2_000_000],
    ['youtube', 20_000],
    ['youtube', 20_000_000],
  ])('says noBenchmark for %s with %i followers rather than inventing one', (platform, followers) => {
    expect(engagementBenchmarkFor(ds, platform, followers)).toMatchObject({ available: false, reason: 'noBenchmark' });
  });

  it('defines the under-100k segment at 100,000 followers', () => {
    expect(UNDER_100K_LIMIT).toBe(100_000);
  });
});

describe('benchmark verdicts', () => {
  it('uses a ±25 % tolerance band', () => {
    expect(ER_TOLERANCE).toBe(0.25);
  });

  it.each([
    [0.0449, 'below'],
    [0.045, 'within'],
    [0.06, 'within'],
    [0.075, 'within'],
    [0.0751, 'above'],
  ])('judges an ER of %d against a 6 %% benchmark as %s', (er, verdict) => {
    expect(judgeAgainstPoint(er, 0.06)).toBe(verdict);
  });

  it.each([
    [0.019, 'below'],
    [0.02, 'within'],
    [0.05, 'within'],
    [0.051, 'above'],
  ])('judges %d against a 2–5 %% range as %s', (value, verdict) => {
    expect(judgeAgainstRange(value, 0.02, 0.05)).toBe(verdict);
  });
});

describe('compareEngagement', () => {
  it('says an Instagram micro account at 4 % is below its 6 % benchmark, naming benchmark and source', () => {
    expect(compareEngagement(ds, { platform: 'instagram', followers: 20_000, er: ok(0.04, 'er.followers') })).toEqual({
      computable: true,
      verdict: 'below',
      er: 0.04,
      formula: 'er.followers',
      benchmark: 0.06,
      benchmarkKey: 'engagement.instagram.micro',
      source: 'overview',
      year: 2025,
      segment: 'micro',
      tier: 'micro',
      ratio: 0.04 / 0.06,
      tolerance: 0.25,
      tierKeys: ['tiers.instagram.micro.min', 'tiers.instagram.mid.min'],
    });
  });

  it('says a TikTok micro account at 20 % is within its 18 % benchmark', () => {
    expect(compareEngagement(ds, { platform: 'tiktok', followers: 30_000, er: ok(0.2, 'er.followers') })).toMatchObject({ verdict: 'within', benchmark: 0.18 });
  });

  it('accepts interaction ER (the KPI table benchmarks interactions ÷ followers) but not ER by reach', () => {
    expect(compareEngagement(ds, { platform: 'instagram', followers: 20_000, er: ok(0.1, 'er.interactions') })).toMatchObject({ verdict: 'above' });
    expect(compareEngagement(ds, { platform: 'instagram', followers: 20_000, er: ok(0.1, 'er.reach') })).toMatchObject({
      computable: false,
      reason: 'formulaMismatch',
    });
  });

  it('says noBenchmark for YouTube', () => {
    expect(compareEngagement(ds, { platform: 'youtube', followers: 20_000, er: ok(0.05, 'er.followers') })).toMatchObject({
      computable: false,
      reason: 'noBenchmark',
      tier: 'micro',
    });
  });

  it('passes on why the ER itself was not computable', () => {
    const er = { computable: false, reason: 'zeroFollowers', formula: 'er.followers' } as const;
    expect(compareEngagement(ds, { platform: 'instagram', followers: 0, er })).toMatchObject({ computable: false, reason: 'zeroFollowers' });
  });

  it('follows an overridden benchmark', () => {
    const overridden = withOverrides({ 'engagement.instagram.micro': 0.04 });
    expect(compareEngagement(overridden, { platform: 'instagram', followers: 20_000, er: ok(0.04, 'er.followers') })).toMatchObject({
      verdict: 'within',
      benchmark: 0.04,
    });
  });
});
