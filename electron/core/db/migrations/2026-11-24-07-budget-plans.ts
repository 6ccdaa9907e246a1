import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const budgetPlansMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('budget_plan')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('client', 'text', (c) => c.notNull())
      .addColumn('plan_date', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('budget_amount', 'integer', (c) => c.notNull())
      .addColumn('inputs_json', 'text', (c) => c.notNull())
      // The figures as computed when saved, and the benchmark data set version they came from.
      .addColumn('results_json', 'text', (c) => c.notNull())
      .addColumn('benchmark_version', 'text', (c) => c.notNull())
      .addColumn('expected_revenue', 'integer')
      .addColumn('expected_roas', 'real')
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('budget_plan_archived_updated').on('budget_plan').columns(['archived', 'updated_at']).execute();
  },
};
