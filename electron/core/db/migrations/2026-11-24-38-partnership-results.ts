import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * What a partnership's content achieved (reach, impressions, engagements, clicks, conversions,
 * revenue, the day read off and where from), as JSON on the partnership: the campaign's results
 * and KPIs are computed from it. NULL until something is entered.
 */
export const partnershipResultsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('partnership').addColumn('results_json', 'text').execute();
  },
};
