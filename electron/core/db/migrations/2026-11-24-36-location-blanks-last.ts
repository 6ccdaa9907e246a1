import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * An ascending sort by location put the accounts without a country first (SQLite puts NULL
 * first), in no order a reader could follow; like the ER and vetting sorts (migration 34), it
 * orders by `(country IS NULL)` first, and this index leads with that very expression.
 */
export const locationBlanksLastMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`CREATE INDEX creator_account_live_country_blanks_last ON creator_account (deleted, (country IS NULL), country, city)`.execute(db);
  },
};
