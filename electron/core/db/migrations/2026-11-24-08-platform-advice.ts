import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const platformAdviceMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('platform_advice')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('answers_json', 'text', (c) => c.notNull())
      .addColumn('checked_json', 'text', (c) => c.notNull().defaultTo('[]'))
      // The ranking as computed when saved (platform, score, budget percent).
      .addColumn('ranking_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
