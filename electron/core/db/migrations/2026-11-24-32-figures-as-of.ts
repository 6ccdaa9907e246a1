import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * The day of an account's current figures, for the roster's "Figures as of" column: an agency
 * that imports monthly exports sees whose figures are stale and sorts by it (hence the index,
 * led by `deleted` like every roster sort). The current figures are those of the newest snapshot.
 */
export const figuresAsOfMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('creator_account').addColumn('figures_as_of', 'text').execute();
    await sql`UPDATE creator_account SET figures_as_of = (SELECT max(as_of) FROM metric_snapshot WHERE account_id = creator_account.id)`.execute(db);
    await db.schema.createIndex('creator_account_live_figures_as_of').on('creator_account').columns(['deleted', 'figures_as_of']).execute();
  },
};
