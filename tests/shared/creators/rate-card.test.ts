import { describe, expect, it } from 'vitest';
import { compareQuote, feeCurrency, feeEstimateIn, type WorkspaceMoney } from '@shared/creators/rate-card';
import { ds } from '../calc/helpers';

const eurWithRate: WorkspaceMoney = { currency: 'EUR', benchmarkExchangeRate: 0.9237 };
const eurNoRate: WorkspaceMoney = { currency: 'EUR', benchmarkExchangeRate: null };
const usdWorkspace: WorkspaceMoney = { currency: 'USD', benchmarkExchangeRate: null };
// TikTok, 25,000 followers: micro. Market range $50 – $800 a post; estimate 25 × $10 – $20 = $250 – $500.
const post = { platform: 'tiktok' as const, followers: 25_000, deliverable: 'post' as const };

describe('the currency fee estimates are shown in', () => {
  it.each([
    ['a USD workspace', usdWorkspace, { kind: 'benchmark', currency: 'USD' }],
    ['a EUR workspace with a rate', eurWithRate, { kind: 'converted', currency: 'EUR', from: 'USD', rate: 0.9237 }],
    ['a EUR workspace without one', eurNoRate, { kind: 'rateMissing', currency: 'USD', workspace: 'EUR' }],
  ] as const)('is right for %s', (_what, workspace, expected) => {
    expect(feeCurrency(ds, workspace)).toEqual(expected);
  });

  it('converts the estimate and the market range exactly, rounding each amount once, halves away from zero', () => {
    const fee = feeEstimateIn(ds, eurWithRate, post);
    if (!fee.computable || !fee.market.available) throw new Error('expected an estimate with a market range');
    // $250.00 × 0.9237 = €230.925 → €230.93; $500 → €461.85; $50 → €46.185 → €46.19; $800 → €738.96.
    expect([fee.low.amount, fee.high.amount, fee.market.low.amount, fee.market.high.amount]).toEqual([23_093, 46_185, 4_619, 73_896]);
    expect(fee.low).toMatchObject({ currency: 'EUR', conversion: { fromCurrency: 'USD', toCurrency: 'EUR', rate: 0.9237, originalAmount: 25_000 } });
  });

  it('stays in USD without a rate', () => {
    const fee = feeEstimateIn(ds, eurNoRate, post);
    expect(fee).toMatchObject({ computable: true, low: { amount: 25_000, currency: 'USD', conversion: null } });
  });
});

describe('a quoted rate against the benchmarks', () => {
  it.each([
    // Against the converted market range €46.19 – €738.96: its edges count as within.
    ['just under the converted low edge', 4_618, 'below'],
    ['on the converted low edge', 4_619, 'within'],
    ['€450', 45_000, 'within'],
    ['on the converted high edge', 73_896, 'within'],
    ['just over it', 73_897, 'above'],
  ])('judges a EUR quote %s as %s, at the user’s rate', (_what, amount, verdict) => {
    const result = compareQuote(ds, eurWithRate, { ...post, quote: { amount, currency: 'EUR' } });
    expect(result).toMatchObject({ comparable: true, rate: 0.9237, judgement: { verdict, basis: 'marketRange', low: { amount: 4_619, currency: 'EUR' }, high: { amount: 73_896 } } });
  });

  it('judges a USD quote in USD, needing no rate', () => {
    expect(compareQuote(ds, eurNoRate, { ...post, quote: { amount: 90_000, currency: 'USD' } })).toMatchObject({
      comparable: true,
      rate: null,
      judgement: { verdict: 'above', low: { amount: 5_000, currency: 'USD' } },
    });
  });

  it('says a EUR quote cannot be compared without a rate, rather than not judging it silently', () => {
    expect(compareQuote(ds, eurNoRate, { ...post, quote: { amount: 45_000, currency: 'EUR' } })).toEqual({
      comparable: false,
      quote: { amount: 45_000, currency: 'EUR' },
      reason: 'rateRequired',
    });
  });

  it('says a quote in a third currency cannot be compared: the rate converts into the workspace currency only', () => {
    expect(compareQuote(ds, eurWithRate, { ...post, quote: { amount: 45_000, currency: 'GBP' } })).toMatchObject({ comparable: false, reason: 'otherCurrency' });
  });

  it('judges against the per-1,000 estimate where the tier has no market range', () => {
    // 5,000 followers: nano, no source range; estimate $50 – $100 → €46.19 – €92.37.
    const result = compareQuote(ds, eurWithRate, { platform: 'tiktok', followers: 5_000, deliverable: 'post', quote: { amount: 10_000, currency: 'EUR' } });
    expect(result).toMatchObject({ comparable: true, judgement: { basis: 'per1kEstimate', verdict: 'above', low: { amount: 4_619 }, high: { amount: 9_237 } } });
  });
});
