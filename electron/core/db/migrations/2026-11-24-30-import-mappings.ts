import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never edit after release; add a new migration instead.
export const importMappingsMigration: Migration = {
  async up(db: Kysely<any>) {
    // The column mapping of the last import of a file layout, keyed by a hash of its headers,
    // so next month's export of the same platform is mapped as the user mapped it.
    await db.schema
      .createTable('import_mapping')
      .addColumn('header_key', 'text', (c) => c.primaryKey())
      .addColumn('mapping_json', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text', (c) => c.notNull())
      .execute();
  },
};
