import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const exchangeRateMigration: Migration = {
  async up(db: Kysely<any>) {
    // Units of the workspace currency per 1 unit of the benchmarks' currency (USD); null = not set.
    await db.schema.alterTable('settings').addColumn('benchmark_exchange_rate', 'real').execute();
  },
};
