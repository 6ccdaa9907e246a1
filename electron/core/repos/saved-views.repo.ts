import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

type Executor = Kysely<Database>;

export async function listSavedViewRows(db: Executor) {
  return db.selectFrom('saved_view').selectAll().orderBy('name').execute();
}

export async function upsertSavedView(db: Executor, name: string, queryJson: string, createdAt: string) {
  return db
    .insertInto('saved_view')
    .values({ name, query_json: queryJson, created_at: createdAt })
    .onConflict((oc) => oc.column('name').doUpdateSet({ query_json: queryJson }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteSavedView(db: Executor, id: number): Promise<boolean> {
  const result = await db.deleteFrom('saved_view').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
