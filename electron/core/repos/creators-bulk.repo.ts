import type { Kysely } from 'kysely';
import type { CreatorAccountRow, Database, MetricSnapshotRow } from '../db/schema';

type Executor = Kysely<Database>;

/**
 * The next free ids, for an import that writes new creators in bulk (`creators-bulk.sqlite.ts`).
 * Safe inside the import's transaction (SQLite has one writer), so accounts can point at their
 * creator without reading ids back row by row.
 */
export async function nextIds(db: Executor): Promise<{ creator: number; account: number }> {
  const creator = await db.selectFrom('creator').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  const account = await db.selectFrom('creator_account').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  return { creator: Number(creator?.max ?? 0) + 1, account: Number(account?.max ?? 0) + 1 };
}

/** Every account's platform + handle key, to match an import against the roster in memory. */
export async function allHandleKeys(db: Executor): Promise<{ id: number; creator_id: number; platform: string; handle_key: string; deleted: number }[]> {
  return db.selectFrom('creator_account').select(['id', 'creator_id', 'platform', 'handle_key', 'deleted']).execute();
}

/** Per account with a snapshot dated after `day` (ISO), its newest day: a row dated before that is older than what the account shows. */
export async function newestSnapshotDaysAfter(db: Executor, day: string): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('metric_snapshot')
    .select((eb) => ['account_id', eb.fn.max('as_of').as('newest')])
    .where('as_of', '>', day)
    .groupBy('account_id')
    .execute();
  return new Map(rows.map((r) => [r.account_id, r.newest]));
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

/**
 * Every live real creator's name, to match import rows that name a creator already in the roster.
 * Demo creators are made up: a real row joined to one by name would go when the demo is removed.
 */
export async function matchableCreatorNames(db: Executor): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('creator').select(['id', 'name']).where('deleted_at', 'is', null).where('is_demo', '=', 0).execute();
}

/** SQLite allows 32,766 bound parameters: a re-import of 100,000 accounts reads in chunks. */
const idChunk = 10_000;

function chunks(ids: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += idChunk) out.push(ids.slice(i, i + idChunk));
  return out;
}

/** Every account of these creators, ordered by id (as `listAccountsOf` orders them). */
export async function accountsOfCreators(db: Executor, creatorIds: readonly number[]): Promise<CreatorAccountRow[]> {
  const rows: CreatorAccountRow[] = [];
  for (const chunk of chunks(creatorIds)) rows.push(...(await db.selectFrom('creator_account').selectAll().where('creator_id', 'in', chunk).execute()));
  return rows.sort((a, b) => a.id - b.id);
}

const historyColumns = ['id', 'account_id', 'as_of', 'followers', 'avg_likes', 'avg_comments', 'avg_shares', 'avg_saves', 'avg_views', 'er_reported'] as const;

/**
 * The history of these accounts (the figures, not where they came from), ordered by date, then id
 * (as `listSnapshots` orders it).
 */
export async function followerHistoryOf(db: Executor, accountIds: readonly number[]): Promise<Pick<MetricSnapshotRow, (typeof historyColumns)[number]>[]> {
  const rows: Pick<MetricSnapshotRow, (typeof historyColumns)[number]>[] = [];
  for (const chunk of chunks(accountIds)) {
    rows.push(...(await db.selectFrom('metric_snapshot').select(historyColumns).where('account_id', 'in', chunk).execute()));
  }
  return rows.sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : a.id - b.id));
}

/** Removes snapshots by id (those of the same day that an import's snapshots replace). */
export async function deleteSnapshots(db: Executor, ids: readonly number[]): Promise<void> {
  for (const chunk of chunks(ids)) await db.deleteFrom('metric_snapshot').where('id', 'in', chunk).execute();
}
