import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { allocateBudget, type AllocationInput, type AllocationResult } from '../calc/allocation';
import type { PlanInputs } from './plan-inputs';

/**
 * A plan's figures: the same function runs in the window (live what-if) and in the backend
 * (what is saved), so the screen, the database and the printed PDF agree to the cent.
 * `rate` is the user's units of plan currency per 1 unit of the benchmarks' currency.
 */
export function planAllocationInput(inputs: PlanInputs, rate: number | null): AllocationInput {
  return {
    budget: inputs.budget,
    microShare: inputs.microShare,
    platformMix: inputs.platformMix,
    ...(inputs.pilot ? { pilot: { share: inputs.pilot.share } } : {}),
    ...(rate !== null ? { rate } : {}),
    forecast: {
      ...(inputs.assumptions.ctr ? { ctr: inputs.assumptions.ctr } : {}),
      conversionRate: inputs.assumptions.conversionRate,
      averageOrderValue: { amount: inputs.assumptions.averageOrderValue, currency: inputs.budget.currency },
    },
  };
}

export function computePlan(dataSet: BenchmarkDataSet, inputs: PlanInputs, rate: number | null): AllocationResult {
  return allocateBudget(dataSet, planAllocationInput(inputs, inputs.budget.currency === dataSet.currency ? null : rate));
}
