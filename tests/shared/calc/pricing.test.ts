import { describe, expect, it } from 'vitest';
import { dealValue, deliverableMultiplier, estimateFee, judgeQuote, marketRange, tierPriceRange, type Deliverable, type Platform } from '@shared/calc';
import { ds, eur, usd, withOverrides } from './helpers';

const usdAmount = (amount: number) => ({ amount, currency: 'USD', conversion: null });

describe('fee estimates from the per-1,000-followers rate', () => {
  it('estimates an Instagram post by a 20,000-follower account at $200–$400 and places it in the micro market range', () => {
    expect(estimateFee(ds, { platform: 'instagram', followers: 20_000, deliverable: 'post' })).toEqual({
      computable: true,
      formula: 'pricing.per1kFollowers',
      tier: 'micro',
      low: usdAmount(20_000),
      high: usdAmount(40_000),
      multiplier: 1,
      benchmarkKeys: ['pricing.per1kFollowers'],
      tierKeys: ['tiers.instagram.micro.min', 'tiers.instagram.mid.min'],
      market: { available: true, low: usdAmount(10_000), high: usdAmount(100_000), basis: 'marketRange', benchmarkKeys: ['pricing.instagram.micro'] },
      estimateVsMarket: 'overlaps',
    });
  });

  it.each<[Platform, number, Deliverable, number, number]>([
    ['instagram', 20_000, 'reel', 25_000, 50_000],
    ['instagram', 20_000, 'story', 10_000, 20_000],
    ['tiktok', 50_000, 'post', 50_000, 100_000],
    ['youtube', 50_000, 'video', 100_000, 200_000],
    ['youtube', 50_000, 'reel', 62_500, 125_000],
    ['instagram', 1_235, 'story', 618, 1_235],
  ])('estimates %s with %i followers, one %s, at %i–%i cents', (platform, followers, deliverable, low, high) => {
    expect(estimateFee(ds, { platform, followers, deliverable })).toMatchObject({ low: { amount: low }, high: { amount: high } });
  });

  it('uses the documented deliverable multipliers: post 1, reel/short 1.25, story 0.5, video 2', () => {
    expect((['post', 'reel', 'story', 'video'] as const).map((d) => deliverableMultiplier(ds, d))).toEqual([
      { value: 1, benchmarkKey: null },
      { value: 1.25, benchmarkKey: 'pricing.deliverable.reel' },
      { value: 0.5, benchmarkKey: 'pricing.deliverable.story' },
      { value: 2, benchmarkKey: 'pricing.deliverable.video' },
    ]);
  });

  it('scales the market range from the platform’s primary deliverable: a YouTube Short is 1.25 ÷ 2 of a video', () => {
    expect(marketRange(ds, 'youtube', 'micro', 'reel')).toEqual({
      available: true,
      low: usdAmount(12_500),
      high: usdAmount(312_500),
      basis: 'marketRange',
      benchmarkKeys: ['pricing.youtube.micro', 'pricing.deliverable.reel', 'pricing.deliverable.video'],
    });
  });

  it.each<[Platform, number]>([
    ['instagram', 3_000],
    ['tiktok', 500_000],
  ])('says there is no source range for %s with %i followers (nano and mid)', (platform, followers) => {
    const fee = estimateFee(ds, { platform, followers, deliverable: 'post' });
    expect(fee).toMatchObject({ computable: true, market: { available: false, reason: 'noSourceRange' }, estimateVsMarket: null });
  });

  it('prices macro and mega accounts with the macro range', () => {
    expect(estimateFee(ds, { platform: 'instagram', followers: 3_000_000, deliverable: 'post' })).toMatchObject({
      tier: 'macro',
      low: { amount: 3_000_000 },
      high: { amount: 6_000_000 },
      market: { low: { amount: 500_000 }, high: { amount: 2_500_000 } },
      estimateVsMarket: 'above',
    });
    expect(estimateFee(ds, { platform: 'tiktok', followers: 12_000_000, deliverable: 'post' })).toMatchObject({
      tier: 'mega',
      market: { benchmarkKeys: ['pricing.tiktok.macro'] },
    });
  });

  it('refuses a deliverable the platform does not have', () => {
    expect(estimateFee(ds, { platform: 'tiktok', followers: 20_000, deliverable: 'video' })).toEqual({
      computable: false,
      formula: 'pricing.per1kFollowers',
      reason: 'deliverableNotOnPlatform',
    });
  });

  it('converts to the workspace currency and says so', () => {
    const fee = estimateFee(ds, { platform: 'instagram', followers: 20_000, deliverable: 'post', target: { currency: 'EUR', rate: 0.92 } });
    expect(fee).toMatchObject({
      low: { amount: 18_400, currency: 'EUR', conversion: { fromCurrency: 'USD', toCurrency: 'EUR', rate: 0.92, originalAmount: 20_000 } },
      high: { amount: 36_800, currency: 'EUR' },
      market: { low: { amount: 9_200, currency: 'EUR' } },
    });
  });

  it('follows an overridden per-1,000 rate', () => {
    const overridden = withOverrides({ 'pricing.per1kFollowers': { low: 1_500, high: 2_500 } });
    expect(estimateFee(overridden, { platform: 'instagram', followers: 20_000, deliverable: 'post' })).toMatchObject({
      low: { amount: 30_000 },
      high: { amount: 50_000 },
    });
  });

  it('prices tiers without a source range from the per-1,000 rate over the tier bounds', () => {
    expect(tierPriceRange(ds, 'instagram', 'nano')).toEqual({
      available: true,
      low: usdAmount(1_000),
      high: usdAmount(10_000),
      basis: 'per1kTierBounds',
      benchmarkKeys: ['tiers.instagram.nano.min', 'tiers.instagram.micro.min', 'pricing.per1kFollowers'],
    });
    expect(tierPriceRange(ds, 'youtube', 'mid')).toMatchObject({ low: { amount: 200_000 }, high: { amount: 4_000_000 } });
  });
});

describe('judging a quoted fee', () => {
  it.each([
    [5_000, 'below'],
    [10_000, 'within'],
    [15_000, 'within'],
    [100_000, 'within'],
    [120_000, 'above'],
  ])('judges a quote of %i cents for an Instagram micro post as %s market', (amount, verdict) => {
    expect(judgeQuote(ds, { platform: 'instagram', followers: 20_000, deliverable: 'post', quote: usd(amount) })).toMatchObject({
      computable: true,
      verdict,
      basis: 'marketRange',
      benchmarkKeys: ['pricing.instagram.micro'],
    });
  });

  it('also says where the quote sits against the per-1,000 estimate', () => {
    expect(judgeQuote(ds, { platform: 'instagram', followers: 20_000, deliverable: 'post', quote: usd(15_000) })).toMatchObject({
      vsMarket: 'within',
      vsEstimate: 'below',
    });
  });

  it('judges a nano quote against the per-1,000 estimate, as there is no market range', () => {
    expect(judgeQuote(ds, { platform: 'instagram', followers: 3_000, deliverable: 'post', quote: usd(10_000) })).toMatchObject({
      verdict: 'above',
      basis: 'per1kEstimate',
      low: { amount: 3_000 },
      high: { amount: 6_000 },
      vsMarket: null,
    });
  });

  it('needs a rate for a quote in another currency, and converts the range with it', () => {
    const input = { platform: 'instagram' as const, followers: 20_000, deliverable: 'post' as const, quote: eur(95_000) };
    expect(judgeQuote(ds, input)).toEqual({ computable: false, reason: 'rateRequired' });
    expect(judgeQuote(ds, { ...input, rate: 0.9 })).toMatchObject({ verdict: 'above', high: { amount: 90_000, currency: 'EUR' } });
  });
});

describe('deal value', () => {
  it('values a product-only deal at retail value × quantity', () => {
    expect(dealValue({ products: [{ retailValue: eur(4_550), quantity: 2 }] }, 'EUR')).toEqual({
      computable: true,
      formula: 'pricing.productValue',
      total: eur(9_100),
      cash: eur(0),
      products: eur(9_100),
      productOnly: true,
    });
  });

  it('adds cash and products', () => {
    expect(dealValue({ cash: eur(20_000), products: [{ retailValue: eur(5_000) }] }, 'EUR')).toMatchObject({ total: eur(25_000), productOnly: false });
  });

  it('refuses mixed currencies and empty deals', () => {
    expect(dealValue({ cash: usd(100) }, 'EUR')).toMatchObject({ computable: false, reason: 'currencyMismatch' });
    expect(dealValue({}, 'EUR')).toMatchObject({ computable: false, reason: 'missingData' });
  });
});
