import type { Kysely } from 'kysely';
import type { ClientRow, Database } from '../db/schema';

type Executor = Kysely<Database>;
type Values = Omit<ClientRow, 'id'>;

export type ClientWithCounts = ClientRow & { campaign_count: number; ambassador_count: number };

export async function listClientsWithCounts(db: Executor): Promise<ClientWithCounts[]> {
  return db
    .selectFrom('client')
    .selectAll('client')
    .select((eb) => [
      eb.selectFrom('campaign').select(eb.fn.countAll<number>().as('n')).whereRef('campaign.client_id', '=', 'client.id').as('campaign_count'),
      eb.selectFrom('ambassador').select(eb.fn.countAll<number>().as('n')).whereRef('ambassador.client_id', '=', 'client.id').as('ambassador_count'),
    ])
    .orderBy('client.name_key')
    .execute() as Promise<ClientWithCounts[]>;
}

export async function findClient(db: Executor, id: number): Promise<ClientRow | undefined> {
  return db.selectFrom('client').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findClientIdByKey(db: Executor, nameKey: string): Promise<number | undefined> {
  return (await db.selectFrom('client').select('id').where('name_key', '=', nameKey).executeTakeFirst())?.id;
}

export async function insertClient(db: Executor, values: Values): Promise<number> {
  return (await db.insertInto('client').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateClient(db: Executor, id: number, values: Omit<Values, 'created_at'>): Promise<void> {
  await db.updateTable('client').set(values).where('id', '=', id).execute();
}

export async function deleteClient(db: Executor, id: number): Promise<boolean> {
  return Number((await db.deleteFrom('client').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
}
