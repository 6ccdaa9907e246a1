import { describe, expect, it } from 'vitest';
import type { Plan, PlanSummary } from '@shared/api/plans.contract';
import { allocateBudget } from '@shared/calc/allocation';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { defaultPlanInputs, type PlanInputs } from '@shared/plans/plan-inputs';
import type { Backend } from '../../electron/core/backend';
import { useBackend } from '../support/backend';

function inputs(overrides: Partial<PlanInputs> = {}): PlanInputs {
  return { ...defaultPlanInputs('USD', '2026-03-01', 0.65), name: 'Spring launch', client: 'Bakkerij Bol', ...overrides };
}

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data as T;
}

async function usdWorkspace(open: () => Promise<Backend>): Promise<Backend> {
  const backend = await open();
  await ok(backend.handle('settings:update', { currency: 'USD' }));
  return backend;
}

describe('budget plans over the contract', () => {
  const openBackend = useBackend();

  it('saves the inputs with figures that match the calculation core to the cent', async () => {
    const backend = await usdWorkspace(openBackend);
    const saved = await ok<Plan>(backend.handle('plans:create', inputs()));
    const core = allocateBudget(defaultBenchmarks, {
      budget: { amount: 1_500_000, currency: 'USD' },
      microShare: 0.65,
      platformMix: { instagram: 0.5, tiktok: 0.5, youtube: 0 },
      forecast: { conversionRate: 0.02, averageOrderValue: { amount: 5000, currency: 'USD' } },
    });
    if (!core.ok || !core.totals.revenue.computable || !core.totals.roas.computable) throw new Error('core');
    expect(saved).toMatchObject({ name: 'Spring launch', client: 'Bakkerij Bol', budget: { amount: 1_500_000, currency: 'USD' }, benchmarkVersion: defaultBenchmarks.version });
    expect(saved.expectedRevenue).toBe(core.totals.revenue.expected.amount);
    expect(saved.expectedRoas).toBe(core.totals.roas.expected);
    expect(saved.inputs).toEqual(inputs());
  });

  it('converts at the workspace’s exchange rate, and asks for one when it is missing', async () => {
    const backend = await openBackend();
    const eur = inputs({ budget: { amount: 1_500_000, currency: 'EUR' } });
    const missing = await backend.handle('plans:create', eur);
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'budget.currency', issues: [{ rule: 'plan.rateRequired' }] } });
    await ok(backend.handle('settings:update', { benchmarkExchangeRate: 0.92 }));
    expect(await ok<Plan>(backend.handle('plans:create', eur))).toMatchObject({ budget: { currency: 'EUR' } });
  });

  it.each([
    ['a negative budget', { budget: { amount: -100, currency: 'USD' } }, 'budget.amount', 'more than 0'],
    ['a budget of 0', { budget: { amount: 0, currency: 'USD' } }, 'budget.amount', 'more than 0'],
    ['shares that do not add up to 100 %', { platformMix: { instagram: 0.5, tiktok: 0.3, youtube: 0 } }, 'platformMix', 'add up to 100 %'],
    ['a CTR of 150 %', { assumptions: { ctr: { low: 0.02, high: 1.5 }, conversionRate: 0.02, averageOrderValue: 5000 } }, 'assumptions.ctr.high', 'above 100 %'],
    ['a conversion rate above 100 %', { assumptions: { ctr: null, conversionRate: 2, averageOrderValue: 5000 } }, 'assumptions.conversionRate', 'above 100 %'],
    ['a plan without a name', { name: '  ' }, 'name', 'needs a name'],
    ['a pilot of the whole budget', { pilot: { share: 1, weeks: 4 } }, 'pilot.share', 'whole budget'],
    ['a video on TikTok', { deliverables: { instagram: 'post', tiktok: 'video', youtube: 'video' } }, 'deliverables', 'does not exist on this platform'],
  ])('refuses %s with the field and saves nothing', async (_what, change, field, message) => {
    const backend = await usdWorkspace(openBackend);
    const result = await backend.handle('plans:create', inputs(change as Partial<PlanInputs>));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    if (!result.ok) expect(result.error.message).toContain(message);
    expect(await ok<PlanSummary[]>(backend.handle('plans:list', {}))).toEqual([]);
  });

  it('lists each plan with the figures the benchmarks and exchange rate now in effect give, as the editor shows them', async () => {
    const backend = await openBackend();
    await ok(backend.handle('settings:update', { benchmarkExchangeRate: 0.92 }));
    const saved = await ok<Plan>(backend.handle('plans:create', inputs({ budget: { amount: 1_500_000, currency: 'EUR' } })));
    const listed = async () => (await ok<PlanSummary[]>(backend.handle('plans:list', { includeArchived: false, sort: 'roas', direction: 'desc' })))[0]!;
    expect(await listed()).toMatchObject({ expectedRoas: saved.expectedRoas, updatedAt: saved.updatedAt });

    // A higher CTR benchmark: more clicks, more revenue, in the list as in a plan saved now.
    await ok(backend.handle('benchmarks:override', { values: { 'kpi.ctr': { low: 0.04, high: 0.08 } } }));
    const afterOverride = await listed();
    const savedNow = await ok<Plan>(backend.handle('plans:create', inputs({ name: 'Same, saved now', budget: { amount: 1_500_000, currency: 'EUR' } })));
    expect(afterOverride.expectedRoas).toBeGreaterThan(saved.expectedRoas!);
    expect(afterOverride).toMatchObject({ expectedRoas: savedNow.expectedRoas, expectedRevenue: savedNow.expectedRevenue, updatedAt: saved.updatedAt });

    // A new rate: the dollar benchmarks cost more euros, the same budget buys less.
    await ok(backend.handle('settings:update', { benchmarkExchangeRate: 1.1 }));
    const atNewRate = (await ok<PlanSummary[]>(backend.handle('plans:list', { includeArchived: false, sort: 'name', direction: 'asc' }))).find((p) => p.id === saved.id)!;
    expect(atNewRate.expectedRevenue).toBeLessThan(afterOverride.expectedRevenue!);

    // Another workspace currency: the euro plan can no longer be computed, and shows no figures.
    await ok(backend.handle('settings:update', { currency: 'USD' }));
    expect((await ok<PlanSummary[]>(backend.handle('plans:list', { includeArchived: false, sort: 'name', direction: 'asc' }))).map((p) => [p.expectedRevenue, p.expectedRoas])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('refuses a currency the workspace does not plan in', async () => {
    const backend = await usdWorkspace(openBackend);
    const result = await backend.handle('plans:create', inputs({ budget: { amount: 100_000, currency: 'GBP' } }));
    expect(result).toMatchObject({ ok: false, error: { field: 'budget.currency', issues: [{ rule: 'planCurrency', params: { workspace: 'USD', plan: 'GBP' } }] } });
  });

  it('updates, duplicates, archives, lists with search and sort, and deletes', async () => {
    const backend = await usdWorkspace(openBackend);
    const a = await ok<Plan>(backend.handle('plans:create', inputs({ name: 'Alpha' })));
    await ok(backend.handle('plans:update', { id: a.id, inputs: inputs({ name: 'Alpha', budget: { amount: 2_000_000, currency: 'USD' } }) }));
    const copy = await ok<Plan>(backend.handle('plans:duplicate', { id: a.id }));
    expect(copy).toMatchObject({ name: 'Alpha (copy)', budget: { amount: 2_000_000 } });
    await ok(backend.handle('plans:create', inputs({ name: 'Beta', client: 'Other client' })));
    const byBudget = await ok<PlanSummary[]>(backend.handle('plans:list', { sort: 'budget', direction: 'asc' }));
    expect(byBudget.map((p) => p.name)).toEqual(['Beta', 'Alpha (copy)', 'Alpha']);
    expect((await ok<PlanSummary[]>(backend.handle('plans:list', { search: 'other' }))).map((p) => p.name)).toEqual(['Beta']);
    await ok(backend.handle('plans:setArchived', { id: a.id, archived: true }));
    expect((await ok<PlanSummary[]>(backend.handle('plans:list', {}))).map((p) => p.name)).not.toContain('Alpha');
    expect((await ok<PlanSummary[]>(backend.handle('plans:list', { includeArchived: true }))).map((p) => p.name)).toContain('Alpha');
    expect(await ok(backend.handle('plans:delete', { id: a.id }))).toEqual({ deleted: true });
    expect(await backend.handle('plans:get', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('the tier split of a plan', () => {
  const openBackend = useBackend();

  it('spreads the micro share over nano and micro and the rest over mid and macro: twelve lines summing to the budget', async () => {
    const backend = await usdWorkspace(openBackend);
    const plan = inputs({
      budget: { amount: 12_345_678, currency: 'USD' },
      tierSplit: { nanoOfMicro: 0.2, midOfRest: 0.5 },
      platformMix: { instagram: 0.4, tiktok: 0.4, youtube: 0.2 },
    });
    const { computePlan } = await import('@shared/plans/plan-allocation');
    const result = computePlan(defaultBenchmarks, plan, null);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.lines).toHaveLength(12);
    expect(result.lines.reduce((s, l) => s + l.budget.amount, 0)).toBe(12_345_678);
    const byTier = (tier: string) => result.lines.filter((l) => l.tier === tier).reduce((s, l) => s + l.share, 0);
    expect(byTier('nano')).toBeCloseTo(0.13, 12);
    expect(byTier('micro')).toBeCloseTo(0.52, 12);
    expect(byTier('mid')).toBeCloseTo(0.175, 12);
    expect(byTier('macro')).toBeCloseTo(0.175, 12);
    expect(result.microShare.value).toBeCloseTo(0.65, 12);
    const saved = await ok<Plan>(backend.handle('plans:create', plan));
    expect(saved.expectedRevenue).toBe(result.totals.revenue.computable ? result.totals.revenue.expected.amount : null);
  });
});
