import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * Sorts the user reads as they are meant:
 * - tiers from unclassified and nano to mega, by followers within a tier (sorting by followers
 *   alone mixed them: 6,000 Instagram followers are micro, 8,000 on TikTok nano);
 * - statuses along the pipeline (prospect → archived), by name within one, not alphabetically by
 *   their English keys;
 * - handles (lower case, as they are matched).
 * Each index leads with `deleted` like every roster index. The CASE expressions must stay those of
 * `tierRank` and `statusRank` (repos/roster-search.sqlite.ts): SQLite walks an index for an ORDER
 * BY only when the expression is the same.
 */
export const sortRanksMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`CREATE INDEX creator_account_live_tier_rank ON creator_account (deleted,
      (CASE tier WHEN 'unclassified' THEN 0 WHEN 'nano' THEN 1 WHEN 'micro' THEN 2 WHEN 'mid' THEN 3 WHEN 'macro' THEN 4 WHEN 'mega' THEN 5 ELSE 6 END),
      followers)`.execute(db);
    await sql`CREATE INDEX creator_account_live_status_rank ON creator_account (deleted,
      (CASE creator_status WHEN 'prospect' THEN 0 WHEN 'vetting' THEN 1 WHEN 'approved' THEN 2 WHEN 'active' THEN 3 WHEN 'ambassador' THEN 4 WHEN 'archived' THEN 5 ELSE 6 END),
      creator_name)`.execute(db);
    await db.schema.createIndex('creator_account_live_handle').on('creator_account').columns(['deleted', 'handle_key']).execute();
  },
};
