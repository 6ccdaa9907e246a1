import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * Sorting by location is by country, then city. The page walks this index in that order (an
 * index on the country alone left the cities of one country in no order, or made SQLite sort
 * every account of the roster for each page). It serves every use of `(deleted, country)`,
 * which it replaces.
 */
export const locationSortMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('creator_account_live_country_city').on('creator_account').columns(['deleted', 'country', 'city']).execute();
    await db.schema.dropIndex('creator_account_live_country').execute();
  },
};
