import type { Kysely } from 'kysely';
import type { AmbassadorLogRow, AmbassadorRow, Database } from '../db/schema';

type Executor = Kysely<Database>;
type Values = Omit<AmbassadorRow, 'id'>;

export type AmbassadorListRow = AmbassadorRow & { creator_name: string; creator_deleted_at: string | null; client_name: string; last_check_in: string | null; perk_count: number };

function listQuery(db: Executor) {
  return db
    .selectFrom('ambassador')
    .innerJoin('creator', 'creator.id', 'ambassador.creator_id')
    .innerJoin('client', 'client.id', 'ambassador.client_id')
    .selectAll('ambassador')
    .select((eb) => [
      'creator.name as creator_name',
      'creator.deleted_at as creator_deleted_at',
      'client.name as client_name',
      eb
        .selectFrom('ambassador_log')
        .select((l) => l.fn.max('ambassador_log.on_date').as('d'))
        .whereRef('ambassador_log.ambassador_id', '=', 'ambassador.id')
        .where('ambassador_log.kind', '=', 'checkIn')
        .as('last_check_in'),
      eb
        .selectFrom('ambassador_log')
        .select((l) => l.fn.countAll<number>().as('n'))
        .whereRef('ambassador_log.ambassador_id', '=', 'ambassador.id')
        .where('ambassador_log.kind', '=', 'perk')
        .as('perk_count'),
    ]);
}

export async function listAmbassadors(db: Executor): Promise<AmbassadorListRow[]> {
  return listQuery(db).orderBy('creator.name').orderBy('client.name').execute() as Promise<AmbassadorListRow[]>;
}

export async function findAmbassador(db: Executor, id: number): Promise<AmbassadorListRow | undefined> {
  return listQuery(db).where('ambassador.id', '=', id).executeTakeFirst() as Promise<AmbassadorListRow | undefined>;
}

export async function findAmbassadorId(db: Executor, creatorId: number, clientId: number): Promise<number | undefined> {
  return (await db.selectFrom('ambassador').select('id').where('creator_id', '=', creatorId).where('client_id', '=', clientId).executeTakeFirst())?.id;
}

export async function insertAmbassador(db: Executor, values: Values): Promise<number> {
  return (await db.insertInto('ambassador').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAmbassador(db: Executor, id: number, values: Omit<Values, 'created_at'>): Promise<void> {
  await db.updateTable('ambassador').set(values).where('id', '=', id).execute();
}

export async function countAmbassadorRecordsOf(db: Executor, creatorId: number): Promise<number> {
  const row = await db.selectFrom('ambassador').select((eb) => eb.fn.countAll<number>().as('n')).where('creator_id', '=', creatorId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteAmbassador(db: Executor, id: number): Promise<boolean> {
  return Number((await db.deleteFrom('ambassador').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
}

export async function insertLogEntry(db: Executor, values: Omit<AmbassadorLogRow, 'id'>): Promise<void> {
  await db.insertInto('ambassador_log').values(values).execute();
}

export async function deleteLogEntry(db: Executor, ambassadorId: number, entryId: number): Promise<boolean> {
  return Number((await db.deleteFrom('ambassador_log').where('id', '=', entryId).where('ambassador_id', '=', ambassadorId).executeTakeFirst()).numDeletedRows) > 0;
}

export async function listLog(db: Executor, ambassadorId: number): Promise<AmbassadorLogRow[]> {
  return db.selectFrom('ambassador_log').selectAll().where('ambassador_id', '=', ambassadorId).orderBy('on_date', 'desc').orderBy('id', 'desc').execute();
}

/** Ids of creators with partnerships or ambassador records: what removing them would break. */
export async function creatorsInUse(db: Executor, creatorIds: readonly number[]): Promise<{ partnerships: number; ambassadors: number }> {
  if (creatorIds.length === 0) return { partnerships: 0, ambassadors: 0 };
  const p = await db.selectFrom('partnership').select((eb) => eb.fn.countAll<number>().as('n')).where('creator_id', 'in', creatorIds).executeTakeFirstOrThrow();
  const a = await db.selectFrom('ambassador').select((eb) => eb.fn.countAll<number>().as('n')).where('creator_id', 'in', creatorIds).executeTakeFirstOrThrow();
  return { partnerships: Number(p.n), ambassadors: Number(a.n) };
}

/** Which of these creators are in a campaign or an ambassador programme (chunked: a bin can hold 100,000). */
export async function creatorIdsInUse(db: Executor, creatorIds: readonly number[]): Promise<Set<number>> {
  const inUse = new Set<number>();
  for (let i = 0; i < creatorIds.length; i += 10_000) {
    const chunk = creatorIds.slice(i, i + 10_000);
    const rows = await db
      .selectFrom('partnership')
      .select('creator_id')
      .where('creator_id', 'in', chunk)
      .union(db.selectFrom('ambassador').select('creator_id').where('creator_id', 'in', chunk))
      .execute();
    for (const row of rows) inUse.add(row.creator_id);
  }
  return inUse;
}

export async function deleteCampaignLinksOfCreators(db: Executor, creatorIds: readonly number[]): Promise<void> {
  if (creatorIds.length === 0) return;
  await db.deleteFrom('partnership').where('creator_id', 'in', creatorIds).execute();
  await db.deleteFrom('ambassador').where('creator_id', 'in', creatorIds).execute();
}
