import type { Kysely } from 'kysely';
import type { Database, SettingsRow, SettingsUpdate } from '../db/schema';

type Executor = Kysely<Database>;

export async function findSettings(db: Executor): Promise<SettingsRow | undefined> {
  return db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function updateSettingsRow(db: Executor, changes: SettingsUpdate): Promise<void> {
  await db.updateTable('settings').set(changes).where('id', '=', 1).execute();
}
