import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { primaryDeliverable } from '@shared/calc/pricing';
import type { ImportRow } from '@shared/domain/creator-import';
import type { RateCardEntry } from '@shared/domain/creators';
import type { CreatorAccountRow, CreatorRow, MetricSnapshotRow, NewCreatorAccountRow, NewMetricSnapshotRow } from '../db/schema';
import { accountRowFor, figuresDay, knownStatus, maxTags, rateCardOf, reportedEr, union } from './creator-import-rows';
import { accountCreatorColumns, accountFigureColumns, derivedAccountColumns, searchKey, snapshotRow, toFollowerSnapshots, vettingScore, type AccountFigures } from './creator-rows';

/**
 * The import's rows for creators already in the roster ("update"), worked out in memory. Pure.
 *
 * It replays, row by row in file order, what the import did per row through the repositories
 * (read the creator and account, write them, add a snapshot, recompute the vetting score and
 * the copies on every account of the creator), on rows loaded once. So a creator with several
 * rows in the file sees the earlier rows' changes exactly as before. What comes out is only what
 * differs from the loaded rows, for the bulk writer to write in one go: writing a column that
 * did not change would cost its index updates, and a search or filter key written unchanged
 * would fire its trigger for nothing.
 */

/** One row's effect, in file order: new figures for an existing account, or a new account for a creator of the same name. */
export type ExistingRowStep =
  /** `inFile`: a further day of an account this import already wrote (not counted in `historyOnly`). */
  | { kind: 'update'; creatorId: number; accountId: number; row: ImportRow; inFile?: boolean }
  | { kind: 'add'; creatorId: number; row: ImportRow };

/** The creators the steps touch, with all their accounts (by id) and those accounts' follower history (by date, then id). */
export interface LoadedCreators {
  creators: readonly CreatorRow[];
  accounts: readonly CreatorAccountRow[];
  history: readonly StoredHistoryPoint[];
}

export type HistoryPoint = Pick<MetricSnapshotRow, 'account_id' | 'as_of' | 'followers'>;
/**
 * A snapshot already stored: its id is what an import replacing that day's point deletes, and its
 * figures fill in what the replacing row leaves blank.
 */
export type StoredHistoryPoint = HistoryPoint & Pick<MetricSnapshotRow, 'id' | (typeof optionalFigureColumns)[number]>;

export interface ImportContext {
  fileName: string;
  currency: string;
  dataSet: BenchmarkDataSet;
  /** One time for the whole import: `updated_at` and the snapshots' `created_at`. */
  stamp: string;
  /** The day the file's figures were measured: the snapshots' date, but for rows that give their own (`figuresDay`). */
  asOf: string;
}

/** The columns of one row that differ from what is stored. */
export interface RowChange<Row> {
  id: number;
  changes: Partial<Row>;
}

export interface ExistingRowsWrite {
  creators: RowChange<CreatorRow>[];
  accounts: RowChange<CreatorAccountRow>[];
  /** Accounts joined to a creator of the same name, with the ids handed out from `firstAccountId`. */
  newAccounts: (NewCreatorAccountRow & { id: number })[];
  /** Every row's snapshot, in file order. */
  snapshots: NewMetricSnapshotRow[];
  /** Stored snapshots of the same day, which these snapshots replace (one point per account and day). */
  replacedSnapshots: number[];
  /** Rows dated before their account's newest snapshot: added to its history only (further days of an account in the file not counted). */
  historyOnly: number;
  /** Rows of accounts in the roster that changed nothing: the figures and details stored already (a file imported again). */
  unchanged: number;
}

/** `columns`: the row's column names, the same for every row read from one table. */
function changedColumns<Row extends { id: number }>(before: Row, after: Row, columns: readonly (keyof Row)[]): RowChange<Row> | null {
  const changes: Partial<Row> = {};
  let any = false;
  for (const key of columns) {
    if (key !== 'id' && after[key] !== before[key]) {
      changes[key] = after[key];
      any = true;
    }
  }
  return any ? { id: after.id, changes } : null;
}

/**
 * Whether a row's own writes left the creator and its account as they were: the same values but
 * for when the creator was last changed, and the account's search text (rebuilt from the
 * creator's name and tags, which the creator's columns already compare).
 */
export function sameBeforeRefresh<Row extends object>(before: Row, after: Row): boolean {
  for (const key in after) if (key !== 'updated_at' && key !== 'search_key' && after[key] !== before[key]) return false;
  return true;
}

/** The file's value where it has one; a blank cell keeps what the roster knew. */
function pick<T>(fromFile: T | null, known: T | null): T | null {
  return fromFile === null ? known : fromFile;
}

/** Items by key, in their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Whether a row's figures (blanks already filled from the account) are the account's own. */
function sameFigures(figures: Omit<AccountFigures, 'platform'>, account: CreatorAccountRow): boolean {
  return Object.entries(accountFigureColumns(figures)).every(([column, value]) => account[column as keyof CreatorAccountRow] === value);
}

/**
 * The same reported ER, as a sheet may have rounded it (Microplan's export writes percentages
 * with four decimals, 3.3912 % for 0.033912; a user's sheet may show two): a difference under
 * 0.005 percentage points is the rounding, not a new measurement.
 */
function sameEr(fromFile: number, stored: number | null): boolean {
  return stored !== null && Math.abs(fromFile - stored) < 0.000_05;
}

/** The figures a snapshot may leave blank, each of which a replaced snapshot of its day fills in. */
const optionalFigureColumns = ['avg_likes', 'avg_comments', 'avg_shares', 'avg_saves', 'avg_views', 'er_reported'] as const;

/** The authenticity score as the per-row import read it from a creator (unvalidated, as stored). */
function storedAudienceScore(creator: CreatorRow): number | null {
  return creator.audience_json ? ((JSON.parse(creator.audience_json) as { authenticityScore?: number | null }).authenticityScore ?? null) : null;
}

export function replayExistingRows(loaded: LoadedCreators, steps: readonly ExistingRowStep[], context: ImportContext, firstAccountId: number) {
  const { fileName, currency, dataSet, stamp, asOf } = context;
  const creators = new Map(loaded.creators.map((c) => [c.id, { ...c }]));
  const accountById = new Map(loaded.accounts.map((a) => [a.id, { ...a }]));
  const accountsOf = groupBy([...accountById.values()], (a) => a.creator_id);
  const historyOf = groupBy<HistoryPoint & Partial<StoredHistoryPoint>>(loaded.history, (point) => point.account_id);
  // A creator is refreshed once, after its last row: nothing a later row reads depends on the refresh.
  const lastStepOf = new Map(steps.map((step, index) => [step.creatorId, index]));
  const snapshots: NewMetricSnapshotRow[] = [];
  const replacedSnapshots: number[] = [];
  const newAccounts: (NewCreatorAccountRow & { id: number })[] = [];
  let nextAccountId = firstAccountId;
  let historyOnly = 0;
  let unchanged = 0;

  /**
   * Keeps the history ordered by date, then id: a new snapshot has the highest id. An account
   * has one point a day: a stored snapshot of the same day, from any file or entered by hand, is
   * replaced, so importing a file twice (or again after fixing it, or another export of that day)
   * leaves one point for that day, with the latest figures. A figure the file leaves blank keeps
   * the day's (as a snapshot entered by hand does): an export without likes must not wipe the
   * likes someone counted for that day.
   */
  function addSnapshot(snapshot: NewMetricSnapshotRow) {
    const history = historyOf.get(snapshot.account_id) ?? [];
    for (let i = history.length - 1; i >= 0; i--) {
      const point = history[i]!;
      if (point.id !== undefined && point.as_of === snapshot.as_of) {
        replacedSnapshots.push(point.id);
        for (const column of optionalFigureColumns) snapshot[column] ??= point[column] ?? null;
        history.splice(i, 1);
      }
    }
    snapshots.push(snapshot);
    let at = history.length;
    while (at > 0 && history[at - 1]!.as_of > snapshot.as_of) at--;
    history.splice(at, 0, { account_id: snapshot.account_id, as_of: snapshot.as_of, followers: snapshot.followers });
    historyOf.set(snapshot.account_id, history);
  }

  /** True when the row only joined the account's history. */
  function update(accountId: number, row: ImportRow): boolean {
    const current = accountById.get(accountId)!;
    const creator = creators.get(current.creator_id)!;
    const newest = historyOf.get(accountId)?.at(-1)?.as_of;
    const day = figuresDay(row, asOf);
    if (newest !== undefined && day < newest) {
      addHistory(current, creator, row);
      return true;
    }
    const figures = {
      platform: row.platform,
      followers: row.followers,
      avgLikes: pick(row.avgLikes, current.avg_likes),
      avgComments: pick(row.avgComments, current.avg_comments),
      avgShares: pick(row.avgShares, current.avg_shares),
      avgSaves: pick(row.avgSaves, current.avg_saves),
      avgViews: pick(row.avgViews, current.avg_views),
    };
    // Exactly the figures the account already has (a file imported again, or Microplan's own
    // export imported back) are no new measurement: no snapshot, and the account keeps the day
    // and source of its figures. Otherwise importing an export back would date every account's
    // figures today and add a flat point to each history. A row of its own other day, or with
    // another reported ER, is a measurement even with the same counts.
    const anotherDay = row.figuresAsOf !== null && row.figuresAsOf !== current.figures_as_of;
    const fileEr = reportedEr({ ...figures, engagementRate: row.engagementRate });
    const anotherEr = fileEr !== null && !sameEr(fileEr, current.er_reported);
    const measured = newest === undefined || anotherDay || anotherEr || !sameFigures(figures, current);
    const erReported = measured ? pick(fileEr, current.er_reported) : current.er_reported;
    if (measured) addSnapshot(snapshotRow(current.id, day, { ...figures, engagementRate: fileEr }, fileName, stamp));
    // The creator's details are the newest file's: a file older than what another of the
    // creator's accounts shows updates this account's figures but leaves the creator as it is.
    const { tags, audienceScore } = day < newestOfCreator(creator.id) ? keptDetails(creator) : appliedDetails(creator, row);
    Object.assign(current, {
      ...accountFigureColumns(figures),
      posts_per_week: pick(row.postsPerWeek, current.posts_per_week),
      profile_url: pick(row.profileUrl, current.profile_url),
      er_reported: erReported,
      ...(measured ? { source_file: fileName, figures_as_of: day } : {}),
      search_key: searchKey(creator.name, current.handle, tags),
      ...derivedAccountColumns(dataSet, figures, toFollowerSnapshots(historyOf.get(current.id)!), audienceScore, erReported),
    } satisfies Partial<CreatorAccountRow>);
    return false;
  }

  /** The last day any of the creator's accounts has a snapshot for ('' when none has). */
  function newestOfCreator(creatorId: number): string {
    let newest = '';
    for (const account of accountsOf.get(creatorId) ?? []) {
      const last = historyOf.get(account.id)?.at(-1)?.as_of;
      if (last !== undefined && last > newest) newest = last;
    }
    return newest;
  }

  /** The row's contact details, location, lists, status, audience score and fee, over what the creator had. */
  function appliedDetails(creator: CreatorRow, row: ImportRow): { tags: string[]; audienceScore: number | null } {
    const tags = union(JSON.parse(creator.tags_json) as string[], row.tags).slice(0, maxTags);
    const audienceScore = row.audienceAuthenticity ?? storedAudienceScore(creator);
    const status = knownStatus(row.status);
    Object.assign(creator, {
      email: pick(row.email, creator.email),
      phone: pick(row.phone, creator.phone),
      agent: pick(row.agent, creator.agent),
      country: pick(row.country, creator.country),
      city: pick(row.city ?? row.location, creator.city),
      languages_json: JSON.stringify(union(JSON.parse(creator.languages_json) as string[], row.languages).slice(0, maxTags)),
      niches_json: JSON.stringify(union(JSON.parse(creator.niches_json) as string[], row.niches).slice(0, maxTags)),
      tags_json: JSON.stringify(tags),
      updated_at: stamp,
      ...(status ? { status } : {}),
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
    } satisfies Partial<CreatorRow>);
    return { tags, audienceScore };
  }

  /** The creator as it is, but for the date of its last change: the import did add a snapshot. */
  function keptDetails(creator: CreatorRow): { tags: string[]; audienceScore: number | null } {
    creator.updated_at = stamp;
    return { tags: JSON.parse(creator.tags_json) as string[], audienceScore: storedAudienceScore(creator) };
  }

  /**
   * A row older than what the roster knows of its account (an export from before the last
   * import): a point in the account's history, with the file's own figures only. The newest
   * snapshot stays the current figure (as for a snapshot entered by hand), and the creator's
   * details stay the newer ones. What reads the history (growth, spikes) is worked out again.
   */
  function addHistory(current: CreatorAccountRow, creator: CreatorRow, row: ImportRow) {
    addSnapshot(snapshotRow(current.id, figuresDay(row, asOf), { ...row, engagementRate: reportedEr(row) }, fileName, stamp));
    const figures = {
      platform: row.platform,
      followers: current.followers,
      avgLikes: current.avg_likes,
      avgComments: current.avg_comments,
      avgShares: current.avg_shares,
      avgSaves: current.avg_saves,
      avgViews: current.avg_views,
    };
    keptDetails(creator);
    Object.assign(current, derivedAccountColumns(dataSet, figures, toFollowerSnapshots(historyOf.get(current.id)!), storedAudienceScore(creator), current.er_reported));
  }

  /**
   * A new account for a creator the roster has (joined by name): the row's details (contact,
   * status, tags, fee…) apply as they do for an update, by the same rule of the newest file.
   */
  function addAccount(creatorId: number, row: ImportRow) {
    const creator = creators.get(creatorId)!;
    const day = figuresDay(row, asOf);
    const { tags, audienceScore } = day < newestOfCreator(creatorId) ? keptDetails(creator) : appliedDetails(creator, row);
    const account = {
      id: nextAccountId++,
      ...accountRowFor(row, fileName, dataSet, audienceScore, day),
      creator_id: creatorId,
      search_key: searchKey(creator.name, row.handle, tags),
      ...accountCreatorColumns(creator),
    };
    newAccounts.push(account);
    accountsOf.get(creatorId)!.push(account);
    addSnapshot(snapshotRow(account.id, day, { ...row, engagementRate: reportedEr(row) }, fileName, stamp));
  }

  /** The vetting score, and the creator's list columns and search text on each of its accounts. */
  function refresh(creatorId: number) {
    const creator = creators.get(creatorId)!;
    const accounts = accountsOf.get(creatorId)!;
    creator.vetting_score = vettingScore(
      dataSet,
      creator,
      accounts,
      accounts.flatMap((a) => historyOf.get(a.id) ?? []),
    );
    const listColumns = accountCreatorColumns(creator);
    const tags = JSON.parse(creator.tags_json) as string[];
    for (const account of accounts) Object.assign(account, listColumns, { search_key: searchKey(creator.name, account.handle, tags) });
  }

  return {
    /** Applies the step at `index`; call for every index in order. */
    apply(index: number): void {
      const step = steps[index]!;
      if (step.kind === 'add') addAccount(step.creatorId, step.row);
      else if (step.inFile) update(step.accountId, step.row);
      else {
        // A row that changes nothing (its account's figures and its creator's details again)
        // is counted as such, and leaves the creator's "last changed" as it was. Judged on the
        // row's own writes, before the creator's refresh, which carries earlier rows' changes
        // to every account (the per-row path refreshes after each row).
        const creator = creators.get(step.creatorId)!;
        const account = accountById.get(step.accountId)!;
        const before = { creator: { ...creator }, account: { ...account }, snapshots: snapshots.length };
        if (update(step.accountId, step.row)) historyOnly++;
        if (snapshots.length === before.snapshots && sameBeforeRefresh(before.creator, creator) && sameBeforeRefresh(before.account, account)) {
          creator.updated_at = before.creator.updated_at;
          unchanged++;
        }
        if (lastStepOf.get(step.creatorId) === index) refresh(step.creatorId);
        return;
      }
      if (lastStepOf.get(step.creatorId) === index) refresh(step.creatorId);
    },

    /** What to write once every step is applied. */
    result(): ExistingRowsWrite {
      const creatorColumns = Object.keys(loaded.creators[0] ?? {}) as (keyof CreatorRow)[];
      const accountColumns = Object.keys(loaded.accounts[0] ?? {}) as (keyof CreatorAccountRow)[];
      return {
        creators: loaded.creators.flatMap((original) => changedColumns(original, creators.get(original.id)!, creatorColumns) ?? []),
        accounts: loaded.accounts.flatMap((original) => changedColumns(original, accountById.get(original.id)!, accountColumns) ?? []),
        newAccounts,
        snapshots,
        replacedSnapshots,
        historyOnly,
        unchanged,
      };
    },
  };
}
