import type { Kysely } from 'kysely';
import type { BudgetPlanRow, Database, NewBudgetPlanRow } from '../db/schema';

type Executor = Kysely<Database>;

export async function insertPlan(db: Executor, row: NewBudgetPlanRow): Promise<number> {
  return (await db.insertInto('budget_plan').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePlanRow(db: Executor, id: number, changes: Partial<NewBudgetPlanRow>): Promise<void> {
  await db.updateTable('budget_plan').set(changes).where('id', '=', id).execute();
}

export async function findPlan(db: Executor, id: number): Promise<BudgetPlanRow | undefined> {
  return db.selectFrom('budget_plan').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deletePlanRow(db: Executor, id: number): Promise<boolean> {
  return Number((await db.deleteFrom('budget_plan').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
}

const sortColumns = { name: 'name', client: 'client', date: 'plan_date', budget: 'budget_amount', updated: 'updated_at', roas: 'expected_roas' } as const;

export async function listPlanRows(
  db: Executor,
  query: { search?: string; includeArchived: boolean; sort: keyof typeof sortColumns; direction: 'asc' | 'desc' },
): Promise<Omit<BudgetPlanRow, 'inputs_json' | 'results_json'>[]> {
  let q = db
    .selectFrom('budget_plan')
    .select(['id', 'name', 'client', 'plan_date', 'currency', 'budget_amount', 'benchmark_version', 'expected_revenue', 'expected_roas', 'archived', 'created_at', 'updated_at']);
  if (!query.includeArchived) q = q.where('archived', '=', 0);
  if (query.search) {
    const pattern = `%${query.search.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', pattern), eb(eb.fn('lower', ['client']), 'like', pattern)]));
  }
  return q.orderBy(sortColumns[query.sort], query.direction).orderBy('id', 'desc').execute();
}

/** Every plan's id and inputs, to bring their stored figures up to date. */
export async function listPlanInputs(db: Executor): Promise<Pick<BudgetPlanRow, 'id' | 'inputs_json'>[]> {
  return db.selectFrom('budget_plan').select(['id', 'inputs_json']).orderBy('id').execute();
}

/** Whether any plan's stored figures were computed with another benchmark data set version than `version`. */
export async function plansComputedWithOtherBenchmarks(db: Executor, version: string): Promise<boolean> {
  const row = await db.selectFrom('budget_plan').select('id').where('benchmark_version', '!=', version).limit(1).executeTakeFirst();
  return row !== undefined;
}
