import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * Ascending sorts by ER or vetting score put the accounts without one last, as a spreadsheet
 * does (SQLite puts NULL first): they order by `(column IS NULL)` first. These indexes lead with
 * that very expression (`isMissing` in repos/roster-search.sqlite.ts), so a page walks them.
 * Descending sorts keep the plain indexes: there NULL already comes last.
 */
export const blanksLastMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`CREATE INDEX creator_account_live_er_blanks_last ON creator_account (deleted, (er_followers IS NULL), er_followers)`.execute(db);
    await sql`CREATE INDEX creator_account_live_vetting_blanks_last ON creator_account (deleted, (vetting_score IS NULL), vetting_score)`.execute(db);
  },
};
