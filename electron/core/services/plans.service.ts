import type { Plan, PlanSummary } from '@shared/api/plans.contract';
import type { ApiErrorIssue } from '@shared/api/contract';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { AllocationPlan } from '@shared/calc/allocation';
import { computePlan } from '@shared/plans/plan-allocation';
import { planInputsSchema, type PlanInputs } from '@shared/plans/plan-inputs';
import type { Db } from '../db/database';
import type { BudgetPlanRow } from '../db/schema';
import { deletePlanRow, findPlan, insertPlan, listPlanInputs, listPlanRows, updatePlanRow } from '../repos/plans.repo';
import { findSettings } from '../repos/settings.repo';
import { DomainError } from './domain-error';
import { loadEffectiveBenchmarks } from './effective-benchmarks';

/** Where an allocation error points in the plan form. */
const errorField: Record<string, string> = {
  invalidBudget: 'budget.amount',
  mixDoesNotSumToOne: 'platformMix',
  emptyMix: 'platformMix',
  rateRequired: 'budget.currency',
  invalidRate: 'budget.currency',
  invalidForecastInput: 'assumptions',
};

function summaryOf(row: Omit<BudgetPlanRow, 'inputs_json' | 'results_json'>): PlanSummary {
  return {
    id: row.id,
    name: row.name,
    client: row.client,
    date: row.plan_date,
    budget: { amount: row.budget_amount, currency: row.currency },
    expectedRevenue: row.expected_revenue,
    expectedRoas: row.expected_roas,
    archived: row.archived === 1,
    updatedAt: row.updated_at,
  };
}

function toPlan(row: BudgetPlanRow): Plan {
  return { ...summaryOf(row), inputs: planInputsSchema.parse(JSON.parse(row.inputs_json)), benchmarkVersion: row.benchmark_version, createdAt: row.created_at };
}

/** Budget plans: inputs and the figures computed from them are saved together, in one transaction. */
export function createPlansService(db: Db, now: () => Date = () => new Date()) {
  /** Computes the plan as the window does and refuses what cannot be planned, with the field to fix. */
  async function compute(trx: Db, inputs: PlanInputs): Promise<{ plan: AllocationPlan; version: string }> {
    const settings = await findSettings(trx);
    if (settings && inputs.budget.currency !== settings.currency) {
      const message = `This workspace plans in ${settings.currency}; the plan is in ${inputs.budget.currency}`;
      throw new DomainError('invalid_input', message, [{ field: 'budget.currency', rule: 'planCurrency', params: { workspace: settings.currency, plan: inputs.budget.currency }, message }]);
    }
    const dataSet = await loadEffectiveBenchmarks(trx);
    const result = computePlan(dataSet, inputs, settings?.benchmark_exchange_rate ?? null);
    if (!result.ok) {
      const issues: ApiErrorIssue[] = result.errors.map((e) => ({
        field: errorField[e.code] ?? '',
        rule: `plan.${e.code}`,
        params: Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v])),
        message: e.code === 'rateRequired' ? `Enter the exchange rate from ${e.params['from']} to ${e.params['to']} in Settings first` : `The plan cannot be computed: ${e.code}`,
      }));
      throw new DomainError('invalid_input', issues[0]!.message, issues);
    }
    return { plan: result, version: dataSet.version };
  }

  function rowValues(inputs: PlanInputs, computed: { plan: AllocationPlan; version: string }, stamp: string) {
    return {
      name: inputs.name,
      client: inputs.client,
      plan_date: inputs.date,
      currency: inputs.budget.currency,
      budget_amount: inputs.budget.amount,
      inputs_json: JSON.stringify(inputs),
      ...figureValues(computed),
      updated_at: stamp,
    };
  }

  /** The figures stored beside the inputs: what the list shows and sorts by. */
  function figureValues(computed: { plan: AllocationPlan; version: string }) {
    return {
      results_json: JSON.stringify(computed.plan),
      benchmark_version: computed.version,
      expected_revenue: computed.plan.totals.revenue.computable ? computed.plan.totals.revenue.expected.amount : null,
      expected_roas: computed.plan.totals.roas.computable ? computed.plan.totals.roas.expected : null,
    };
  }

  /**
   * Every plan's stored figures, computed again with the benchmarks and exchange rate now in
   * effect, as the editor, the comparison and the printout compute them: the list showed the
   * figures of the day each plan was saved. A plan that can no longer be computed (its currency
   * is no longer the workspace's, or a rate is missing) keeps its inputs and shows no figures.
   * Not a change by the user: `updated_at` stays.
   */
  async function refreshFigures(trx: Db, dataSet: BenchmarkDataSet): Promise<void> {
    const settings = await findSettings(trx);
    for (const row of await listPlanInputs(trx)) {
      // A plan whose stored inputs no longer read shows no figures; it must not block a change of benchmarks or rates.
      const read = planInputsSchema.safeParse(JSON.parse(row.inputs_json));
      const inputs = read.success ? read.data : null;
      const result = !inputs || (settings && inputs.budget.currency !== settings.currency) ? null : computePlan(dataSet, inputs, settings?.benchmark_exchange_rate ?? null);
      if (result?.ok) await updatePlanRow(trx, row.id, figureValues({ plan: result, version: dataSet.version }));
      else await updatePlanRow(trx, row.id, { expected_revenue: null, expected_roas: null, benchmark_version: dataSet.version });
    }
  }

  async function get(trx: Db, id: number): Promise<Plan> {
    const row = await findPlan(trx, id);
    if (!row) throw new DomainError('not_found', `There is no plan ${id}`);
    return toPlan(row);
  }

  return {
    refreshFigures,

    list: async (query: { search?: string; includeArchived: boolean; sort: 'name' | 'client' | 'date' | 'budget' | 'updated' | 'roas'; direction: 'asc' | 'desc' }) =>
      (await listPlanRows(db, query)).map(summaryOf),

    get: (id: number) => get(db, id),

    create: (inputs: PlanInputs) =>
      db.transaction().execute(async (trx) => {
        const stamp = now().toISOString();
        const id = await insertPlan(trx, { ...rowValues(inputs, await compute(trx, inputs), stamp), created_at: stamp, archived: 0 });
        return get(trx, id);
      }),

    update: (id: number, inputs: PlanInputs) =>
      db.transaction().execute(async (trx) => {
        await get(trx, id);
        await updatePlanRow(trx, id, rowValues(inputs, await compute(trx, inputs), now().toISOString()));
        return get(trx, id);
      }),

    duplicate: (id: number, name?: string) =>
      db.transaction().execute(async (trx) => {
        const source = await get(trx, id);
        const inputs = { ...source.inputs, name: name ?? `${source.inputs.name} (copy)`.slice(0, 120) };
        const stamp = now().toISOString();
        const copy = await insertPlan(trx, { ...rowValues(inputs, await compute(trx, inputs), stamp), created_at: stamp, archived: 0 });
        return get(trx, copy);
      }),

    setArchived: (id: number, archived: boolean) =>
      db.transaction().execute(async (trx) => {
        await get(trx, id);
        await updatePlanRow(trx, id, { archived: archived ? 1 : 0, updated_at: now().toISOString() });
        return get(trx, id);
      }),

    remove: async (id: number) => ({ deleted: await deletePlanRow(db, id) }),
  };
}
export type PlansService = ReturnType<typeof createPlansService>;
