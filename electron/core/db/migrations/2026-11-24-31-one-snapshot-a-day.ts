import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const oneSnapshotADayMigration: Migration = {
  async up(db: Kysely<any>) {
    // An account has one snapshot a day (the history draws one point a day, and the newest is the
    // account's current figure). Before, a second file imported the same day, or figures edited
    // that day, added a second one: the day keeps the last written.
    await sql`DELETE FROM metric_snapshot WHERE id NOT IN (SELECT max(id) FROM metric_snapshot GROUP BY account_id, as_of)`.execute(db);
    // The same columns as the index it replaces, so the same queries use it; unique, so the rule
    // holds for every writer, not by each one's care.
    await db.schema.dropIndex('metric_snapshot_account_date').execute();
    await db.schema.createIndex('metric_snapshot_account_day').unique().on('metric_snapshot').columns(['account_id', 'as_of']).execute();
  },
};
