import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { Platform } from '@shared/calc/tiers';
import { localIsoDay } from '@shared/local-day';
import { foldForSearch } from '@shared/text/fold';
import { platformStartDay, platformStartYear } from '@shared/domain/platform-start';
import {
  handleKey,
  rosterQuerySchema,
  type CreatorDetail,
  type ExportRow,
  type RosterQuery,
  type RosterRow,
  type ValidCreatorInput,
  type VettingAnswer,
} from '@shared/domain/creators';
import type { Db } from '../db/database';
import type { CreatorAccountRow, CreatorRow } from '../db/schema';
import {
  allAccountsForRefresh,
  allCreatorsForRefresh,
  allSnapshotsForRefresh,
  deleteAccounts,
  findAccount,
  findAccountsByHandles,
  findCreator,
  findCreators,
  insertAccount,
  insertCreator,
  replaceDaySnapshot,
  listAccountsOf,
  listRoster,
  listSnapshots,
  liveNicheLists,
  queryRoster,
  setVettingScore,
  syncAccountCreatorColumns,
  updateAccountRow,
  updateCreatorRow,
} from '../repos/creators.repo';
import {
  accountCreatorColumns,
  accountFigureColumns,
  audienceScoreOf,
  creatorRowValues,
  derivedAccountColumns,
  searchKey,
  snapshotRow,
  storedList,
  toCreatorDetail,
  toExportRow,
  toFollowerSnapshots,
  toRosterRow,
  vettingAnswers,
  vettingScore,
} from './creator-rows';
import type { RosterBulkWriter } from '../repos/creators-bulk.sqlite';
import { createCreatorsBulkService } from './creators-bulk.service';
import { syncSearchKeys } from './creator-search-keys';
import { refuseIfChangedSince } from './changed-elsewhere';
import { DomainError, fieldRefusal } from './domain-error';
import { loadEffectiveBenchmarks } from './effective-benchmarks';

export interface WriteOptions {
  /** Where the figures came from, kept on the metric snapshot (manual, or the import file's name). */
  source?: string;
  isDemo?: boolean;
}

type AccountInput = ValidCreatorInput['accounts'][number];

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function today(now: Date): string {
  return localIsoDay(now);
}

/** The creator roster: one transaction per user action; tiers and ER verdicts always from the effective benchmarks. */
export function createCreatorsService(db: Db, bulkWriter: RosterBulkWriter, now: () => Date = () => new Date()) {
  async function detail(trx: Db, id: number): Promise<CreatorDetail> {
    const row = await findCreator(trx, id);
    if (!row) throw new DomainError('not_found', `There is no creator ${id}`);
    const accounts = await listAccountsOf(trx, id);
    return toCreatorDetail(row, accounts, await listSnapshots(trx, accounts.map((a) => a.id)));
  }

  /** Refuses handles that belong to another creator, naming the field and the owner. */
  async function assertHandlesFree(trx: Db, accounts: readonly AccountInput[], ownerId: number | null): Promise<void> {
    const taken = await findAccountsByHandles(
      trx,
      accounts.map((a) => ({ platform: a.platform, handleKey: handleKey(a.handle) })),
    );
    const clashes = taken.filter((t) => t.creator_id !== ownerId);
    if (clashes.length === 0) return;
    const issues = clashes.map((clash) => {
      const index = accounts.findIndex((a) => a.platform === clash.platform && handleKey(a.handle) === clash.handle_key);
      // The handle of a creator in the bin stays taken (restoring it must not clash): say where that creator is.
      const inBin = clash.deleted === 1;
      return {
        field: `accounts.${index}.handle`,
        rule: inBin ? 'handleInBin' : 'handleTaken',
        params: { handle: clash.handle_key, platform: clash.platform, name: clash.creator_name, creatorId: clash.creator_id },
        message: `@${clash.handle_key} on ${clash.platform} already belongs to ${clash.creator_name}${inBin ? ', which is in the bin' : ''}`,
      };
    });
    throw new DomainError('conflict', issues[0]!.message, issues);
  }

  /** Recomputes the vetting score and copies the creator's list columns onto its accounts. */
  async function refreshCreator(trx: Db, id: number, dataSet: BenchmarkDataSet): Promise<void> {
    const row = (await findCreator(trx, id))!;
    const accounts = await listAccountsOf(trx, id);
    const snapshots = await listSnapshots(trx, accounts.map((a) => a.id));
    const score = vettingScore(dataSet, row, accounts, snapshots);
    await updateCreatorRow(trx, id, { vetting_score: score });
    await syncAccountCreatorColumns(trx, id, accountCreatorColumns({ ...row, vetting_score: score }));
    await syncSearchKeys(trx, row, accounts);
  }

  async function writeAccounts(
    trx: Db,
    creator: Pick<CreatorRow, 'id' | 'name' | 'audience_json'> & { tags: readonly string[] },
    accounts: readonly AccountInput[],
    existing: readonly CreatorAccountRow[],
    dataSet: BenchmarkDataSet,
    source: string,
  ): Promise<void> {
    const keep = new Set<number>();
    const asOf = today(now());
    const createdAt = now().toISOString();
    const audienceScore = audienceScoreOf(creator);
    for (const account of accounts) {
      const match =
        existing.find((e) => account.id !== undefined && e.id === account.id) ??
        existing.find((e) => e.platform === account.platform && e.handle_key === handleKey(account.handle));
      const figures = { ...account, platform: account.platform as Platform };
      const changed =
        !match || match.followers !== account.followers || match.avg_likes !== account.avgLikes || match.avg_comments !== account.avgComments;
      // New figures are today's snapshot, in place of any other of today (one per account and day).
      const stored = match ? toFollowerSnapshots(await listSnapshots(trx, [match.id])) : [];
      const history = changed ? [...stored.filter((point) => point.date !== asOf), { date: asOf, followers: account.followers }] : stored;
      const values = {
        creator_id: creator.id,
        platform: account.platform,
        handle: account.handle,
        handle_key: handleKey(account.handle),
        profile_url: account.profileUrl,
        ...accountFigureColumns(account),
        ...(changed ? { figures_as_of: asOf } : {}),
        posts_per_week: account.postsPerWeek,
        search_key: searchKey(creator.name, account.handle, creator.tags),
        ...derivedAccountColumns(dataSet, figures, history, audienceScore, match?.er_reported ?? null),
      };
      let accountId: number;
      if (match) {
        accountId = match.id;
        await updateAccountRow(trx, match.id, values);
      } else {
        // The creator's list columns are filled in by refreshCreator right after.
        accountId = await insertAccount(trx, { ...values, creator_name: creator.name, creator_status: 'prospect', location_key: '', niches_key: '', is_demo: 0, deleted: 0 });
      }
      keep.add(accountId);
      if (changed) await replaceDaySnapshot(trx, snapshotRow(accountId, asOf, account, source, createdAt));
    }
    await deleteAccounts(
      trx,
      existing.filter((e) => !keep.has(e.id)).map((e) => e.id),
    );
  }

  /** Creates a creator inside an existing transaction (used by imports and demo data too). */
  async function createIn(trx: Db, input: ValidCreatorInput, dataSet: BenchmarkDataSet, options: WriteOptions = {}): Promise<number> {
    await assertHandlesFree(trx, input.accounts, null);
    const stamp = now().toISOString();
    const values = { ...creatorRowValues(input, stamp), created_at: stamp, is_demo: options.isDemo ? 1 : 0, vetting_json: '{}' };
    const id = await insertCreator(trx, values);
    await writeAccounts(trx, { id, name: input.name, audience_json: values.audience_json ?? null, tags: input.tags }, input.accounts, [], dataSet, options.source ?? 'manual');
    await refreshCreator(trx, id, dataSet);
    return id;
  }

  async function updateIn(trx: Db, id: number, input: ValidCreatorInput, dataSet: BenchmarkDataSet, options: WriteOptions = {}): Promise<void> {
    const row = await findCreator(trx, id);
    if (!row) throw new DomainError('not_found', `There is no creator ${id}`);
    await assertHandlesFree(trx, input.accounts, id);
    const values = creatorRowValues(input, now().toISOString());
    await updateCreatorRow(trx, id, values);
    await writeAccounts(trx, { id, name: input.name, audience_json: values.audience_json ?? null, tags: input.tags }, input.accounts, await listAccountsOf(trx, id), dataSet, options.source ?? 'manual');
    await refreshCreator(trx, id, dataSet);
  }

  return {
    createIn,
    updateIn,
    refreshCreatorIn: refreshCreator,
    ...createCreatorsBulkService(db, bulkWriter, now),

    async list(query: RosterQuery): Promise<{ total: number; rows: RosterRow[] }> {
      const { total, rows } = await queryRoster(db, rosterQuerySchema.parse(query));
      return { total, rows: rows.map(toRosterRow) };
    },

    /** The whole view for an export: the same filters and order as the roster, without paging, with each creator's contact and lists. */
    async exportRows(query: Omit<RosterQuery, 'offset' | 'limit'>): Promise<ExportRow[]> {
      const accounts = await listRoster(db, rosterQuerySchema.parse(query));
      const creators = new Map((await findCreators(db, [...new Set(accounts.map((a) => a.creator_id))])).map((c) => [c.id, c]));
      return accounts.map((account) => toExportRow(account, creators.get(account.creator_id)!));
    },

    get: (id: number) => detail(db, id),

    /**
     * Every niche of the live roster once, as the user wrote it (the oldest spelling of those the
     * filter matches alike: case and accents aside), sorted: the niche filter's suggestions.
     */
    async niches(): Promise<string[]> {
      const niches = new Map<string, string>();
      for (const list of await liveNicheLists(db)) {
        for (const niche of storedList(list)) if (!niches.has(foldForSearch(niche))) niches.set(foldForSearch(niche), niche);
      }
      return [...niches.values()].sort((a, b) => a.localeCompare(b));
    },

    create: (input: ValidCreatorInput) =>
      db.transaction().execute(async (trx) => detail(trx, await createIn(trx, input, await loadEffectiveBenchmarks(trx)))),

    update: (id: number, input: ValidCreatorInput, expectedUpdatedAt?: string) =>
      db.transaction().execute(async (trx) => {
        const stored = await findCreator(trx, id);
        if (stored) refuseIfChangedSince(stored.updated_at, expectedUpdatedAt);
        await updateIn(trx, id, input, await loadEffectiveBenchmarks(trx));
        return detail(trx, id);
      }),

    setVetting: (id: number, itemId: string, answer: VettingAnswer) =>
      db.transaction().execute(async (trx) => {
        const row = await findCreator(trx, id);
        if (!row) throw new DomainError('not_found', `There is no creator ${id}`);
        const answers = { ...vettingAnswers(row), [itemId]: answer };
        await updateCreatorRow(trx, id, { vetting_json: JSON.stringify(answers), updated_at: now().toISOString() });
        await refreshCreator(trx, id, await loadEffectiveBenchmarks(trx));
        return detail(trx, id);
      }),

    addSnapshot: (input: { accountId: number; asOf: string; followers: number; avgLikes: number | null; avgComments: number | null }) =>
      db.transaction().execute(async (trx) => {
        const account = await findAccount(trx, input.accountId);
        if (!account) throw new DomainError('not_found', `There is no account ${input.accountId}`);
        if (input.asOf > today(now())) {
          throw new DomainError('invalid_input', 'A snapshot cannot be dated in the future', [
            { field: 'asOf', rule: 'dateInFuture', message: 'A snapshot cannot be dated in the future' },
          ]);
        }
        if (input.asOf < platformStartDay(account.platform as Platform)) {
          const year = platformStartYear[account.platform as Platform];
          throw fieldRefusal('invalid_input', 'asOf', 'dateBeforePlatform', `A snapshot cannot be dated before ${year}, when the platform began`, { year });
        }
        // One point per account and day, as an import keeps it: the figures entered now replace
        // that day's, and a figure left blank keeps the one the day had (the import's rule), so the
        // account's current figures stay figures some snapshot holds.
        const replaced = (await listSnapshots(trx, [input.accountId])).find((s) => s.as_of === input.asOf);
        const dayFigures = {
          followers: input.followers,
          avgLikes: input.avgLikes ?? replaced?.avg_likes ?? null,
          avgComments: input.avgComments ?? replaced?.avg_comments ?? null,
          avgShares: replaced?.avg_shares ?? null,
          avgSaves: replaced?.avg_saves ?? null,
          avgViews: replaced?.avg_views ?? null,
          // The form has no ER: the one a file reported for that day stays.
          engagementRate: replaced?.er_reported ?? null,
        };
        await replaceDaySnapshot(trx, snapshotRow(input.accountId, input.asOf, dayFigures, 'manual', now().toISOString()));
        const dataSet = await loadEffectiveBenchmarks(trx);
        const creator = (await findCreator(trx, account.creator_id))!;
        const snapshots = await listSnapshots(trx, [account.id]);
        const latest = snapshots[snapshots.length - 1]!;
        // The newest snapshot is the account's current figure.
        const figures = {
          platform: account.platform as Platform,
          followers: latest.followers,
          avgLikes: latest.avg_likes ?? account.avg_likes,
          avgComments: latest.avg_comments ?? account.avg_comments,
          avgShares: account.avg_shares,
          avgSaves: account.avg_saves,
          avgViews: account.avg_views,
        };
        await updateAccountRow(trx, account.id, {
          followers: figures.followers,
          avg_likes: figures.avgLikes,
          avg_comments: figures.avgComments,
          figures_as_of: latest.as_of,
          ...derivedAccountColumns(dataSet, figures, toFollowerSnapshots(snapshots), audienceScoreOf(creator), account.er_reported),
        });
        // A figure the user entered is a change to the creator (removing the demo asks about edited ones).
        await updateCreatorRow(trx, account.creator_id, { updated_at: now().toISOString() });
        await refreshCreator(trx, account.creator_id, dataSet);
        return detail(trx, account.creator_id);
      }),

    /**
     * After the benchmarks change: every account's tier, ER verdict and flags, and every
     * vetting score, follow, in the same transaction. Reads everything once and writes only
     * what changed, so it stays a single pass even for a 100,000-account roster.
     */
    async refreshDerived(trx: Db, dataSet: BenchmarkDataSet): Promise<void> {
      const [accounts, snapshots, creators] = await Promise.all([allAccountsForRefresh(trx), allSnapshotsForRefresh(trx), allCreatorsForRefresh(trx)]);
      const snapshotsOf = groupBy(snapshots, (s) => s.account_id);
      const accountsOf = groupBy(accounts, (a) => a.creator_id);
      const audienceScore = new Map(creators.map((c) => [c.id, audienceScoreOf(c)]));
      for (const account of accounts) {
        const derived = derivedAccountColumns(
          dataSet,
          {
            platform: account.platform as Platform,
            followers: account.followers,
            avgLikes: account.avg_likes,
            avgComments: account.avg_comments,
            avgShares: account.avg_shares,
            avgSaves: account.avg_saves,
            avgViews: account.avg_views,
          },
          toFollowerSnapshots(snapshotsOf.get(account.id) ?? []),
          audienceScore.get(account.creator_id) ?? null,
          account.er_reported,
        );
        if (
          derived.tier !== account.tier ||
          derived.er_verdict !== account.er_verdict ||
          derived.er_followers !== account.er_followers ||
          derived.flag_count !== account.flag_count
        ) {
          await updateAccountRow(trx, account.id, derived);
        }
      }
      for (const creator of creators) {
        const own = accountsOf.get(creator.id) ?? [];
        const score = vettingScore(dataSet, creator, own, own.flatMap((a) => snapshotsOf.get(a.id) ?? []));
        if (score !== creator.vetting_score) await setVettingScore(trx, creator.id, score);
      }
    },
  };
}
export type CreatorsService = ReturnType<typeof createCreatorsService>;
