import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
/**
 * The exchange rate a user entered for each workspace currency they used, as JSON
 * (`{ "EUR": 0.92 }`): switching the currency away and back gave the workspace no rate at all,
 * and every plan in it stopped computing until the rate was looked up again.
 */
export const rememberedExchangeRatesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('settings').addColumn('exchange_rates_json', 'text', (c) => c.notNull().defaultTo('{}')).execute();
    // The rate in use is the first one remembered.
    await sql`UPDATE settings SET exchange_rates_json = json_object(currency, benchmark_exchange_rate) WHERE benchmark_exchange_rate IS NOT NULL`.execute(db);
  },
};
