import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

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
