import { describe, expect, it } from 'vitest';
import type { BenchmarksView } from '@shared/api';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { useBackend } from '../support/backend';

function figure(view: unknown, key: string) {
  return (view as BenchmarksView).figures.find((f) => f.key === key)!;
}

describe('benchmarks over the contract', () => {
  const openBackend = useBackend();

  it('lists every shipped figure with its source and year, none overridden', async () => {
    const backend = await openBackend();
    const result = await backend.handle('benchmarks:get', undefined);
    if (!result.ok) throw new Error(result.error.message);
    const view = result.data as BenchmarksView;
    expect(view.version).toBe(defaultBenchmarks.version);
    expect(view.figures).toHaveLength(defaultBenchmarks.figures.length);
    expect(view.overrideCount).toBe(0);
    expect(figure(view, 'engagement.tiktok.micro')).toMatchObject({ value: 0.18, defaultValue: 0.18, overridden: false, source: 'overview', year: 2025 });
  });

  it('stores an override beside the default and marks it', async () => {
    const backend = await openBackend();
    const result = await backend.handle('benchmarks:override', { values: { 'engagement.instagram.micro': 0.05 } });
    expect(result.ok).toBe(true);
    const view = (await backend.handle('benchmarks:get', undefined)) as { data: BenchmarksView };
    expect(figure(view.data, 'engagement.instagram.micro')).toMatchObject({ value: 0.05, defaultValue: 0.06, overridden: true });
    expect(view.data.overrideCount).toBe(1);
  });

  it.each([
    ['a negative rate', { 'pricing.per1kFollowers': { low: -100, high: 2000 } }, 'pricing.per1kFollowers.low', 'tooSmall'],
    ['a range with low above high', { 'pricing.tiktok.micro': { low: 90000, high: 80000 } }, 'pricing.tiktok.micro', 'lowAboveHigh'],
    ['a fraction above 100 %', { 'kpi.ctr': { low: 0.02, high: 1.5 } }, 'kpi.ctr.high', 'tooLarge'],
    ['fractional followers', { 'tiers.tiktok.micro.min': 10000.5 }, 'tiers.tiktok.micro.min', 'notWhole'],
    ['a number where a range belongs', { 'kpi.ctr': 0.03 }, 'kpi.ctr', 'rangeExpected'],
    ['an unknown figure', { 'kpi.magic': 1 }, 'kpi.magic', 'unknownFigure'],
    ['a tier threshold that overlaps the next tier', { 'tiers.instagram.micro.min': 60000 }, 'tiers.instagram.micro.min', 'tierOrder'],
  ])('refuses %s, names the figure, and changes nothing', async (_what, values, field, rule) => {
    const backend = await openBackend();
    await backend.handle('benchmarks:override', { values: { 'kpi.roasTarget': 4 } });
    const before = await backend.handle('benchmarks:get', undefined);
    const result = await backend.handle('benchmarks:override', { values });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.field).toBe(field);
    expect(result.error.issues?.[0]?.rule).toBe(rule);
    expect(await backend.handle('benchmarks:get', undefined)).toEqual(before);
  });

  it('saves several figures together or none of them', async () => {
    const backend = await openBackend();
    const result = await backend.handle('benchmarks:override', { values: { 'kpi.roasTarget': 4, 'kpi.ctr': { low: 0.5, high: 0.1 } } });
    expect(result.ok).toBe(false);
    expect(((await backend.handle('benchmarks:get', undefined)) as { data: BenchmarksView }).data.overrideCount).toBe(0);
  });

  it('accepts moving two tier bounds together when the result has no overlap', async () => {
    const backend = await openBackend();
    const result = await backend.handle('benchmarks:override', { values: { 'tiers.instagram.micro.min': 60000, 'tiers.instagram.mid.min': 120000 } });
    expect(result.ok).toBe(true);
  });

  it('resets one figure, then all of them, back to the defaults', async () => {
    const backend = await openBackend();
    await backend.handle('benchmarks:override', { values: { 'kpi.roasTarget': 4, 'engagement.tiktok.micro': 0.2 } });
    const one = (await backend.handle('benchmarks:reset', { keys: ['kpi.roasTarget'] })) as { data: BenchmarksView };
    expect(figure(one.data, 'kpi.roasTarget')).toMatchObject({ value: 3, overridden: false });
    expect(figure(one.data, 'engagement.tiktok.micro')).toMatchObject({ value: 0.2, overridden: true });
    const all = (await backend.handle('benchmarks:reset', { all: true })) as { data: BenchmarksView };
    expect(all.data.overrideCount).toBe(0);
    expect(figure(all.data, 'engagement.tiktok.micro').value).toBe(0.18);
  });

  it('refuses a reset that would leave tiers overlapping', async () => {
    const backend = await openBackend();
    await backend.handle('benchmarks:override', { values: { 'tiers.instagram.micro.min': 60000, 'tiers.instagram.mid.min': 120000 } });
    const result = await backend.handle('benchmarks:reset', { keys: ['tiers.instagram.mid.min'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ rule: 'resetLeavesConflict' }] } });
    expect(figure(((await backend.handle('benchmarks:get', undefined)) as { data: BenchmarksView }).data, 'tiers.instagram.mid.min').value).toBe(120000);
  });

  it.each([[{}], [{ values: {} }], [{ values: { 'kpi.ctr': 'high' } }], [{ keys: [] }], [{ all: false }]])('refuses the malformed request %j', async (input) => {
    const backend = await openBackend();
    const channel = 'values' in input ? 'benchmarks:override' : Object.keys(input).length === 0 ? 'benchmarks:override' : 'benchmarks:reset';
    expect(await backend.handle(channel, input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('keeps overrides across a restart', async () => {
    const backend = await openBackend();
    await backend.handle('benchmarks:override', { values: { 'kpi.roasTarget': 5 } });
    await backend.close();
    const { openBackend: reopen } = await import('../../electron/core/backend');
    const again = await reopen(backend.dataDir, { mode: 'browser', version: 'test' });
    expect(figure(((await again.handle('benchmarks:get', undefined)) as { data: BenchmarksView }).data, 'kpi.roasTarget')).toMatchObject({ value: 5, overridden: true });
    await again.close();
  });
});

describe('overrides a newer data set no longer knows', () => {
  const openBackend = useBackend();

  it('do not block resetting other figures', async () => {
    const backend = await openBackend();
    await backend.handle('benchmarks:override', { values: { 'kpi.roasTarget': 4 } });
    // A figure removed by a later data set, as an older version of the app stored it.
    const { openAndMigrate } = await import('../../electron/core/db/migrate');
    await backend.close();
    const raw = await openAndMigrate(backend.file);
    await raw.db.insertInto('benchmark_override').values({ figure_key: 'kpi.retiredFigure', value_json: '7', updated_at: 'x' }).execute();
    await raw.db.destroy();
    const { openBackend: reopen } = await import('../../electron/core/backend');
    const again = await reopen(backend.dataDir, { mode: 'browser', version: 'test' });
    expect(await again.handle('benchmarks:reset', { keys: ['kpi.roasTarget'] })).toMatchObject({ ok: true, data: { overrideCount: 0 } });
    await again.close();
  });
});
