import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const reportedErMigration: Migration = {
  async up(db: Kysely<any>) {
    // Many exports give an engagement rate but not the likes and comments behind it. Keep it as
    // reported, beside the ER we compute ourselves, and say which one the roster uses.
    await db.schema.alterTable('creator_account').addColumn('er_reported', 'real').execute();
    await db.schema.alterTable('creator_account').addColumn('er_source', 'text').execute();
    await db.schema.alterTable('creator_account').addColumn('source_file', 'text').execute();
  },
};
