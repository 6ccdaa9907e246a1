/**
 * The import as it was before "update" went bulk (commit f4393d7), kept verbatim as the
 * reference the bulk path is compared with: existing accounts are updated, and accounts joined
 * to a creator of the same name, row by row through the repositories and
 * `creators.refreshCreatorIn`. Only the import paths and the names of the exports were changed,
 * the preview's `match` is gone (the tests compare imports only),
 * a same-day snapshot from a file of the same name is replaced (as the bulk path now does), and
 * days are the user's local days.
 * Test-only: never used by the app.
 */
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { primaryDeliverable } from '@shared/calc/pricing';
import { vetCreatorSubject } from '@shared/creators/creator-vetting';
import type { ImportProgress, ImportResult, ImportRow, OnExisting } from '@shared/domain/creator-import';
import { localIsoDay } from '@shared/local-day';
import { knownStatus, statusOf } from '@shared/domain/creator-status-words';
import { handleKey, type RateCardEntry } from '@shared/domain/creators';
import type { Db } from '../../electron/core/db/database';
import type { CreatorRow, NewCreatorAccountRow, NewCreatorRow, NewMetricSnapshotRow } from '../../electron/core/db/schema';
import { accountCounts, matchableCreatorNames, allHandleKeys, nextIds } from '../../electron/core/repos/creators-bulk.repo';
import type { RosterBulkWriter } from '../../electron/core/repos/creators-bulk.sqlite';
import { findCreator, insertAccount, listAccountsOf, listSnapshots, replaceDaySnapshot, updateAccountRow, updateCreatorRow } from '../../electron/core/repos/creators.repo';
import { optimizeAfterBulkWrite } from '../../electron/core/repos/maintenance.sqlite';
import { accountCreatorColumns, accountFigureColumns, derivedAccountColumns, searchKey, snapshotRow, toFollowerSnapshots } from '../../electron/core/services/creator-rows';
import type { CreatorsService } from '../../electron/core/services/creators.service';
import { nameKey, reportedEr } from '../../electron/core/services/creator-import-rows';
import { sameBeforeRefresh } from '../../electron/core/services/creator-import-existing';
import { namesOfSeveralCreators } from '@shared/domain/creator-names';
import { DomainError } from '../../electron/core/services/domain-error';
import { loadEffectiveBenchmarks } from '../../electron/core/services/effective-benchmarks';

/** The user's day of the import's stamp, as the per-row path dated its snapshots. */
const localDayOfStamp = (stamp: string) => localIsoDay(new Date(stamp));

/** The limits of a creator (as in `creatorInputSchema`), so an imported creator can still be edited. */
const maxAccounts = 10;
const maxTags = 50;
const maxNotes = 20_000;

const accountKey = (platform: string, handle: string) => `${platform}:${handleKey(handle)}`;

function union(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const item of list) if (!seen.has(item.toLowerCase())) seen.set(item.toLowerCase(), item);
  return [...seen.values()];
}

function figuresOf(row: ImportRow) {
  return {
    platform: row.platform,
    followers: row.followers,
    avgLikes: row.avgLikes,
    avgComments: row.avgComments,
    avgShares: row.avgShares,
    avgSaves: row.avgSaves,
    avgViews: row.avgViews,
  };
}

function rateCardOf(rows: readonly ImportRow[], currency: string): RateCardEntry[] {
  return rows.flatMap((r) => (r.ratePerPostMinor === null ? [] : [{ deliverable: primaryDeliverable[r.platform], platform: r.platform, amount: r.ratePerPostMinor, currency: r.rateCurrency ?? currency }]));
}

export interface ImportServiceOptions {
  now?: () => Date;
  /** Longest stretch of work between pauses that let progress requests through, in ms. */
  pauseEveryMs?: number;
}

/**
 * Imports the valid rows of a file in one transaction. Rows of one person (same name in the
 * file) become one creator with several accounts. New creators are built in memory and written
 * by the bulk writer; rows that match the roster follow the user's choice.
 */
export function createPerRowImportService(db: Db, creators: CreatorsService, bulk: RosterBulkWriter, options: ImportServiceOptions = {}) {
  const { now = () => new Date(), pauseEveryMs = 50 } = options;
  let progress: ImportProgress | null = null;
  let lastPause = 0;

  /**
   * Records how far the import is and, after every `pauseEveryMs` of work, lets the event loop
   * run, so `creators:importProgress` (which reads only this) is answered during the import.
   * The transaction stays open across a pause; other database calls wait for the connection.
   */
  async function reached(next: ImportProgress, pauseNow = false): Promise<void> {
    progress = next;
    if (!pauseNow && performance.now() - lastPause < pauseEveryMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    lastPause = performance.now();
  }

  /** Applies the row to its account and creator; false when it changed nothing (then the creator's `updated_at` stays, as in the bulk path). */
  async function updateExisting(trx: Db, account: { id: number; creator_id: number }, row: ImportRow, fileName: string, dataSet: BenchmarkDataSet, currency: string): Promise<boolean> {
    const creator = (await findCreator(trx, account.creator_id))!;
    const current = (await listAccountsOf(trx, creator.id)).find((a) => a.id === account.id)!;
    const stamp = now().toISOString();
    // The file's figures win where it has them; a blank cell keeps what the roster knew.
    const pick = <T>(fromFile: T | null, known: T | null) => (fromFile === null ? known : fromFile);
    const figures = {
      platform: row.platform,
      followers: row.followers,
      avgLikes: pick(row.avgLikes, current.avg_likes),
      avgComments: pick(row.avgComments, current.avg_comments),
      avgShares: pick(row.avgShares, current.avg_shares),
      avgSaves: pick(row.avgSaves, current.avg_saves),
      avgViews: pick(row.avgViews, current.avg_views),
    };
    // Since the bulk path keeps a file's ER only where it is the account's ER (`reportedEr`).
    const fileEr = reportedEr({ ...figures, engagementRate: row.engagementRate });
    const erReported = pick(fileEr, current.er_reported);
    // Since the bulk path's same-day replacement: a stored snapshot of the same day goes (one point per account and day).
    // Since its "no new measurement" rule: the account's own figures again add no snapshot.
    const same =
      figures.followers === current.followers &&
      figures.avgLikes === current.avg_likes &&
      figures.avgComments === current.avg_comments &&
      figures.avgShares === current.avg_shares &&
      figures.avgSaves === current.avg_saves &&
      figures.avgViews === current.avg_views;
    const measured = !same || (await listSnapshots(trx, [current.id])).length === 0;
    if (measured) await replaceDaySnapshot(trx, snapshotRow(current.id, localDayOfStamp(stamp), { ...figures, engagementRate: fileEr }, fileName, stamp));
    const changes = detailChanges(creator, row, currency, stamp);
    await updateCreatorRow(trx, creator.id, changes);
    const tags = JSON.parse(changes.tags_json!) as string[];
    const history = toFollowerSnapshots(await listSnapshots(trx, [current.id]));
    const audienceScore = row.audienceAuthenticity ?? (creator.audience_json ? (JSON.parse(creator.audience_json).authenticityScore ?? null) : null);
    await updateAccountRow(trx, current.id, {
      ...accountFigureColumns(figures),
      posts_per_week: pick(row.postsPerWeek, current.posts_per_week),
      profile_url: pick(row.profileUrl, current.profile_url),
      er_reported: erReported,
      ...(measured ? { source_file: fileName, figures_as_of: localDayOfStamp(stamp) } : {}),
      search_key: searchKey(changes.name ?? creator.name, current.handle, tags),
      ...derivedAccountColumns(dataSet, figures, history, audienceScore, erReported),
    });
    // Since the bulk path judges a row by its own writes, before the creator's refresh.
    const unchanged = !measured && sameBeforeRefresh(creator, (await findCreator(trx, creator.id))!) && sameBeforeRefresh(current, (await listAccountsOf(trx, creator.id)).find((a) => a.id === account.id)!);
    await creators.refreshCreatorIn(trx, creator.id, dataSet);
    if (unchanged) await updateCreatorRow(trx, creator.id, { updated_at: creator.updated_at });
    return !unchanged;
  }

  /** The row's details over the creator's: what an update and a new account of a known creator both apply. */
  function detailChanges(creator: CreatorRow, row: ImportRow, currency: string, stamp: string): Partial<CreatorRow> {
    const pick = <T>(fromFile: T | null, known: T | null) => (fromFile === null ? known : fromFile);
    const tags = union(JSON.parse(creator.tags_json) as string[], row.tags).slice(0, maxTags);
    return {
      email: pick(row.email, creator.email),
      phone: pick(row.phone, creator.phone),
      agent: pick(row.agent, creator.agent),
      country: pick(row.country, creator.country),
      city: pick(row.city ?? row.location, creator.city),
      languages_json: JSON.stringify(union(JSON.parse(creator.languages_json) as string[], row.languages).slice(0, maxTags)),
      niches_json: JSON.stringify(union(JSON.parse(creator.niches_json) as string[], row.niches).slice(0, maxTags)),
      tags_json: JSON.stringify(tags),
      updated_at: stamp,
      ...(knownStatus(row.status) ? { status: knownStatus(row.status)! } : {}),
      ...(row.audienceAuthenticity !== null
        ? { audience_json: JSON.stringify({ ageBands: {}, genderSplit: null, topCountries: [], ...(creator.audience_json ? JSON.parse(creator.audience_json) : {}), authenticityScore: row.audienceAuthenticity }) }
        : {}),
      ...(row.ratePerPostMinor !== null
        ? {
            rate_card_json: JSON.stringify([
              ...(JSON.parse(creator.rate_card_json) as RateCardEntry[]).filter((r) => !(r.platform === row.platform && r.deliverable === primaryDeliverable[row.platform])),
              ...rateCardOf([row], currency),
            ]),
          }
        : {}),
    };
  }

  async function addAccountTo(trx: Db, creatorId: number, row: ImportRow, fileName: string, dataSet: BenchmarkDataSet, currency: string) {
    const before = (await findCreator(trx, creatorId))!;
    const stamp = now().toISOString();
    // Since the bulk path applies a new account's details: the creator first, then the account from it.
    await updateCreatorRow(trx, creatorId, detailChanges(before, row, currency, stamp));
    const creator = (await findCreator(trx, creatorId))!;
    const id = await insertAccount(trx, {
      ...accountRowFor(row, fileName, dataSet, creator.audience_json ? (JSON.parse(creator.audience_json).authenticityScore ?? null) : null, stamp),
      creator_id: creatorId,
      search_key: searchKey(creator.name, row.handle, JSON.parse(creator.tags_json) as string[]),
      ...accountCreatorColumns(creator),
    });
    await replaceDaySnapshot(trx, snapshotFor(id, row, fileName, stamp));
    await creators.refreshCreatorIn(trx, creatorId, dataSet);
  }

  function accountRowFor(row: ImportRow, fileName: string, dataSet: BenchmarkDataSet, audienceScore: number | null, stamp: string) {
    return {
      platform: row.platform,
      handle: row.handle,
      handle_key: handleKey(row.handle),
      profile_url: row.profileUrl,
      ...accountFigureColumns(row),
      posts_per_week: row.postsPerWeek,
      er_reported: reportedEr(row),
      source_file: fileName,
      figures_as_of: localDayOfStamp(stamp),
      ...derivedAccountColumns(dataSet, figuresOf(row), [{ date: localDayOfStamp(stamp), followers: row.followers }], audienceScore, reportedEr(row)),
    };
  }

  function snapshotFor(accountId: number, row: ImportRow, fileName: string, stamp: string): NewMetricSnapshotRow {
    return snapshotRow(accountId, localDayOfStamp(stamp), { ...row, engagementRate: reportedEr(row) }, fileName, stamp);
  }

  /** Builds every new creator, its accounts and first snapshots in memory, then has the bulk writer write them. */
  async function createBulk(trx: Db, groups: readonly ImportRow[][], fileName: string, currency: string, dataSet: BenchmarkDataSet): Promise<void> {
    const ids = await nextIds(trx);
    const total = groups.reduce((n, g) => n + g.length, 0);
    let computed = 0;
    const stamp = now().toISOString();
    const creatorRows: (NewCreatorRow & { id: number })[] = [];
    const accountRows: (NewCreatorAccountRow & { id: number })[] = [];
    const snapshotRows: NewMetricSnapshotRow[] = [];
    for (const rows of groups) {
      const first = rows[0]!;
      const id = ids.creator++;
      const audienceScore = rows.find((r) => r.audienceAuthenticity !== null)?.audienceAuthenticity ?? null;
      const tags = union(...rows.map((r) => r.tags)).slice(0, maxTags);
      const creator: NewCreatorRow & { id: number } = {
        id,
        name: first.name ?? `@${first.handle}`,
        status: statusOf(first.status),
        country: first.country,
        city: first.city ?? first.location,
        languages_json: JSON.stringify(union(...rows.map((r) => r.languages)).slice(0, maxTags)),
        niches_json: JSON.stringify(union(...rows.map((r) => r.niches)).slice(0, maxTags)),
        tags_json: JSON.stringify(tags),
        email: rows.find((r) => r.email)?.email ?? null,
        phone: rows.find((r) => r.phone)?.phone ?? null,
        agent: rows.find((r) => r.agent)?.agent ?? null,
        accepts_product_only: rows.some((r) => r.acceptsProductOnly) ? 1 : 0,
        audience_json: audienceScore === null ? null : JSON.stringify({ ageBands: {}, genderSplit: null, topCountries: [], authenticityScore: audienceScore }),
        rate_card_json: JSON.stringify(rateCardOf(rows, currency)),
        notes: rows.map((r) => r.notes).filter(Boolean).join('\n').slice(0, maxNotes),
        vetting_json: '{}',
        vetting_score: null,
        is_demo: 0,
        deleted_at: null,
        created_at: stamp,
        updated_at: stamp,
      };
      const accounts = rows.map((row) => {
        const accountId = ids.account++;
        snapshotRows.push(snapshotFor(accountId, row, fileName, stamp));
        return { id: accountId, row, values: accountRowFor(row, fileName, dataSet, audienceScore, stamp) };
      });
      creator.vetting_score = vetCreatorSubject(dataSet, {
        vetting: {},
        audienceAuthenticityScore: audienceScore,
        accounts: rows.map((r) => ({ ...figuresOf(r), erReported: reportedEr(r), snapshots: [{ asOf: localDayOfStamp(stamp), followers: r.followers }] })),
      }).overall;
      const listColumns = accountCreatorColumns({ ...creator, deleted_at: null, vetting_score: creator.vetting_score, is_demo: 0 } as CreatorRow);
      creatorRows.push(creator);
      for (const account of accounts) {
        accountRows.push({ id: account.id, creator_id: id, ...account.values, search_key: searchKey(creator.name, account.row.handle, tags), ...listColumns });
      }
      computed += rows.length;
      await reached({ step: 'computing', done: computed, total });
    }
    const written = creatorRows.length + accountRows.length + snapshotRows.length;
    await bulk.insert({ creators: creatorRows, accounts: accountRows, snapshots: snapshotRows }, (done) => reached({ step: 'writing', done, total: written }));
  }

  async function importRows(fileName: string, currency: string, onExisting: OnExisting, rows: readonly ImportRow[]): Promise<ImportResult> {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const key = accountKey(row.platform, row.handle);
      const first = seen.get(key);
      if (first !== undefined) {
        const message = `Line ${row.line}: @${handleKey(row.handle)} on ${row.platform} is also on line ${first}`;
        throw new DomainError('invalid_input', message, [
          { field: `rows.${row.line}.handle`, rule: 'duplicateHandle', params: { line: row.line, firstLine: first, handle: handleKey(row.handle), platform: row.platform }, message },
        ]);
      }
      seen.set(key, row.line);
    }

    progress = { step: 'matching', done: 0, total: rows.length };
    lastPause = performance.now();
    try {
      return await writeRows(fileName, currency, onExisting, rows);
    } finally {
      progress = null;
    }
  }

  async function writeRows(fileName: string, currency: string, onExisting: OnExisting, rows: readonly ImportRow[]): Promise<ImportResult> {
    const imported = await db.transaction().execute(async (trx) => {
      const dataSet = await loadEffectiveBenchmarks(trx);
      const accounts = new Map((await allHandleKeys(trx)).map((a) => [`${a.platform}:${a.handle_key}`, a]));
      const counts = await accountCounts(trx);
      const names = new Map<string, number[]>();
      for (const c of await matchableCreatorNames(trx)) names.set(nameKey(c.name), [...(names.get(nameKey(c.name)) ?? []), c.id]);

      const result: ImportResult = { created: 0, updated: 0, addedAccounts: 0, skipped: 0, inBin: 0, historyOnly: 0, historyInFile: 0, unchanged: 0 };
      const severalInFile = namesOfSeveralCreators(rows);
      const newGroups = new Map<string, ImportRow[]>();
      for (const [index, row] of rows.entries()) {
        await reached({ step: 'matching', done: index, total: rows.length });
        const existingAccount = accounts.get(accountKey(row.platform, row.handle));
        if (existingAccount) {
          // A creator in the bin is left alone (updating it would be invisible); the result says how many, so the user can restore them.
          if (existingAccount.deleted === 1) {
            result.skipped++;
            result.inBin++;
            continue;
          }
          if (onExisting === 'update') {
            if (await updateExisting(trx, existingAccount, row, fileName, dataSet, currency)) result.updated++;
            else result.unchanged++;
          } else result.skipped++;
          continue;
        }
        // Since the bulk path joins no one by a name the file gives to two creator ids.
        const sameName = row.name && !severalInFile.has(nameKey(row.name)) ? names.get(nameKey(row.name)) : undefined;
        const roomForAccount = sameName?.length === 1 && (counts.get(sameName[0]!) ?? 0) < maxAccounts;
        if (sameName?.length === 1 && onExisting !== 'new' && (roomForAccount || onExisting === 'skip')) {
          if (onExisting === 'update') {
            await addAccountTo(trx, sameName[0]!, row, fileName, dataSet, currency);
            counts.set(sameName[0]!, (counts.get(sameName[0]!) ?? 0) + 1);
            result.addedAccounts++;
          } else result.skipped++;
          continue;
        }
        // Rows of one person in the file become one creator (at most ten accounts each);
        // rows without a name stand alone.
        // Since the bulk path groups by a creator id where the file has one.
        const person = row.creatorRef ? `ref:${row.creatorRef}` : row.name ? `name:${nameKey(row.name)}` : `line:${row.line}`;
        let groupKey = person;
        for (let part = 2; (newGroups.get(groupKey)?.length ?? 0) >= maxAccounts; part++) groupKey = `${person}#${part}`;
        newGroups.set(groupKey, [...(newGroups.get(groupKey) ?? []), row]);
      }
      await createBulk(trx, [...newGroups.values()], fileName, currency, dataSet);
      result.created = newGroups.size;
      // The commit cannot report while it runs: say so before it starts.
      await reached({ step: 'saving', done: rows.length, total: rows.length }, true);
      return result;
    });
    await optimizeAfterBulkWrite(db);
    return imported;
  }

  return { importRows, progress: (): ImportProgress | null => progress };
}
export type PerRowImportService = ReturnType<typeof createPerRowImportService>;
