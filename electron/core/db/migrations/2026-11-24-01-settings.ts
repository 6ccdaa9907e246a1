import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const settingsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('workspace_name', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('language', 'text')
      .addColumn('format_locale', 'text')
      .addColumn('theme', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db
      .insertInto('settings')
      .values({
        id: 1,
        workspace_name: 'Microplan',
        currency: 'EUR',
        language: null,
        format_locale: null,
        theme: 'system',
        updated_at: new Date().toISOString(),
      })
      .execute();
  },
};
