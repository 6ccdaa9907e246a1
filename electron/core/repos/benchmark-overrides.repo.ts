import type { Kysely } from 'kysely';
import type { BenchmarkOverrideRow, Database, NewBenchmarkOverride } from '../db/schema';

type Executor = Kysely<Database>;

export async function listBenchmarkOverrides(db: Executor): Promise<BenchmarkOverrideRow[]> {
  return db.selectFrom('benchmark_override').selectAll().orderBy('figure_key').execute();
}

export async function upsertBenchmarkOverride(db: Executor, row: NewBenchmarkOverride): Promise<void> {
  await db
    .insertInto('benchmark_override')
    .values(row)
    .onConflict((oc) => oc.column('figure_key').doUpdateSet({ value_json: row.value_json, updated_at: row.updated_at }))
    .execute();
}

export async function deleteBenchmarkOverrides(db: Executor, figureKeys: readonly string[]): Promise<void> {
  if (figureKeys.length === 0) return;
  await db.deleteFrom('benchmark_override').where('figure_key', 'in', figureKeys).execute();
}

export async function deleteAllBenchmarkOverrides(db: Executor): Promise<void> {
  await db.deleteFrom('benchmark_override').execute();
}
