import type { ImportMatch, ImportProgress, ImportResult, ImportRow, OnExisting } from '@shared/domain/creator-import';
import { localIsoDay } from '@shared/local-day';
import { platformStartDay, platformStartYear } from '@shared/domain/platform-start';
import type { Db } from '../db/database';
import { accountCounts, accountsOfCreators, newestSnapshotDaysAfter, matchableCreatorNames, allHandleKeys, deleteSnapshots, followerHistoryOf, nextIds } from '../repos/creators-bulk.repo';
import type { RosterBulkWriter } from '../repos/creators-bulk.sqlite';
import { findCreators } from '../repos/creators.repo';
import { optimizeAfterBulkWrite } from '../repos/maintenance.sqlite';
import { rowsOfImportFile, type ImportFile } from './creator-import-file';
import { rememberMapping, rememberedMapping, type RememberedMapping } from './import-mappings';
import { newCreatorRows, type NewCreatorRows } from './creator-import-new';
import { replayExistingRows, type ExistingRowStep, type ExistingRowsWrite, type ImportContext } from './creator-import-existing';
import { namesOfSeveralCreators } from '@shared/domain/creator-names';
import { accountKey, figuresDay, maxAccounts, nameKey } from './creator-import-rows';
import { importRounds } from './creator-import-rounds';
import { DomainError, fieldRefusal } from './domain-error';
import { loadEffectiveBenchmarks } from './effective-benchmarks';

export interface ImportExtras {
  remember?: RememberedMapping;
  /** ISO day the file's figures were measured; not after today. */
  asOf?: string | undefined;
}

export interface ImportServiceOptions {
  now?: () => Date;
  /** Longest stretch of work between pauses that let progress requests through, in ms. */
  pauseEveryMs?: number;
}

/**
 * Imports the valid rows of a file in one transaction. Rows of one person (same name in the
 * file) become one creator with several accounts; rows that match the roster follow the user's
 * choice. Everything is worked out in memory first (new creators here, rows for existing
 * creators in `creator-import-existing.ts`) and then written by the bulk writer.
 */
export function createCreatorImportService(db: Db, bulk: RosterBulkWriter, options: ImportServiceOptions = {}) {
  const { now = () => new Date(), pauseEveryMs = 50 } = options;
  let progress: ImportProgress | null = null;
  let lastPause = 0;
  /** Set by `cancel` during a pause; the import throws at the end of that pause, so its transaction rolls back. */
  let cancelRequested = false;

  /** Stops at the end of the current pause, or right away when `cancel` came during it. */
  function stopIfCancelled(): void {
    if (!cancelRequested) return;
    cancelRequested = false;
    throw new DomainError('conflict', 'The import was cancelled; nothing was written', [
      { field: 'file', rule: 'importCancelled', message: 'The import was cancelled; nothing was written' },
    ]);
  }

  /**
   * Asks the running import to stop and write nothing. It stops at its next pause (within
   * `pauseEveryMs`). False when no import runs or it is already saving: the commit cannot be
   * interrupted, so that import finishes as if no cancel had come.
   */
  function cancel(): boolean {
    if (progress === null || progress.step === 'saving') return false;
    cancelRequested = true;
    return true;
  }

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
    stopIfCancelled();
  }

  /**
   * Whether a loop over 100,000 rows should report now: every 256th call. Awaiting `reached`
   * for every row cost a promise per row; progress a few hundred rows behind is still exact
   * enough for a bar, and a pause still comes within `pauseEveryMs` plus 256 rows of work.
   */
  let calls = 0;
  function due(): boolean {
    return (++calls & 255) === 0;
  }

  /**
   * What the preview says of the rows already in the roster; decided as `writeRows` decides. A
   * row's day is its own (`asOf` of the key, from a "figures as of" column), else the file's.
   */
  async function match(
    keys: readonly { line: number; platform: string; handle: string; name: string | null; asOf?: string | null | undefined; creatorRef?: string | null | undefined }[],
    asOf?: string,
  ): Promise<ImportMatch> {
    const handles = new Map((await allHandleKeys(db)).map((a) => [`${a.platform}:${a.handle_key}`, a]));
    const today = localIsoDay(now());
    const dayOf = (key: (typeof keys)[number]) => key.asOf ?? asOf ?? today;
    // No snapshot lies after today (a later day is refused), so only days before it need the look-up.
    let earliest = today;
    for (const key of keys) if (dayOf(key) < earliest) earliest = dayOf(key);
    const newest = earliest < today ? await newestSnapshotDaysAfter(db, earliest) : new Map<number, string>();
    const namesakes = new Map<string, number>();
    for (const c of await matchableCreatorNames(db)) namesakes.set(nameKey(c.name), (namesakes.get(nameKey(c.name)) ?? 0) + 1);
    const severalInFile = namesOfSeveralCreators(keys);
    const result: ImportMatch = { byHandle: [], byName: [], inBin: [], sharedName: [], olderThanRoster: [] };
    for (const key of keys) {
      const account = handles.get(accountKey(key.platform, key.handle));
      if (account?.deleted === 1) result.inBin.push(key.line);
      else if (account) {
        result.byHandle.push(key.line);
        const newestDay = newest.get(account.id);
        if (newestDay !== undefined && dayOf(key) < newestDay) result.olderThanRoster.push(key.line);
      } else if (key.name && !severalInFile.has(nameKey(key.name))) {
        const count = namesakes.get(nameKey(key.name)) ?? 0;
        if (count === 1) result.byName.push(key.line);
        else if (count > 1) result.sharedName.push(key.line);
      }
    }
    return result;
  }

  /** Every new creator, its accounts (ids from `firstAccountId`) and first snapshots, built in memory. */
  async function buildNewCreators(groups: readonly ImportRow[][], context: ImportContext, firstCreatorId: number, firstAccountId: number, progressFrom: number, progressTotal: number) {
    const built: { creators: NewCreatorRows['creator'][]; accounts: NewCreatorRows['accounts']; snapshots: NewCreatorRows['snapshots'] } = { creators: [], accounts: [], snapshots: [] };
    let accountId = firstAccountId;
    let computed = progressFrom;
    for (let index = 0; index < groups.length; index++) {
      const rows = groups[index]!;
      const { creator, accounts, snapshots } = newCreatorRows(rows, firstCreatorId + index, accountId, context);
      built.creators.push(creator);
      for (const account of accounts) built.accounts.push(account);
      for (const snapshot of snapshots) built.snapshots.push(snapshot);
      accountId += rows.length;
      computed += rows.length;
      if (due()) await reached({ step: 'computing', done: computed, total: progressTotal });
    }
    progress = { step: 'computing', done: computed, total: progressTotal };
    return built;
  }

  /** The rows for creators already in the roster, replayed in memory on those creators as stored. */
  async function buildExistingRows(trx: Db, steps: readonly ExistingRowStep[], context: ImportContext, firstAccountId: number, progressFrom: number, progressTotal: number): Promise<ExistingRowsWrite> {
    const creatorIds = [...new Set(steps.map((s) => s.creatorId))];
    const accounts = await accountsOfCreators(trx, creatorIds);
    const loaded = { creators: await findCreators(trx, creatorIds), accounts, history: await followerHistoryOf(trx, accounts.map((a) => a.id)) };
    const replay = replayExistingRows(loaded, steps, context, firstAccountId);
    for (let index = 0; index < steps.length; index++) {
      replay.apply(index);
      if (due()) await reached({ step: 'computing', done: progressFrom + index + 1, total: progressTotal });
    }
    progress = { step: 'computing', done: progressFrom + steps.length, total: progressTotal };
    return replay.result();
  }

  /**
   * Imports a file the user previewed: read again here (see `rowsOfImportFile`), then written
   * like `importRows`. Reading is one synchronous step; progress says so before it starts.
   */
  async function importFile(request: ImportFile & { fileName: string; onExisting: OnExisting; asOf?: string | undefined }): Promise<ImportResult> {
    const today = localIsoDay(now());
    progress = { step: 'reading', done: 0, total: request.expectedRows };
    cancelRequested = false;
    await new Promise((resolve) => setImmediate(resolve));
    try {
      stopIfCancelled();
      const { rows, header } = rowsOfImportFile(request, today);
      return await importRows(request.fileName, request.currency, request.onExisting, rows, { remember: { header, mapping: request.mapping, defaultPlatform: request.defaultPlatform ?? null }, asOf: request.asOf });
    } finally {
      progress = null;
      cancelRequested = false;
    }
  }

  /**
   * `remember`: the file's headers and mapping, kept for the next file with these headers (in the
   * same transaction). `asOf`: the day the figures were measured; today (the user's) when left out.
   */
  async function importRows(fileName: string, currency: string, onExisting: OnExisting, rows: readonly ImportRow[], extra: ImportExtras = {}): Promise<ImportResult> {
    const today = localIsoDay(now());
    const asOf = extra.asOf ?? today;
    if (asOf > today) throw fieldRefusal('invalid_input', 'asOf', 'asOfInFuture', 'The file’s figures cannot be dated after today');
    // A file never brings a day after today here (the CSV core refuses it); rows from any other caller are checked.
    const future = rows.find((row) => figuresDay(row, asOf) > today);
    if (future) throw fieldRefusal('invalid_input', 'figuresAsOf', 'asOfInFuture', `Line ${future.line}: the figures cannot be dated after today`);
    // Likewise before the row's platform began: the CSV core refuses both a row's own day and the file's day it takes; rows from other callers are checked here.
    const early = rows.find((row) => figuresDay(row, asOf) < platformStartDay(row.platform));
    if (early) {
      const year = platformStartYear[early.platform];
      throw fieldRefusal('invalid_input', 'figuresAsOf', 'asOfBeforePlatform', `Line ${early.line}: the figures cannot be dated before ${year}, when the row's platform began`, { line: early.line, year });
    }
    const rounds = importRounds(rows, asOf);

    progress = { step: 'matching', done: 0, total: rows.length };
    lastPause = performance.now();
    try {
      return await writeRows(fileName, currency, onExisting, rounds, rows.length, asOf, extra.remember);
    } finally {
      progress = null;
      cancelRequested = false;
    }
  }

  async function writeRows(fileName: string, currency: string, onExisting: OnExisting, rounds: readonly ImportRow[][], total: number, asOf: string, remember?: RememberedMapping): Promise<ImportResult> {
    const imported = await db.transaction().execute(async (trx) => {
      const context: ImportContext = { fileName, currency, dataSet: await loadEffectiveBenchmarks(trx), stamp: now().toISOString(), asOf };
      const result: ImportResult = { created: 0, updated: 0, addedAccounts: 0, skipped: 0, inBin: 0, historyOnly: 0, historyInFile: 0, unchanged: 0 };
      /**
       * Accounts an earlier round of this import created: their further rows are their history,
       * counted as such. Further rows of accounts the roster had count as they would one file at a time.
       */
      const writtenHere = new Set<string>();
      const severalInFile = namesOfSeveralCreators(rounds.flat());
      let before = 0;
      for (const round of rounds) {
        await writeRound(trx, context, onExisting, round, { before, total }, result, writtenHere, severalInFile);
        before += round.length;
      }
      if (remember) await rememberMapping(trx, remember, context.stamp);
      // The commit cannot report while it runs: say so before it starts.
      await reached({ step: 'saving', done: total, total }, true);
      return result;
    });
    await optimizeAfterBulkWrite(db);
    return imported;
  }

  /** One round of `importRounds`: every account at most once. Adds what it did to `result`. */
  async function writeRound(
    trx: Db,
    context: ImportContext,
    onExisting: OnExisting,
    rows: readonly ImportRow[],
    rowsDone: { before: number; total: number },
    result: ImportResult,
    writtenHere: Set<string>,
    /** Names the file gives to two creators (two creator ids): joined to no one by name. */
    severalInFile: ReadonlySet<string>,
  ): Promise<void> {
    const { before, total } = rowsDone;
    const accounts = new Map((await allHandleKeys(trx)).map((a) => [`${a.platform}:${a.handle_key}`, a]));
    const counts = await accountCounts(trx);
    const names = new Map<string, number[]>();
    for (const c of await matchableCreatorNames(trx)) names.set(nameKey(c.name), [...(names.get(nameKey(c.name)) ?? []), c.id]);

    const existing: ExistingRowStep[] = [];
    const newGroups = new Map<string, ImportRow[]>();
    for (const [index, row] of rows.entries()) {
      if (due()) await reached({ step: 'matching', done: before + index, total });
      const key = accountKey(row.platform, row.handle);
      const existingAccount = accounts.get(key);
      if (existingAccount && writtenHere.has(key)) {
        // A further day of an account this import wrote: a point in its history, counted as such.
        existing.push({ kind: 'update', creatorId: existingAccount.creator_id, accountId: existingAccount.id, row, inFile: true });
        result.historyInFile++;
        continue;
      }
      if (existingAccount) {
        // A creator in the bin is left alone (updating it would be invisible); the result says how many, so the user can restore them.
        if (existingAccount.deleted === 1) {
          result.skipped++;
          result.inBin++;
          continue;
        }
        if (onExisting === 'update') {
          existing.push({ kind: 'update', creatorId: existingAccount.creator_id, accountId: existingAccount.id, row });
          result.updated++;
        } else result.skipped++;
        continue;
      }
      const sameName = row.name && !severalInFile.has(nameKey(row.name)) ? names.get(nameKey(row.name)) : undefined;
      const roomForAccount = sameName?.length === 1 && (counts.get(sameName[0]!) ?? 0) < maxAccounts;
      if (sameName?.length === 1 && onExisting !== 'new' && (roomForAccount || onExisting === 'skip')) {
        if (onExisting === 'update') {
          existing.push({ kind: 'add', creatorId: sameName[0]!, row });
          counts.set(sameName[0]!, (counts.get(sameName[0]!) ?? 0) + 1);
          result.addedAccounts++;
          writtenHere.add(key);
        } else result.skipped++;
        continue;
      }
      // Rows of one person in the file become one creator (at most ten accounts each): those of
      // one creator id where the file has them (two namesakes in an export stay two), else of
      // one name; rows without either stand alone.
      const person = row.creatorRef ? `ref:${row.creatorRef}` : row.name ? `name:${nameKey(row.name)}` : `line:${row.line}`;
      let groupKey = person;
      for (let part = 2; (newGroups.get(groupKey)?.length ?? 0) >= maxAccounts; part++) groupKey = `${person}#${part}`;
      newGroups.set(groupKey, [...(newGroups.get(groupKey) ?? []), row]);
      writtenHere.add(key);
    }

    // Ids as the row-by-row writes handed them out: accounts joined to existing creators
    // first, in file order, then the new creators' accounts.
    const ids = await nextIds(trx);
    const groups = [...newGroups.values()];
    const forExisting = await buildExistingRows(trx, existing, context, ids.account, before, total);
    const forNew = await buildNewCreators(groups, context, ids.creator, ids.account + forExisting.newAccounts.length, before + existing.length, total);

    const changes = { creators: forExisting.creators, accounts: forExisting.accounts };
    const inserts = { creators: forNew.creators, accounts: [...forExisting.newAccounts, ...forNew.accounts], snapshots: [...forExisting.snapshots, ...forNew.snapshots] };
    const updating = changes.creators.length + changes.accounts.length;
    const written = updating + inserts.creators.length + inserts.accounts.length + inserts.snapshots.length;
    await deleteSnapshots(trx, forExisting.replacedSnapshots);
    await bulk.update(changes, (done) => reached({ step: 'writing', done, total: written }));
    await bulk.insert(inserts, (done) => reached({ step: 'writing', done: updating + done, total: written }));
    result.created += newGroups.size;
    // Rows older than their account's newest figures only joined its history (further days of an
    // account written here are counted in `historyInFile` instead).
    result.historyOnly += forExisting.historyOnly;
    result.updated -= forExisting.historyOnly + forExisting.unchanged;
    result.unchanged += forExisting.unchanged;
  }

  return {
    match,
    importFile,
    importRows,
    cancel,
    mappingFor: (header: readonly string[]) => rememberedMapping(db, header),
    progress: (): ImportProgress | null => progress,
  };
}
export type CreatorImportService = ReturnType<typeof createCreatorImportService>;
