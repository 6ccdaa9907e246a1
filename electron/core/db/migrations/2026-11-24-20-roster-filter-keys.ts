import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
// SQLite-only (FTS5, triggers). A PostgreSQL backend would use pg_trgm and the same lookup table.
/**
 * Location and niche filters ("contains", over folded keys) went through the trigram index:
 * a filter matching a third of the roster made FTS5 re-read and re-test 33,000 rows (≈ 70 ms).
 * Accounts share few distinct location and niche keys, so the filter now tests the distinct
 * keys (a small table kept by triggers) and finds the accounts through ordinary indexes;
 * counting them reads the index only. The trigram index keeps only the search text, which
 * also makes every account write cheaper. Keys no longer used by any account may stay in
 * the lookup table: they match no account, so they cost a little scanning and nothing else.
 */
export const rosterFilterKeysMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`CREATE TABLE roster_filter_key (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID`.execute(db);
    await sql`INSERT OR IGNORE INTO roster_filter_key (kind, key)
      SELECT 'location', location_key FROM creator_account UNION SELECT 'niches', niches_key FROM creator_account`.execute(db);
    await sql`CREATE TRIGGER roster_filter_key_insert AFTER INSERT ON creator_account BEGIN
      INSERT OR IGNORE INTO roster_filter_key (kind, key) VALUES ('location', new.location_key), ('niches', new.niches_key);
    END`.execute(db);
    await sql`CREATE TRIGGER roster_filter_key_update AFTER UPDATE OF location_key, niches_key ON creator_account BEGIN
      INSERT OR IGNORE INTO roster_filter_key (kind, key) VALUES ('location', new.location_key), ('niches', new.niches_key);
    END`.execute(db);
    await db.schema.createIndex('creator_account_live_location').on('creator_account').columns(['deleted', 'location_key']).execute();
    // Niche with an ER range is a common shortlist ("food, 5–10 %"): counted from the index alone.
    await db.schema.createIndex('creator_account_live_niches_er').on('creator_account').columns(['deleted', 'niches_key', 'er_followers']).execute();
    // Tiers with a vetting minimum, sorted by ER ("nano and micro, vetted, best ER first"): the
    // count and the sorted page come from this index alone; it serves every use of the old one.
    await db.schema.dropIndex('creator_account_live_tier').execute();
    await db.schema.createIndex('creator_account_live_tier_vetting_er').on('creator_account').columns(['deleted', 'tier', 'vetting_score', 'er_followers']).execute();

    await sql`DROP TRIGGER creator_account_search_insert`.execute(db);
    await sql`DROP TRIGGER creator_account_search_update`.execute(db);
    await sql`DROP TRIGGER creator_account_search_delete`.execute(db);
    await sql`DROP TABLE creator_account_search`.execute(db);
    await sql`CREATE VIRTUAL TABLE creator_account_search USING fts5(search_key, tokenize = 'trigram')`.execute(db);
    await sql`INSERT INTO creator_account_search (rowid, search_key) SELECT id, search_key FROM creator_account`.execute(db);
    await sql`CREATE TRIGGER creator_account_search_insert AFTER INSERT ON creator_account BEGIN
      INSERT INTO creator_account_search (rowid, search_key) VALUES (new.id, new.search_key);
    END`.execute(db);
    await sql`CREATE TRIGGER creator_account_search_update AFTER UPDATE OF search_key ON creator_account BEGIN
      UPDATE creator_account_search SET search_key = new.search_key WHERE rowid = new.id;
    END`.execute(db);
    await sql`CREATE TRIGGER creator_account_search_delete AFTER DELETE ON creator_account BEGIN
      DELETE FROM creator_account_search WHERE rowid = old.id;
    END`.execute(db);
  },
};
