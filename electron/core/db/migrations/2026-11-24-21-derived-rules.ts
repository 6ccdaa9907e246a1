import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * The roster stores figures computed by the calculation core (tier, ER verdict, flag count,
 * vetting score). When a rule of the core changes what they mean, rows written before must be
 * recomputed, or the list and the creator page (computed live) disagree. A migration cannot do
 * that itself: it is frozen, the core is not. So this table records, per set of derived columns,
 * which version of the rules computed them (no row: version 0, i.e. before this table), and
 * the backend recomputes at start when the code's version is newer (services/derived-rules.ts).
 */
export const derivedRulesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('derived_rules')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
