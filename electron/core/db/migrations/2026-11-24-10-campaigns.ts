import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * Clients, campaigns, partnerships (with terms, outreach and history), deliverables, outreach
 * templates, ambassadors and their log (issue #7).
 * Foreign keys say what a delete may take along: a campaign takes its partnerships, their
 * deliverables and history (CASCADE); nothing ever takes a creator or a client with it (RESTRICT),
 * and ambassadors hang off client and creator, never off a campaign.
 */
export const campaignsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('settings').addColumn('user_name', 'text').execute();

    await db.schema
      .createTable('client')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('campaign')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('client.id').onDelete('restrict'))
      .addColumn('goal', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addColumn('budget_amount', 'integer', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('platforms_json', 'text', (c) => c.notNull())
      .addColumn('plan_id', 'integer', (c) => c.references('budget_plan.id').onDelete('set null'))
      .addColumn('advice_id', 'integer', (c) => c.references('platform_advice.id').onDelete('set null'))
      .addColumn('pilot', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('brief_json', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('campaign_client').on('campaign').column('client_id').execute();
    await db.schema.createIndex('campaign_plan').on('campaign').column('plan_id').execute();
    await db.schema.createIndex('campaign_advice').on('campaign').column('advice_id').execute();

    await db.schema
      .createTable('partnership')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
      .addColumn('creator_id', 'integer', (c) => c.notNull().references('creator.id').onDelete('restrict'))
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('stage_changed_at', 'text', (c) => c.notNull())
      .addColumn('terms_json', 'text', (c) => c.notNull())
      .addColumn('first_contact_on', 'text')
      .addColumn('last_contact_on', 'text')
      .addColumn('replied', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('follow_up_after_days', 'integer', (c) => c.notNull().defaultTo(5))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('partnership_campaign_creator', ['campaign_id', 'creator_id'])
      .execute();
    await db.schema.createIndex('partnership_creator').on('partnership').column('creator_id').execute();

    await db.schema
      .createTable('deliverable')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnership.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('published_url', 'text')
      .addColumn('status_changed_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('deliverable_partnership').on('deliverable').column('partnership_id').execute();
    await db.schema.createIndex('deliverable_due').on('deliverable').columns(['due_date', 'status']).execute();

    await db.schema
      .createTable('partnership_event')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnership.id').onDelete('cascade'))
      // Kept when a deliverable is deleted: the history says what happened to it.
      .addColumn('deliverable_id', 'integer')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('from_value', 'text')
      .addColumn('to_value', 'text')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('partnership_event_partnership').on('partnership_event').columns(['partnership_id', 'at']).execute();

    await db.schema
      .createTable('outreach_template')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('ambassador')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('creator_id', 'integer', (c) => c.notNull().references('creator.id').onDelete('restrict'))
      .addColumn('client_id', 'integer', (c) => c.notNull().references('client.id').onDelete('restrict'))
      .addColumn('started_on', 'text', (c) => c.notNull())
      .addColumn('cadence_days', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('incentives_json', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('ambassador_creator_client', ['creator_id', 'client_id'])
      .execute();
    await db.schema.createIndex('ambassador_client').on('ambassador').column('client_id').execute();

    await db.schema
      .createTable('ambassador_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('ambassador_id', 'integer', (c) => c.notNull().references('ambassador.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('on_date', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('perk_type', 'text')
      .addColumn('value_amount', 'integer')
      .addColumn('value_currency', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('ambassador_log_ambassador').on('ambassador_log').columns(['ambassador_id', 'on_date']).execute();
  },
};
