import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
// A copy of the folding rule as it is today: lower case, accents removed (NFD, combining marks dropped).
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Search keys were lower-cased by SQLite (ASCII only) for location: "Évora" could not be found.
 * From now on the app folds location, niches and search text in JavaScript; this migration
 * refolds what is stored and makes the search-index triggers copy the folded columns.
 */
export const foldedSearchMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('creator_account').addColumn('location_key', 'text', (c) => c.notNull().defaultTo('')).execute();
    const rows = await sql<{ id: number; country: string | null; city: string | null; search_key: string; niches_key: string }>`
      SELECT id, country, city, search_key, niches_key FROM creator_account`.execute(db);
    for (const row of rows.rows) {
      await db
        .updateTable('creator_account')
        .set({ location_key: fold(`${row.country ?? ''} ${row.city ?? ''}`), search_key: fold(row.search_key), niches_key: fold(row.niches_key) })
        .where('id', '=', row.id)
        .execute();
    }
    await sql`DROP TRIGGER creator_account_search_insert`.execute(db);
    await sql`DROP TRIGGER creator_account_search_update`.execute(db);
    await sql`CREATE TRIGGER creator_account_search_insert AFTER INSERT ON creator_account BEGIN
      INSERT INTO creator_account_search (rowid, search_key, location_key, niches_key) VALUES (new.id, new.search_key, new.location_key, new.niches_key);
    END`.execute(db);
    await sql`CREATE TRIGGER creator_account_search_update AFTER UPDATE OF search_key, location_key, niches_key ON creator_account BEGIN
      UPDATE creator_account_search SET search_key = new.search_key, location_key = new.location_key, niches_key = new.niches_key WHERE rowid = new.id;
    END`.execute(db);
    await sql`DELETE FROM creator_account_search`.execute(db);
    await sql`INSERT INTO creator_account_search (rowid, search_key, location_key, niches_key) SELECT id, search_key, location_key, niches_key FROM creator_account`.execute(db);
  },
};
