import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

type Executor = Kysely<Database>;

/** The mapping last imported with this header key, as stored (JSON), or null. */
export async function findImportMapping(db: Executor, headerKey: string): Promise<string | null> {
  const row = await db.selectFrom('import_mapping').select('mapping_json').where('header_key', '=', headerKey).executeTakeFirst();
  return row?.mapping_json ?? null;
}

/** Remembers the mapping of an import, replacing the one stored for the same headers. */
export async function saveImportMapping(db: Executor, headerKey: string, mappingJson: string, usedAt: string): Promise<void> {
  await db
    .insertInto('import_mapping')
    .values({ header_key: headerKey, mapping_json: mappingJson, used_at: usedAt })
    .onConflict((oc) => oc.column('header_key').doUpdateSet({ mapping_json: mappingJson, used_at: usedAt }))
    .execute();
}
