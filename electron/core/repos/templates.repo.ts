import type { Kysely } from 'kysely';
import type { Database, OutreachTemplateRow } from '../db/schema';

type Executor = Kysely<Database>;
type Values = Omit<OutreachTemplateRow, 'id'>;

export async function listTemplates(db: Executor): Promise<OutreachTemplateRow[]> {
  return db.selectFrom('outreach_template').selectAll().orderBy('kind').orderBy('name').execute();
}

export async function findTemplate(db: Executor, id: number): Promise<OutreachTemplateRow | undefined> {
  return db.selectFrom('outreach_template').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTemplate(db: Executor, values: Values): Promise<number> {
  return (await db.insertInto('outreach_template').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateTemplate(db: Executor, id: number, values: Values): Promise<void> {
  await db.updateTable('outreach_template').set(values).where('id', '=', id).execute();
}

export async function deleteTemplate(db: Executor, id: number): Promise<boolean> {
  return Number((await db.deleteFrom('outreach_template').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
}
