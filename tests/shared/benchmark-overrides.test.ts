import { describe, expect, it } from 'vitest';
import { applyOverrides, effectiveDataSet, validateOverrides } from '@shared/benchmarks/benchmark-overrides';
import { benchmarkDataSetSchema, type BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';

describe('the shipped benchmark data set', () => {
  it('is valid, dated, and in USD', () => {
    expect(benchmarkDataSetSchema.safeParse(defaultBenchmarks).success).toBe(true);
    expect(defaultBenchmarks.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(defaultBenchmarks.currency).toBe('USD');
  });

  it('gives every figure a known source and a year', () => {
    for (const figure of defaultBenchmarks.figures) {
      expect(defaultBenchmarks.sources[figure.source], figure.key).toBeDefined();
      expect(figure.year).toBeGreaterThanOrEqual(2024);
    }
  });

  it('has unique keys', () => {
    const keys = defaultBenchmarks.figures.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('passes its own validation (ranges ordered, tiers rising)', () => {
    const all = Object.fromEntries(defaultBenchmarks.figures.map((f) => [f.key, f.value]));
    expect(validateOverrides(defaultBenchmarks, {}, all)).toEqual([]);
  });

  it.each([
    ['engagement.instagram.micro', 0.06],
    ['engagement.tiktok.micro', 0.18],
    ['engagement.instagram.under100k', 0.0365],
    ['engagement.tiktok.under100k', 0.075],
    ['engagement.instagram.mega', 0.0177],
    ['engagement.tiktok.mega', 0.0288],
    ['tiers.instagram.micro.min', 5000],
    ['tiers.instagram.mid.min', 50000],
    ['tiers.tiktok.micro.min', 10000],
    ['kpi.roasTarget', 3],
    ['budget.microShareDefault', 0.65],
  ])('ships %s = %s from the domain reference', (key, value) => {
    expect(defaultBenchmarks.figures.find((f) => f.key === key)?.value).toBe(value);
  });

  it.each([
    ['pricing.per1kFollowers', 1000, 2000],
    ['pricing.instagram.micro', 10000, 100000],
    ['pricing.tiktok.micro', 5000, 80000],
    ['pricing.youtube.micro', 20000, 500000],
    ['pricing.instagram.macro', 500000, 2500000],
    ['pricing.tiktok.macro', 300000, 1500000],
    ['pricing.youtube.macro', 1000000, 5000000],
    ['kpi.ctr', 0.02, 0.05],
    ['budget.microShare', 0.6, 0.7],
  ])('ships the range %s = %s–%s (money in US cents)', (key, low, high) => {
    expect(defaultBenchmarks.figures.find((f) => f.key === key)?.value).toEqual({ low, high });
  });
});

describe('overrides as a layer over the defaults', () => {
  it('replaces only the overridden figure and keeps the default beside it', () => {
    const figures = applyOverrides(defaultBenchmarks, { 'kpi.roasTarget': 4 });
    expect(figures.find((f) => f.key === 'kpi.roasTarget')).toMatchObject({ value: 4, defaultValue: 3, overridden: true });
    expect(figures.filter((f) => f.overridden)).toHaveLength(1);
  });

  it('ignores a stored override whose shape no longer matches the figure (a newer data set changed it)', () => {
    const figures = applyOverrides(defaultBenchmarks, { 'kpi.ctr': 0.03 });
    expect(figures.find((f) => f.key === 'kpi.ctr')).toMatchObject({ value: { low: 0.02, high: 0.05 }, overridden: false });
  });

  it('keeps the user’s value when a newer data set changes the default', () => {
    const newer: BenchmarkDataSet = {
      ...defaultBenchmarks,
      version: '2026.1',
      figures: defaultBenchmarks.figures.map((f) => (f.key === 'kpi.roasTarget' ? { ...f, value: 2.5, year: 2026 } : f)),
    };
    const figure = applyOverrides(newer, { 'kpi.roasTarget': 4 }).find((f) => f.key === 'kpi.roasTarget');
    expect(figure).toMatchObject({ value: 4, defaultValue: 2.5, overridden: true, year: 2026 });
  });

  it('gives the calculation core a plain data set with the overrides applied', () => {
    const data = effectiveDataSet(defaultBenchmarks, { 'engagement.tiktok.micro': 0.2 });
    expect(data.figures.find((f) => f.key === 'engagement.tiktok.micro')).toEqual({
      key: 'engagement.tiktok.micro',
      group: 'engagement',
      unit: 'fraction',
      value: 0.2,
      source: 'overview',
      year: 2025,
      note: 'About 3× Instagram micro',
    });
  });

  it('checks thresholds against stored overrides too, so two separate edits cannot create an overlap', () => {
    const stored = { 'tiers.tiktok.mid.min': 20000 };
    expect(validateOverrides(defaultBenchmarks, stored, { 'tiers.tiktok.micro.min': 25000 })).toMatchObject([
      { field: 'tiers.tiktok.micro.min', rule: 'tierOrder' },
    ]);
  });
});
