import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

type Executor = Kysely<Database>;

/** The rules version that computed the named derived columns; 0 when never recorded (written before migration 21). */
export async function derivedRulesVersion(db: Executor, name: string): Promise<number> {
  const row = await db.selectFrom('derived_rules').select('version').where('name', '=', name).executeTakeFirst();
  return row?.version ?? 0;
}

export async function setDerivedRulesVersion(db: Executor, name: string, version: number, now: string): Promise<void> {
  await db
    .insertInto('derived_rules')
    .values({ name, version, updated_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version, updated_at: now }))
    .execute();
}
