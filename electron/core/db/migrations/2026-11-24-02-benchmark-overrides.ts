import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const benchmarkOverridesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('benchmark_override')
      .addColumn('figure_key', 'text', (c) => c.primaryKey())
      .addColumn('value_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
