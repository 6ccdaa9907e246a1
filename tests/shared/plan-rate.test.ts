import { describe, expect, it } from 'vitest';
import { planRate } from '@shared/plans/plan-allocation';

describe('the exchange rate a plan is computed with', () => {
  it('is the workspace rate for a plan in the workspace currency', () => {
    expect(planRate('EUR', { currency: 'EUR', benchmarkExchangeRate: 0.92 })).toBe(0.92);
  });
  it('is none for a plan kept in another currency, so it is not computed with the wrong rate', () => {
    expect(planRate('EUR', { currency: 'GBP', benchmarkExchangeRate: 0.79 })).toBeNull();
  });
});

describe('the budget split a plan charts', () => {
  it('sums the line budgets per tier and per platform, exactly, in tier and platform order', async () => {
    const { budgetSplit, computePlan } = await import('@shared/plans/plan-allocation');
    const { defaultBenchmarks } = await import('@shared/benchmarks/default-benchmarks');
    const { defaultPlanInputs } = await import('@shared/plans/plan-inputs');
    const plan = computePlan(defaultBenchmarks, { ...defaultPlanInputs('USD', '2026-01-01', 0.65), budget: { amount: 1_000_001, currency: 'USD' } }, null);
    if (!plan.ok) throw new Error('expected a plan');
    expect(budgetSplit(plan, 'tier')).toEqual([
      { key: 'micro', amount: 650_001 },
      { key: 'macro', amount: 350_000 },
    ]);
    expect(budgetSplit(plan, 'platform').reduce((s, p) => s + p.amount, 0)).toBe(1_000_001);
    expect(budgetSplit(plan, 'platform').map((p) => p.key)).toEqual(['instagram', 'tiktok']);
  });
});
