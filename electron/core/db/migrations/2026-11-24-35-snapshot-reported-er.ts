import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * A snapshot keeps the engagement rate its file reported (when the file gave no likes and
 * comments to compute one from), so a history imported month by month shows each month's ER,
 * not "not measured". Filled for the snapshot that holds each account's current figures when it
 * came from the file the account's figures came from: a later file without an ER leaves an older
 * one on the account, which is not that day's. Older snapshots never had theirs stored.
 */
export const snapshotReportedErMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE metric_snapshot ADD COLUMN er_reported REAL`.execute(db);
    const sameDayAndFile = sql`a.id = metric_snapshot.account_id AND a.figures_as_of = metric_snapshot.as_of AND a.source_file = metric_snapshot.source`;
    await sql`UPDATE metric_snapshot SET er_reported = (SELECT a.er_reported FROM creator_account a WHERE ${sameDayAndFile})
      WHERE EXISTS (SELECT 1 FROM creator_account a WHERE ${sameDayAndFile} AND a.er_reported IS NOT NULL)`.execute(db);
  },
};
