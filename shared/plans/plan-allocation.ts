import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { allocateBudget, type AllocationInput, type AllocationPlan, type AllocationResult } from '../calc/allocation';
import { platforms, tiers, type Platform, type Tier } from '../calc/tiers';
import type { PlanInputs } from './plan-inputs';

/**
 * A plan's figures: the same function runs in the window (live what-if) and in the backend
 * (what is saved), so the screen, the database and the printed PDF agree to the cent.
 * `rate` is the user's units of plan currency per 1 unit of the benchmarks' currency.
 */
/** The tier mix from the micro share and how each part is split; zero shares are left out. */
export function planTierMix(inputs: PlanInputs): Partial<Record<'nano' | 'micro' | 'mid' | 'macro', number>> {
  const { microShare, tierSplit } = inputs;
  const mix = {
    nano: microShare * tierSplit.nanoOfMicro,
    micro: microShare * (1 - tierSplit.nanoOfMicro),
    mid: (1 - microShare) * tierSplit.midOfRest,
    macro: (1 - microShare) * (1 - tierSplit.midOfRest),
  };
  return Object.fromEntries(Object.entries(mix).filter(([, v]) => v > 0));
}

export function planAllocationInput(inputs: PlanInputs, rate: number | null): AllocationInput {
  return {
    budget: inputs.budget,
    tierMix: planTierMix(inputs),
    platformMix: inputs.platformMix,
    deliverables: inputs.deliverables,
    ...(inputs.pilot ? { pilot: { share: inputs.pilot.share } } : {}),
    ...(rate !== null ? { rate } : {}),
    forecast: {
      ...(inputs.assumptions.ctr ? { ctr: inputs.assumptions.ctr } : {}),
      conversionRate: inputs.assumptions.conversionRate,
      averageOrderValue: { amount: inputs.assumptions.averageOrderValue, currency: inputs.budget.currency },
    },
  };
}

/**
 * The user's exchange rate is for the workspace currency only: a plan kept in another currency
 * (the workspace switched since) gets none, and then cannot be recomputed rather than be wrong.
 */
export function planRate(planCurrency: string, workspace: { currency: string; benchmarkExchangeRate: number | null }): number | null {
  return planCurrency === workspace.currency ? workspace.benchmarkExchangeRate : null;
}

export function computePlan(dataSet: BenchmarkDataSet, inputs: PlanInputs, rate: number | null): AllocationResult {
  return allocateBudget(dataSet, planAllocationInput(inputs, inputs.budget.currency === dataSet.currency ? null : rate));
}

/** The budget per tier or per platform (exact minor units), in tier or platform order, for the split charts. */
export function budgetSplit(plan: AllocationPlan, by: 'tier'): { key: Tier; amount: number }[];
export function budgetSplit(plan: AllocationPlan, by: 'platform'): { key: Platform; amount: number }[];
export function budgetSplit(plan: AllocationPlan, by: 'tier' | 'platform'): { key: Tier | Platform; amount: number }[] {
  const keys: readonly (Tier | Platform)[] = by === 'tier' ? tiers : platforms;
  return keys
    .filter((key) => plan.lines.some((line) => line[by] === key))
    .map((key) => ({ key, amount: plan.lines.filter((line) => line[by] === key).reduce((sum, line) => sum + line.budget.amount, 0) }));
}
