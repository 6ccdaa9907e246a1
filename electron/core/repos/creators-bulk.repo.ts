import type { Kysely } from 'kysely';
import type { Database, NewCreatorAccountRow, NewCreatorRow, NewMetricSnapshotRow } from '../db/schema';

type Executor = Kysely<Database>;

/**
 * Multi-row inserts for imports. Ids are assigned by the caller from `nextIds`, which is
 * safe inside the import's transaction (SQLite has one writer), so accounts can point at
 * their creator without reading ids back row by row.
 */
export async function nextIds(db: Executor): Promise<{ creator: number; account: number }> {
  const creator = await db.selectFrom('creator').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  const account = await db.selectFrom('creator_account').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  return { creator: Number(creator?.max ?? 0) + 1, account: Number(account?.max ?? 0) + 1 };
}

/** Rows per statement: keeps each insert under SQLite's limit of bound parameters. */
function batchSize(columns: number): number {
  return Math.max(1, Math.floor(30_000 / columns));
}

async function insertInBatches<T extends object>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  if (rows.length === 0) return;
  const size = batchSize(Object.keys(rows[0]!).length);
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function insertCreatorsBulk(db: Executor, rows: readonly (NewCreatorRow & { id: number })[]): Promise<void> {
  await insertInBatches(rows, (batch) => db.insertInto('creator').values(batch).execute());
}

export async function insertAccountsBulk(db: Executor, rows: readonly (NewCreatorAccountRow & { id: number })[]): Promise<void> {
  await insertInBatches(rows, (batch) => db.insertInto('creator_account').values(batch).execute());
}

export async function insertSnapshotsBulk(db: Executor, rows: readonly NewMetricSnapshotRow[]): Promise<void> {
  await insertInBatches(rows, (batch) => db.insertInto('metric_snapshot').values(batch).execute());
}

/** Every account's platform + handle key, to match an import against the roster in memory. */
export async function allHandleKeys(db: Executor): Promise<{ id: number; creator_id: number; platform: string; handle_key: string; deleted: number }[]> {
  return db.selectFrom('creator_account').select(['id', 'creator_id', 'platform', 'handle_key', 'deleted']).execute();
}

/** How many accounts each creator has, to keep imports within a creator's limit of accounts. */
export async function accountCounts(db: Executor): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('creator_account')
    .select((eb) => ['creator_id', eb.fn.countAll<number>().as('n')])
    .groupBy('creator_id')
    .execute();
  return new Map(rows.map((r) => [r.creator_id, Number(r.n)]));
}

/** Every live creator's name, to match import rows that name a creator already in the roster. */
export async function allCreatorNames(db: Executor): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('creator').select(['id', 'name']).where('deleted_at', 'is', null).execute();
}
