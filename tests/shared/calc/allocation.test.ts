import { describe, expect, it } from 'vitest';
import { allocateBudget, platforms, tiers, type AllocationInput, type AllocationPlan, type LineSpec } from '@shared/calc';
import { ds, eur, usd, withOverrides } from './helpers';

const mix = { instagram: 0.5, tiktok: 0.3, youtube: 0.2 };

function plan(input: AllocationInput, dataSet = ds): AllocationPlan {
  const result = allocateBudget(dataSet, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('budget split', () => {
  it('puts the default 65 % micro share on micro lines and the rest on macro, per platform, to the cent', () => {
    const p = plan({ budget: usd(10_000_000), platformMix: mix });
    expect(p.lines.map((l) => [l.tier, l.platform, l.budget.amount])).toEqual([
      ['micro', 'instagram', 3_250_000],
      ['micro', 'tiktok', 1_950_000],
      ['micro', 'youtube', 1_300_000],
      ['macro', 'instagram', 1_750_000],
      ['macro', 'tiktok', 1_050_000],
      ['macro', 'youtube', 700_000],
    ]);
    expect(p.microShare).toEqual({
      value: 0.65,
      defaultUsed: true,
      benchmarkKey: 'budget.microShareDefault',
      recommended: { low: 0.6, high: 0.7, benchmarkKey: 'budget.microShare' },
    });
  });

  it('loses no cent on awkward amounts: $100.01 split three ways', () => {
    const p = plan({ budget: usd(10_001), microShare: 0.65, platformMix: { instagram: 1 / 3, tiktok: 1 / 3, youtube: 1 / 3 } });
    expect(p.lines.reduce((s, l) => s + l.budget.amount, 0)).toBe(10_001);
  });

  it('counts the deliverables each line can afford at the highest and lowest price', () => {
    const p = plan({ budget: usd(10_000_000), platformMix: mix });
    expect(p.lines.map((l) => l.deliverables)).toEqual([
      { low: 32, high: 325 },
      { low: 24, high: 390 },
      { low: 2, high: 65 },
      { low: 0, high: 3 },
      { low: 0, high: 3 },
      { low: 0, high: 0 },
    ]);
  });

  it('warns about a line that cannot afford one deliverable', () => {
    expect(plan({ budget: usd(10_000_000), platformMix: mix }).warnings).toEqual([
      {
        code: 'lineCannotAffordDeliverable',
        params: { tier: 'macro', platform: 'youtube', deliverable: 'video', budget: 700_000, lowestPrice: 1_000_000, expectedPrice: 3_000_000, currency: 'USD' },
      },
    ]);
  });

  it('uses an explicit tier mix, counting nano and micro as the micro share', () => {
    const p = plan({ budget: usd(1_000_000), tierMix: { nano: 0.2, micro: 0.45, macro: 0.35 }, platformMix: { instagram: 1 } });
    expect(p.microShare.value).toBe(0.65);
    expect(p.lines.map((l) => [l.tier, l.budget.amount])).toEqual([
      ['nano', 200_000],
      ['micro', 450_000],
      ['macro', 350_000],
    ]);
    expect(p.lines[0]!.price).toMatchObject({ basis: 'per1kTierBounds', low: { amount: 1_000 }, high: { amount: 10_000 } });
  });

  it.each([
    [0.5, true],
    [0.6, false],
    [0.7, false],
    [0.75, true],
  ])('with a micro share of %d warns outside the recommended 60–70 %%: %s', (microShare, warns) => {
    const codes = plan({ budget: usd(10_000_000), microShare, platformMix: mix }).warnings.map((w) => w.code);
    expect(codes.includes('microShareOutsideRecommendation')).toBe(warns);
  });

  it('gives the micro-share warning its figures', () => {
    expect(plan({ budget: usd(10_000_000), microShare: 0.5, platformMix: mix }).warnings[0]).toEqual({
      code: 'microShareOutsideRecommendation',
      params: { microShare: 0.5, low: 0.6, high: 0.7 },
    });
  });

  it('warns when the plan uses a single platform', () => {
    expect(plan({ budget: usd(10_000_000), platformMix: { tiktok: 1 } }).warnings[0]).toEqual({ code: 'singlePlatform', params: { platform: 'tiktok' } });
  });

  it('splits a pilot phase off every line, exactly', () => {
    const p = plan({ budget: usd(10_000_000), platformMix: mix, pilot: { share: 0.2 } });
    expect(p.pilot).toEqual({ share: 0.2, budget: usd(2_000_000), scaleBudget: usd(8_000_000) });
    expect(p.lines[0]).toMatchObject({ budget: usd(3_250_000), pilotBudget: usd(650_000), scaleBudget: usd(2_600_000) });
    expect(p.lines.reduce((s, l) => s + l.pilotBudget!.amount, 0)).toBe(2_000_000);
    for (const l of p.lines) expect(l.pilotBudget!.amount + l.scaleBudget!.amount).toBe(l.budget.amount);
  });
});

describe('forecasts', () => {
  const input: AllocationInput = {
    budget: usd(1_000_000),
    platformMix: mix,
    forecast: { conversionRate: 0.02, averageOrderValue: usd(5_000) },
  };

  it('forecasts the Instagram micro line of a $10,000 budget step by step', () => {
    const f = plan(input).lines[0]!.forecast;
    const three = (x: { low: unknown; expected: unknown; high: unknown }) => [x.low, x.expected, x.high];
    expect(f.audience).toMatchObject({ computable: true, benchmarkKeys: ['pricing.per1kFollowers'] });
    expect(three(f.audience as never)).toEqual([162_500, 216_667, 325_000]);
    expect(three(f.reach as never)).toEqual([16_250, 43_333, 97_500]);
    expect(f.engagements).toMatchObject({ low: 9_750, expected: 13_000, high: 19_500, benchmarkKeys: ['engagement.instagram.micro'] });
    expect(f.clicks).toMatchObject({ low: 325, expected: 1_517, high: 4_875, benchmarkKeys: ['kpi.ctr'] });
    expect(three(f.conversions as never)).toEqual([7, 30, 98]);
    expect(three(f.revenue as never)).toEqual([usd(35_000), usd(150_000), usd(490_000)]);
  });

  it('says YouTube engagements have no benchmark and leaves those lines out of the total', () => {
    const p = plan({ ...input, budget: usd(10_000_000) });
    expect(p.lines[2]!.forecast.engagements).toEqual({ computable: false, reason: 'noBenchmark', formula: 'forecast.engagements' });
    // Micro YouTube has no ER benchmark; macro YouTube cannot afford a video.
    expect(p.totals.engagements).toMatchObject({ computable: true, excludedLines: 2 });
  });

  it('bounds macro engagement between the mega and under-100k benchmarks', () => {
    // $175,000 for macro Instagram: 7 posts at the highest price ($25,000), 35 at the lowest.
    expect(plan({ ...input, budget: usd(100_000_000) }).lines[3]!.forecast.engagements).toMatchObject({
      low: Math.round(8_750_000 * 0.0177),
      high: Math.round(17_500_000 * 0.0365),
      benchmarkKeys: ['engagement.instagram.mega', 'engagement.instagram.under100k'],
    });
  });

  it('forecasts nothing in a scenario whose price buys no deliverable', () => {
    // $17,500 for macro Instagram ($5,000–$25,000 a post): none at the highest price, one at the
    // middle ($15,000), three at the lowest. The low scenario buys nothing, so it reaches no one.
    const line = plan({ ...input, budget: usd(10_000_000) }).lines[3]!;
    expect(line.budget.amount).toBe(1_750_000);
    expect(line.deliverables).toEqual({ low: 0, high: 3 });
    expect(line.forecast.audience).toMatchObject({ computable: true, low: 0, expected: 1_166_667, high: 1_750_000 });
    expect(line.forecast.reach).toMatchObject({ low: 0 });
    expect(line.forecast.revenue).toMatchObject({ computable: true, low: { amount: 0 } });
    // $14,000 buys two at the lowest price and none at the middle: only the high scenario forecasts.
    const thin = plan({ ...input, budget: usd(8_000_000) }).lines[3]!;
    expect(thin.deliverables).toEqual({ low: 0, high: 2 });
    expect(thin.forecast.audience).toMatchObject({ computable: true, low: 0, expected: 0, high: 1_400_000 });
  });

  it('does not forecast a line that cannot afford a deliverable', () => {
    expect(plan(input).lines[3]!.forecast.reach).toMatchObject({ computable: false, reason: 'cannotAffordDeliverable' });
  });

  it('totals the lines and judges ROAS against the 3:1 target', () => {
    const p = plan(input);
    const totals = p.totals.revenue;
    const sum = p.lines.reduce((s, l) => s + (l.forecast.revenue.computable ? l.forecast.revenue.expected.amount : 0), 0);
    expect(totals).toMatchObject({ computable: true, expected: { amount: sum } });
    expect(p.roasTarget).toEqual({ value: 3, benchmarkKey: 'kpi.roasTarget' });
    expect(p.roasVerdict).toEqual({ low: 'belowTarget', expected: 'belowTarget', high: 'belowTarget' });
  });

  it('asks for a conversion rate and order value before forecasting conversions and revenue', () => {
    const f = plan({ budget: usd(1_000_000), platformMix: mix }).lines[0]!.forecast;
    expect(f.conversions).toEqual({ computable: false, reason: 'missingData', formula: 'forecast.conversions', fields: ['conversionRate'] });
    expect(f.revenue).toMatchObject({ computable: false, reason: 'missingData' });
  });

  it('uses a CTR the user enters instead of the benchmark', () => {
    const p = plan({ ...input, forecast: { ...input.forecast, ctr: 0.01 } });
    expect(p.assumptions.ctr).toEqual({ low: 0.01, expected: 0.01, high: 0.01, benchmarkKey: null });
    expect(p.lines[0]!.forecast.clicks).toMatchObject({ low: 163, benchmarkKeys: [] });
  });
});

describe('currencies', () => {
  it('needs a rate when the budget is not in the benchmark currency', () => {
    expect(allocateBudget(ds, { budget: eur(1_000_000), platformMix: mix })).toEqual({
      ok: false,
      errors: [{ code: 'rateRequired', params: { from: 'USD', to: 'EUR' } }],
    });
  });

  it('converts prices into the budget currency and records the rate', () => {
    const p = plan({ budget: eur(1_000_000), platformMix: mix, rate: 0.92 });
    expect(p.conversion).toEqual({ fromCurrency: 'USD', toCurrency: 'EUR', rate: 0.92 });
    expect(p.lines[0]!.price).toMatchObject({ low: { amount: 9_200, currency: 'EUR', conversion: { rate: 0.92, originalAmount: 10_000 } } });
    expect(p.lines[0]!.forecast.audience).toMatchObject({ high: 353_261 });
  });
});

describe('validation', () => {
  it.each<[string, AllocationInput, unknown]>([
    ['a negative budget', { budget: usd(-1), platformMix: mix }, [{ code: 'invalidBudget', params: {} }]],
    ['a fractional budget', { budget: usd(10.5), platformMix: mix }, [{ code: 'invalidBudget', params: {} }]],
    ['a platform mix summing to 0.9', { budget: usd(100), platformMix: { instagram: 0.6, tiktok: 0.3 } }, [{ code: 'mixDoesNotSumToOne', params: { mix: 'platformMix', sum: 0.8999999999999999 } }]],
    ['no platform mix', { budget: usd(100) }, [{ code: 'emptyMix', params: { mix: 'platformMix' } }]],
    ['a negative share', { budget: usd(100), platformMix: { instagram: 1.5, tiktok: -0.5 } }, [
      { code: 'invalidShare', params: { field: 'platformMix.instagram' } },
      { code: 'invalidShare', params: { field: 'platformMix.tiktok' } },
    ]],
    ['an unknown platform', { budget: usd(100), platformMix: { instagram: 0.5, facebook: 0.5 } as never }, [{ code: 'unknownKey', params: { mix: 'platformMix', key: 'facebook' } }]],
    ['a tier mix summing to 1.1', { budget: usd(100), platformMix: mix, tierMix: { micro: 0.7, macro: 0.4 } }, [{ code: 'mixDoesNotSumToOne', params: { mix: 'tierMix', sum: 1.1 } }]],
    ['a micro share contradicting the tier mix', { budget: usd(100), platformMix: mix, microShare: 0.6, tierMix: { micro: 0.7, macro: 0.3 } }, [
      { code: 'microShareMismatch', params: { microShare: 0.6, tierMixMicroShare: 0.7 } },
    ]],
    ['a micro share above 1', { budget: usd(100), platformMix: mix, microShare: 1.2 }, [{ code: 'invalidShare', params: { field: 'microShare' } }]],
    ['a pilot share of 1', { budget: usd(100), platformMix: mix, pilot: { share: 1 } }, [{ code: 'invalidShare', params: { field: 'pilot.share' } }]],
    ['a conversion rate above 1', { budget: usd(100), platformMix: mix, forecast: { conversionRate: 2 } }, [{ code: 'invalidForecastInput', params: { field: 'conversionRate' } }]],
    ['lines and mixes together', { budget: usd(100), platformMix: mix, lines: [{ tier: 'micro', platform: 'instagram', share: 1 }] }, [{ code: 'conflictingInputs', params: { field: 'lines' } }]],
    ['a zero rate', { budget: eur(100), platformMix: mix, rate: 0 }, [{ code: 'invalidRate', params: {} }]],
  ])('returns a validation error for %s', (_name, input, errors) => {
    expect(allocateBudget(ds, input)).toEqual({ ok: false, errors });
  });

  it('allows a zero budget and warns every line cannot afford anything', () => {
    const p = plan({ budget: usd(0), platformMix: mix });
    expect(p.lines.every((l) => l.budget.amount === 0)).toBe(true);
    expect(p.warnings.filter((w) => w.code === 'lineCannotAffordDeliverable')).toHaveLength(6);
  });

  it('follows an overridden default micro share', () => {
    expect(plan({ budget: usd(100_000), platformMix: mix }, withOverrides({ 'budget.microShareDefault': 0.7 })).lines[0]!.budget.amount).toBe(35_000);
  });
});

describe('a large plan', () => {
  // Speed is measured in bench/, never asserted as a time in a test.
  it('plans 40 line items with a pilot, every line accounted for and summing to the budget', () => {
    const lines: LineSpec[] = Array.from({ length: 40 }, (_, i) => ({
      tier: tiers[i % tiers.length]!,
      platform: platforms[i % platforms.length]!,
      share: 1 / 40,
    }));
    const input: AllocationInput = { budget: usd(12_345_678), lines, pilot: { share: 0.25 }, forecast: { conversionRate: 0.02, averageOrderValue: usd(4_500) } };
    const result = allocateBudget(ds, input);
    if (!result.ok) throw new Error('expected a plan');
    expect(result.lines).toHaveLength(40);
    expect(result.lines.reduce((sum, line) => sum + line.budget.amount, 0)).toBe(12_345_678);
  });
});

describe('what each platform buys', () => {
  const base = { budget: usd(10_000_00), microShare: 1, platformMix: { instagram: 0.5, tiktok: 0.5 } } as const;

  it('prices Instagram reels at 1.25× a post and TikTok stories at 0.5× a post, from the deliverable figures', () => {
    const posts = allocateBudget(ds, base);
    const mixed = allocateBudget(ds, { ...base, deliverables: { instagram: 'reel', tiktok: 'story' } });
    if (!posts.ok || !mixed.ok) throw new Error('expected plans');
    const price = (plan: typeof posts, platform: string) => {
      const line = plan.lines.find((l) => l.platform === platform)!;
      if (!line.price.available) throw new Error('no price');
      return [line.deliverable, line.price.low.amount, line.price.high.amount];
    };
    expect(price(posts, 'instagram')).toEqual(['post', 10_000, 100_000]);
    expect(price(mixed, 'instagram')).toEqual(['reel', 12_500, 125_000]);
    expect(price(mixed, 'tiktok')).toEqual(['story', 2_500, 40_000]);
  });

  it('refuses a deliverable the platform does not have', () => {
    expect(allocateBudget(ds, { ...base, deliverables: { tiktok: 'video' } })).toEqual({
      ok: false,
      errors: [{ code: 'deliverableNotOnPlatform', params: { platform: 'tiktok', deliverable: 'video' } }],
    });
  });
});
