import type { Kysely } from 'kysely';
import type { Database, PlatformAdviceRow } from '../db/schema';

type Executor = Kysely<Database>;
type Values = Omit<PlatformAdviceRow, 'id'>;

export async function insertAdvice(db: Executor, values: Values): Promise<number> {
  return (await db.insertInto('platform_advice').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAdvice(db: Executor, id: number, values: Omit<Values, 'created_at'>): Promise<void> {
  await db.updateTable('platform_advice').set(values).where('id', '=', id).execute();
}

export async function findAdvice(db: Executor, id: number): Promise<PlatformAdviceRow | undefined> {
  return db.selectFrom('platform_advice').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listAdvice(db: Executor): Promise<PlatformAdviceRow[]> {
  return db.selectFrom('platform_advice').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
}

export async function deleteAdvice(db: Executor, id: number): Promise<boolean> {
  return Number((await db.deleteFrom('platform_advice').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
}
