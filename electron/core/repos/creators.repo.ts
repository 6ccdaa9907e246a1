import type { Kysely, RawBuilder, SelectQueryBuilder } from 'kysely';
import type { RosterSortColumn, ValidRosterQuery } from '@shared/domain/creators';
import type {
  CreatorAccountRow,
  CreatorRow,
  CreatorUpdate,
  Database,
  MetricSnapshotRow,
  NewCreatorAccountRow,
  NewCreatorRow,
  NewMetricSnapshotRow,
} from '../db/schema';
import { isMissing, keyMatches, searchMatches, sortWithoutIndex, statusRank, tierRank } from './roster-search.sqlite';

type Executor = Kysely<Database>;

export async function insertCreator(db: Executor, row: NewCreatorRow): Promise<number> {
  const { id } = await db.insertInto('creator').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateCreatorRow(db: Executor, id: number, changes: CreatorUpdate): Promise<void> {
  await db.updateTable('creator').set(changes).where('id', '=', id).execute();
}

export async function findCreator(db: Executor, id: number): Promise<CreatorRow | undefined> {
  return db.selectFrom('creator').selectAll().where('id', '=', id).executeTakeFirst();
}

/** SQLite allows 32,766 bound parameters; a selection of 100,000 creators goes in chunks. */
const idChunk = 10_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += idChunk) out.push(items.slice(i, i + idChunk));
  return out;
}

export async function findCreators(db: Executor, ids: readonly number[]): Promise<CreatorRow[]> {
  const rows: CreatorRow[] = [];
  for (const chunk of chunks(ids)) rows.push(...(await db.selectFrom('creator').selectAll().where('id', 'in', chunk).execute()));
  return rows;
}

export async function findAccount(db: Executor, id: number): Promise<CreatorAccountRow | undefined> {
  return db.selectFrom('creator_account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listAccountsOf(db: Executor, creatorId: number): Promise<CreatorAccountRow[]> {
  return db.selectFrom('creator_account').selectAll().where('creator_id', '=', creatorId).orderBy('id').execute();
}

export async function insertAccount(db: Executor, row: NewCreatorAccountRow): Promise<number> {
  const { id } = await db.insertInto('creator_account').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateAccountRow(db: Executor, id: number, changes: Partial<NewCreatorAccountRow>): Promise<void> {
  await db.updateTable('creator_account').set(changes).where('id', '=', id).execute();
}

export async function deleteAccounts(db: Executor, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('creator_account').where('id', 'in', ids).execute();
}

/** Accounts already in the roster with one of these platform+handle pairs (deleted ones included: the handle is still taken). */
export async function findAccountsByHandles(
  db: Executor,
  keys: readonly { platform: string; handleKey: string }[],
): Promise<Pick<CreatorAccountRow, 'id' | 'creator_id' | 'platform' | 'handle_key' | 'creator_name' | 'deleted'>[]> {
  if (keys.length === 0) return [];
  const found: Pick<CreatorAccountRow, 'id' | 'creator_id' | 'platform' | 'handle_key' | 'creator_name' | 'deleted'>[] = [];
  // Chunked so a 100,000-row import stays under SQLite's bound-parameter limit.
  for (let i = 0; i < keys.length; i += 400) {
    const chunk = keys.slice(i, i + 400);
    const rows = await db
      .selectFrom('creator_account')
      .select(['id', 'creator_id', 'platform', 'handle_key', 'creator_name', 'deleted'])
      .where((eb) => eb.or(chunk.map((k) => eb.and([eb('platform', '=', k.platform), eb('handle_key', '=', k.handleKey)]))))
      .execute();
    found.push(...rows);
  }
  return found;
}

/** The creator's list columns, copied onto each of its accounts. */
export async function syncAccountCreatorColumns(
  db: Executor,
  creatorId: number,
  columns: Pick<NewCreatorAccountRow, 'creator_name' | 'creator_status' | 'country' | 'city' | 'location_key' | 'niches_key' | 'vetting_score' | 'is_demo' | 'deleted'>,
): Promise<void> {
  await db.updateTable('creator_account').set(columns).where('creator_id', '=', creatorId).execute();
}

export async function setCreatorsDeleted(db: Executor, ids: readonly number[], deletedAt: string | null): Promise<void> {
  for (const chunk of chunks(ids)) {
    await db.updateTable('creator').set({ deleted_at: deletedAt }).where('id', 'in', chunk).execute();
    await db.updateTable('creator_account').set({ deleted: deletedAt === null ? 0 : 1 }).where('creator_id', 'in', chunk).execute();
  }
}

/** Of these creators, the ones in the bin (`inBin`) or the live ones; ids that do not exist are left out. */
export async function creatorIdsByBin(db: Executor, ids: readonly number[], inBin: boolean): Promise<number[]> {
  const found: number[] = [];
  for (const chunk of chunks(ids)) {
    const q = db.selectFrom('creator').select('id').where('id', 'in', chunk);
    const rows = await (inBin ? q.where('deleted_at', 'is not', null) : q.where('deleted_at', 'is', null)).execute();
    for (const row of rows) found.push(row.id);
  }
  return found;
}

/** One status for many creators, copied onto their accounts, a chunk of ids per statement. */
export async function setCreatorsStatus(db: Executor, ids: readonly number[], status: string, updatedAt: string): Promise<void> {
  for (const chunk of chunks(ids)) {
    await db.updateTable('creator').set({ status, updated_at: updatedAt }).where('id', 'in', chunk).execute();
    await db.updateTable('creator_account').set({ creator_status: status }).where('creator_id', 'in', chunk).execute();
  }
}

/** Deletes creators for good; their accounts, snapshots and search entries go with them (cascade and triggers). */
export async function purgeCreators(db: Executor, ids: readonly number[]): Promise<void> {
  for (const chunk of chunks(ids)) await db.deleteFrom('creator').where('id', 'in', chunk).execute();
}

export async function listDemoCreatorIds(db: Executor): Promise<number[]> {
  return (await db.selectFrom('creator').select('id').where('is_demo', '=', 1).execute()).map((r) => r.id);
}

/** Demo creators the user changed after loading them (form, vetting, status): removing the demo takes that work too. */
export async function countEditedDemoCreators(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('creator')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('is_demo', '=', 1)
    .whereRef('updated_at', '>', 'created_at')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Live creators, and demo creators including deleted ones (they still block a second load until removed). */
export async function countCreators(db: Executor): Promise<{ live: number; demo: number }> {
  const live = await db.selectFrom('creator').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  const demo = await db.selectFrom('creator').select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', '=', 1).executeTakeFirstOrThrow();
  return { live: Number(live.n), demo: Number(demo.n) };
}

/**
 * Stores the account's snapshot of that day, in place of the one the day had: an account has one
 * snapshot a day (a unique index, migration 31). The new row gets a new id, as an import's does.
 */
export async function replaceDaySnapshot(db: Executor, row: NewMetricSnapshotRow): Promise<void> {
  await db.deleteFrom('metric_snapshot').where('account_id', '=', row.account_id).where('as_of', '=', row.as_of).execute();
  await db.insertInto('metric_snapshot').values(row).execute();
}

export async function listSnapshots(db: Executor, accountIds: readonly number[]): Promise<MetricSnapshotRow[]> {
  if (accountIds.length === 0) return [];
  return db.selectFrom('metric_snapshot').selectAll().where('account_id', 'in', accountIds).orderBy('as_of').orderBy('id').execute();
}

export async function allAccountsForRefresh(db: Executor): Promise<CreatorAccountRow[]> {
  return db.selectFrom('creator_account').selectAll().execute();
}

export async function allSnapshotsForRefresh(db: Executor): Promise<MetricSnapshotRow[]> {
  return db.selectFrom('metric_snapshot').selectAll().orderBy('as_of').orderBy('id').execute();
}

export async function allCreatorsForRefresh(db: Executor): Promise<Pick<CreatorRow, 'id' | 'vetting_json' | 'audience_json' | 'vetting_score'>[]> {
  return db.selectFrom('creator').select(['id', 'vetting_json', 'audience_json', 'vetting_score']).execute();
}

export async function setVettingScore(db: Executor, creatorId: number, score: number): Promise<void> {
  await db.updateTable('creator').set({ vetting_score: score }).where('id', '=', creatorId).execute();
  await db.updateTable('creator_account').set({ vetting_score: score }).where('creator_id', '=', creatorId).execute();
}

/**
 * The columns (or ranks) each sort orders by, in turn (then the id, so pages never overlap); each
 * list leads an index after `deleted`.
 */
const sortColumns = {
  name: ['creator_name'],
  handle: ['handle_key'],
  followers: ['followers'],
  // Ascending, accounts without an ER come last: see `ascendingFirst`.
  er: ['er_followers'],
  // Tiers nano → mega (not a → z), by followers within one: migration 33.
  tier: [tierRank, 'followers'],
  // Along the pipeline, by name within a status: migration 33.
  status: [statusRank, 'creator_name'],
  // Country, then city within it: the index (deleted, country, city) of migration 21.
  country: ['country', 'city'],
  vettingScore: ['vetting_score'],
  platform: ['platform'],
  flags: ['flag_count'],
  figuresAsOf: ['figures_as_of'],
} as const satisfies Record<RosterSortColumn, readonly ((keyof CreatorAccountRow & string) | typeof tierRank)[]>;

/**
 * What an ascending sort orders by first: whether the figure is missing. SQLite puts NULL before
 * every value, so "lowest ER first" began with every account that has no ER; as in a
 * spreadsheet, blanks go last (descending, they already do). Indexes of migration 34.
 */
const ascendingFirst: Partial<Record<RosterSortColumn, RawBuilder<number>>> = {
  er: isMissing('er_followers'),
  vettingScore: isMissing('vetting_score'),
  // Accounts without a country (migration 36).
  country: isMissing('country'),
};

/** Orders by the sort's columns and then the id, all in the query's direction. */
function inRosterOrder<Q extends AccountQuery>(q: Q, sort: RosterSortColumn, direction: 'asc' | 'desc', withoutIndex = false): Q {
  const first = direction === 'asc' ? ascendingFirst[sort] : undefined;
  let ordered = q;
  for (const column of first ? [first, ...sortColumns[sort]] : sortColumns[sort]) ordered = ordered.orderBy(withoutIndex ? sortWithoutIndex(column) : column, direction) as Q;
  return ordered.orderBy('id', direction) as Q;
}

type RosterFilter = Omit<ValidRosterQuery, 'sort' | 'direction' | 'offset' | 'limit'>;

type AccountQuery = SelectQueryBuilder<Database, 'creator_account', object>;

/** 1 for the bin (deleted creators' accounts), 0 for the live roster: every roster index leads with it. */
const deletedFlag = (query: Pick<RosterFilter, 'bin'>) => (query.bin ? 1 : 0);

/** The accounts of `from` (live, or in the bin) that pass the roster's filters, and whether any filter was set. */
function filteredAccounts(from: AccountQuery, query: RosterFilter) {
  let q = from.where('deleted', '=', deletedFlag(query));
  const start = q;
  if (query.search) q = q.where(searchMatches(query.search));
  if (query.platforms?.length) q = q.where('platform', 'in', query.platforms);
  if (query.tiers?.length) q = q.where('tier', 'in', query.tiers);
  if (query.statuses?.length) q = q.where('creator_status', 'in', query.statuses);
  if (query.niche) q = q.where(keyMatches('niches', `|${query.niche}|`));
  if (query.location) q = q.where(keyMatches('location', query.location));
  if (query.erMin !== undefined) q = q.where('er_followers', '>=', query.erMin);
  if (query.erMax !== undefined) q = q.where('er_followers', '<=', query.erMax);
  if (query.erVerdicts?.length) {
    const verdicts = query.erVerdicts.filter((v) => v !== 'none');
    const withNone = query.erVerdicts.includes('none');
    q = q.where((eb) => eb.or([...(verdicts.length ? [eb('er_verdict', 'in', verdicts)] : []), ...(withNone ? [eb('er_verdict', 'is', null)] : [])]));
  }
  if (query.vettingMin !== undefined) q = q.where('vetting_score', '>=', query.vettingMin);
  if (query.flaggedOnly) q = q.where('flag_count', '>', 0);
  if (query.demo === 'exclude') q = q.where('is_demo', '=', 0);
  if (query.demo === 'only') q = q.where('is_demo', '=', 1);
  return { accounts: q, filtered: q !== start };
}

/**
 * How many accounts, in sort order, a page may look at before sorting the matches instead:
 * twice what an even spread of the matches needs ((offset + limit) × accounts ÷ matches),
 * or null when that is no fewer than the matches themselves.
 */
function walkBudget(matches: number, wanted: number, accounts: number): number | null {
  const budget = Math.ceil((2 * wanted * accounts) / matches);
  return budget < matches ? budget : null;
}

/**
 * The page's ids, by the cheaper of two plans (SQLite cannot know how filters and order correlate):
 * - walk the sort column's index and test each account: cheap when many match, but it visited
 *   all 100,000 accounts when none matched, or when the matches sit late in the order (a vetting
 *   minimum sorted by ascending ER). So it only looks at the first `walkBudget` accounts, and
 *   if the page is not among them,
 * - take every match from the filter's index and sort them: costs as many rows as match.
 */
async function pageIds(db: Executor, query: ValidRosterQuery, matches: number): Promise<number[]> {
  const live = inRosterOrder(db.selectFrom('creator_account').where('deleted', '=', deletedFlag(query)), query.sort, query.direction);
  const { accounts, filtered } = filteredAccounts(db.selectFrom('creator_account'), query);
  if (!filtered) return (await live.select('id').limit(query.limit).offset(query.offset).execute()).map((r) => r.id);

  // Ids are assigned in order and rarely deleted, so the highest one is a fair count of accounts.
  const { highest } = await db.selectFrom('creator_account').select((eb) => eb.fn.max('id').as('highest')).executeTakeFirstOrThrow();
  // Testing the search filter means finding every match in the trigram index first: no walk then.
  const budget = query.search ? null : walkBudget(matches, query.offset + query.limit, Number(highest ?? 0));
  if (budget !== null) {
    // The first `budget` accounts in sort order, read in that order and filtered as they come.
    // The subquery stands in for the table under its name, so the same filters apply to it.
    const firstInOrder = db.selectFrom(live.selectAll().limit(budget).as('creator_account')) as unknown as AccountQuery;
    const page = await inRosterOrder(filteredAccounts(firstInOrder, query).accounts, query.sort, query.direction)
      .select('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    if (page.length === Math.min(query.limit, matches - query.offset)) return page.map((r) => r.id);
  }
  const page = await inRosterOrder(accounts, query.sort, query.direction, true)
    .select('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return page.map((r) => r.id);
}

/**
 * The distinct niche lists (JSON) of the live roster's creators, few however many creators share
 * them, in the order they were first used (so the oldest spelling of a niche comes first).
 */
export async function liveNicheLists(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('creator')
    .select('niches_json')
    .where('deleted_at', 'is', null)
    .groupBy('niches_json')
    .orderBy((eb) => eb.fn.min('id'))
    .execute();
  return rows.map((r) => r.niches_json);
}

/** The roster page: filter, sort and page in SQL over the account table, plus the total. */
export async function queryRoster(db: Executor, query: ValidRosterQuery): Promise<{ total: number; rows: CreatorAccountRow[] }> {
  const { total } = await filteredAccounts(db.selectFrom('creator_account'), query).accounts.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const matches = Number(total);
  if (matches <= query.offset) return { total: matches, rows: [] };
  // The page's ids first (from indexes where they cover the filter and sort), then only those rows.
  const ids = await pageIds(db, query, matches);
  const byId = new Map((await db.selectFrom('creator_account').selectAll().where('id', 'in', ids).execute()).map((r) => [r.id, r]));
  return { total: matches, rows: ids.map((id) => byId.get(id)!) };
}

/** Every row of the filtered view in the roster's order, for an export. */
export async function listRoster(db: Executor, query: Omit<ValidRosterQuery, 'offset' | 'limit'>): Promise<CreatorAccountRow[]> {
  return inRosterOrder(filteredAccounts(db.selectFrom('creator_account'), query).accounts, query.sort, query.direction).selectAll().execute();
}

/** The creators with at least one account in the filtered view, for "select all matching". */
export async function matchingCreatorIds(db: Executor, query: RosterFilter): Promise<number[]> {
  const rows = await filteredAccounts(db.selectFrom('creator_account'), query).accounts.select('creator_id').distinct().execute();
  return rows.map((r) => r.creator_id);
}
