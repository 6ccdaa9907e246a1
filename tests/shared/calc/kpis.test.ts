import { describe, expect, it } from 'vitest';
import {
  computeKpis,
  conversionRate,
  costPerThousandReached,
  cpa,
  cpe,
  cpm,
  ctr,
  earnedMediaValue,
  frequency,
  judgeCtr,
  judgeRoas,
  ok,
  roas,
  roi,
} from '@shared/calc';
import { ds, eur, usd, withOverrides } from './helpers';

describe('KPI formulas', () => {
  it('computes CTR as clicks ÷ impressions', () => {
    expect(ctr(300, 10_000)).toEqual({ computable: true, value: 0.03, formula: 'kpi.ctr' });
  });

  it('computes CPM as cost ÷ impressions × 1,000, in whole cents', () => {
    expect(cpm(usd(50_000), 100_000)).toEqual({ computable: true, value: usd(500), formula: 'kpi.cpm' });
    expect(cpm(usd(1_000), 3)).toMatchObject({ value: usd(333_333) });
  });

  it('computes CPE, CPA and cost per 1,000 reached', () => {
    expect(cpe(usd(50_000), 2_500)).toEqual({ computable: true, value: usd(20), formula: 'kpi.cpe' });
    expect(cpa(usd(50_000), 40)).toEqual({ computable: true, value: usd(1_250), formula: 'kpi.cpa' });
    expect(costPerThousandReached(usd(50_000), 10_000)).toEqual({ computable: true, value: usd(5_000), formula: 'kpi.costPerThousandReached' });
  });

  it('computes ROAS as revenue ÷ cost and ROI as (revenue − cost) ÷ cost', () => {
    expect(roas(usd(150_000), usd(50_000))).toEqual({ computable: true, value: 3, formula: 'kpi.roas' });
    expect(roi(usd(150_000), usd(50_000))).toEqual({ computable: true, value: 2, formula: 'kpi.roi' });
    expect(roi(usd(25_000), usd(50_000))).toMatchObject({ value: -0.5 });
  });

  it('computes frequency as impressions ÷ reach and the conversion rate as conversions ÷ clicks', () => {
    expect(frequency(30_000, 10_000)).toEqual({ computable: true, value: 3, formula: 'kpi.frequency' });
    expect(conversionRate(30, 300)).toEqual({ computable: true, value: 0.1, formula: 'kpi.conversionRate' });
  });

  it.each([
    ['kpi.ctr', () => ctr(5, 0), 'zeroImpressions'],
    ['kpi.cpm', () => cpm(usd(100), 0), 'zeroImpressions'],
    ['kpi.cpe', () => cpe(usd(100), 0), 'zeroEngagements'],
    ['kpi.cpa', () => cpa(usd(100), 0), 'zeroConversions'],
    ['kpi.roas', () => roas(usd(100), usd(0)), 'zeroCost'],
    ['kpi.roi', () => roi(usd(100), usd(0)), 'zeroCost'],
    ['kpi.frequency', () => frequency(100, 0), 'zeroReach'],
    ['kpi.costPerThousandReached', () => costPerThousandReached(usd(100), 0), 'zeroReach'],
    ['kpi.conversionRate', () => conversionRate(1, 0), 'zeroClicks'],
  ])('says %s is not computable with a zero denominator', (formula, compute, reason) => {
    expect(compute()).toEqual({ computable: false, reason, formula });
  });

  it('refuses revenue and cost in different currencies', () => {
    expect(roas(eur(100), usd(100))).toEqual({ computable: false, reason: 'currencyMismatch', formula: 'kpi.roas' });
  });

  it('names missing inputs', () => {
    expect(cpm(undefined, 100)).toEqual({ computable: false, reason: 'missingData', formula: 'kpi.cpm', fields: ['cost'] });
    expect(roas(undefined, undefined)).toMatchObject({ fields: ['revenue', 'cost'] });
  });
});

describe('KPI benchmarks', () => {
  it.each([
    [0.01, 'below'],
    [0.02, 'within'],
    [0.035, 'within'],
    [0.05, 'within'],
    [0.06, 'above'],
  ])('judges a CTR of %d against the 2–5 %% average as %s', (value, verdict) => {
    expect(judgeCtr(ds, ok(value, 'kpi.ctr'))).toEqual({ available: true, verdict, benchmarkKey: 'kpi.ctr', low: 0.02, high: 0.05 });
  });

  it.each([
    [3, 'meetsTarget'],
    [4.2, 'meetsTarget'],
    [2.99, 'belowTarget'],
  ])('judges a ROAS of %d against the 3:1 target as %s', (value, verdict) => {
    expect(judgeRoas(ds, ok(value, 'kpi.roas'))).toEqual({ available: true, verdict, benchmarkKey: 'kpi.roasTarget', low: 3, high: null });
  });

  it('follows an overridden ROAS target', () => {
    expect(judgeRoas(withOverrides({ 'kpi.roasTarget': 4 }), ok(3.5, 'kpi.roas'))).toMatchObject({ verdict: 'belowTarget', low: 4 });
  });
});

describe('earned media value', () => {
  it('estimates EMV at $5 per 1,000 impressions plus $0.10 per engagement, labelled an estimate', () => {
    expect(earnedMediaValue(ds, { impressions: 100_000, engagements: 2_500 })).toEqual({
      computable: true,
      formula: 'kpi.emv',
      value: { amount: 75_000, currency: 'USD', conversion: null },
      estimate: true,
      benchmarkKeys: ['kpi.emvPer1kImpressions', 'kpi.emvPerEngagement'],
    });
  });

  it('rounds to the cent and converts when asked', () => {
    expect(earnedMediaValue(ds, { impressions: 1_001, engagements: 0 })).toMatchObject({ value: { amount: 501 } });
    expect(earnedMediaValue(ds, { impressions: 100_000, engagements: 2_500 }, { currency: 'EUR', rate: 0.9 })).toMatchObject({
      value: { amount: 67_500, currency: 'EUR', conversion: { rate: 0.9, originalAmount: 75_000 } },
    });
  });

  it('follows overridden EMV rates', () => {
    expect(earnedMediaValue(withOverrides({ 'kpi.emvPer1kImpressions': 800 }), { impressions: 100_000, engagements: 0 })).toMatchObject({
      value: { amount: 80_000 },
    });
  });
});

describe('computeKpis', () => {
  it('computes every KPI at once and warns when impressions are below reach', () => {
    const report = computeKpis(ds, {
      cost: usd(50_000),
      revenue: usd(180_000),
      impressions: 8_000,
      reach: 10_000,
      clicks: 240,
      engagements: 900,
      conversions: 12,
    });
    expect(report.ctr).toEqual({
      result: { computable: true, value: 0.03, formula: 'kpi.ctr' },
      judgement: { available: true, verdict: 'within', benchmarkKey: 'kpi.ctr', low: 0.02, high: 0.05 },
    });
    expect(report.roas.judgement).toMatchObject({ verdict: 'meetsTarget' });
    expect(report.cpa).toMatchObject({ value: usd(4_167) });
    expect(report.warnings).toEqual([{ code: 'impressionsBelowReach', params: { impressions: 8_000, reach: 10_000 } }]);
  });
});
