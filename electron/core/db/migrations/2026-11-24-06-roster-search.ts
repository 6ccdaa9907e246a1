import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
// SQLite-only: an FTS5 trigram index makes "contains" searches over 100,000 accounts use an
// index instead of scanning every row. A PostgreSQL backend would use pg_trgm instead.
export const rosterSearchMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`CREATE VIRTUAL TABLE creator_account_search USING fts5(search_key, location_key, niches_key, tokenize = 'trigram')`.execute(db);
    await sql`INSERT INTO creator_account_search (rowid, search_key, location_key, niches_key)
      SELECT id, search_key, lower(coalesce(country, '') || ' ' || coalesce(city, '')), niches_key FROM creator_account`.execute(db);
    await sql`CREATE TRIGGER creator_account_search_insert AFTER INSERT ON creator_account BEGIN
      INSERT INTO creator_account_search (rowid, search_key, location_key, niches_key)
      VALUES (new.id, new.search_key, lower(coalesce(new.country, '') || ' ' || coalesce(new.city, '')), new.niches_key);
    END`.execute(db);
    await sql`CREATE TRIGGER creator_account_search_delete AFTER DELETE ON creator_account BEGIN
      DELETE FROM creator_account_search WHERE rowid = old.id;
    END`.execute(db);
    await sql`CREATE TRIGGER creator_account_search_update AFTER UPDATE OF search_key, country, city, niches_key ON creator_account BEGIN
      UPDATE creator_account_search
      SET search_key = new.search_key, location_key = lower(coalesce(new.country, '') || ' ' || coalesce(new.city, '')), niches_key = new.niches_key
      WHERE rowid = new.id;
    END`.execute(db);
    await db.schema.createIndex('creator_account_live_flags').on('creator_account').columns(['deleted', 'flag_count']).execute();
    await db.schema.createIndex('creator_account_live_verdict').on('creator_account').columns(['deleted', 'er_verdict', 'platform', 'tier']).execute();
  },
};
