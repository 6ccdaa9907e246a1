import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const creatorsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('creator')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('city', 'text')
      .addColumn('languages_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('niches_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('agent', 'text')
      .addColumn('accepts_product_only', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('audience_json', 'text')
      .addColumn('rate_card_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('vetting_json', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('vetting_score', 'real')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('deleted_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    // One row per platform account. The creator's list columns are copied here so the
    // roster (filter + sort + count over 100,000 accounts) is a single-table query.
    await db.schema
      .createTable('creator_account')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('creator_id', 'integer', (c) => c.notNull().references('creator.id').onDelete('cascade'))
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('handle', 'text', (c) => c.notNull())
      .addColumn('handle_key', 'text', (c) => c.notNull())
      .addColumn('profile_url', 'text')
      .addColumn('followers', 'integer', (c) => c.notNull())
      .addColumn('avg_likes', 'real')
      .addColumn('avg_comments', 'real')
      .addColumn('avg_shares', 'real')
      .addColumn('avg_saves', 'real')
      .addColumn('avg_views', 'real')
      .addColumn('posts_per_week', 'real')
      .addColumn('tier', 'text', (c) => c.notNull())
      .addColumn('er_followers', 'real')
      .addColumn('er_verdict', 'text')
      .addColumn('flag_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('creator_name', 'text', (c) => c.notNull())
      .addColumn('creator_status', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('city', 'text')
      .addColumn('niches_key', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('search_key', 'text', (c) => c.notNull())
      .addColumn('vetting_score', 'real')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('creator_account_handle_unique').on('creator_account').columns(['platform', 'handle_key']).unique().execute();
    await db.schema.createIndex('creator_account_creator').on('creator_account').column('creator_id').execute();
    for (const column of ['followers', 'er_followers', 'creator_name', 'vetting_score', 'country', 'creator_status', 'tier']) {
      await db.schema.createIndex(`creator_account_live_${column}`).on('creator_account').columns(['deleted', column]).execute();
    }
    await db.schema.createIndex('creator_account_live_platform_tier_er').on('creator_account').columns(['deleted', 'platform', 'tier', 'er_followers']).execute();
    await db.schema.createIndex('creator_account_live_platform_followers').on('creator_account').columns(['deleted', 'platform', 'followers']).execute();

    await db.schema
      .createTable('metric_snapshot')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('account_id', 'integer', (c) => c.notNull().references('creator_account.id').onDelete('cascade'))
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addColumn('followers', 'integer', (c) => c.notNull())
      .addColumn('avg_likes', 'real')
      .addColumn('avg_comments', 'real')
      .addColumn('avg_shares', 'real')
      .addColumn('avg_saves', 'real')
      .addColumn('avg_views', 'real')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('metric_snapshot_account_date').on('metric_snapshot').columns(['account_id', 'as_of']).execute();

    await db.schema
      .createTable('saved_view')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('query_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
