import type BetterSqlite3 from 'better-sqlite3';
import type { CreatorAccountRow, CreatorRow, NewCreatorAccountRow, NewCreatorRow, NewMetricSnapshotRow } from '../db/schema';

/**
 * SQLite-only: the bulk write of an import, on the raw connection with statements prepared
 * once and run per row (Kysely compiles and prepares every statement it runs; for 300,000 rows
 * that was most of the write). Call it inside the import's Kysely transaction: there is one
 * connection, so these statements are part of that transaction and roll back with it.
 * (A PostgreSQL backend would use COPY here.)
 */
export interface RosterBulkRows {
  creators: readonly (NewCreatorRow & { id: number })[];
  /** Ids consecutive from the first, as `nextIds` hands them out. */
  accounts: readonly (NewCreatorAccountRow & { id: number })[];
  snapshots: readonly NewMetricSnapshotRow[];
}

/** Existing rows to update: per row, only the columns whose value changes. */
export interface RosterBulkChanges {
  creators: readonly { id: number; changes: Partial<CreatorRow> }[];
  accounts: readonly { id: number; changes: Partial<CreatorAccountRow> }[];
}

/** Called between chunks of rows with how many of all the rows are written; it may pause. */
export type WriteProgress = (written: number) => Promise<void>;

/** Rows per chunk between progress calls: small enough to report often, large enough to cost nothing. */
const chunkRows = 2_000;

/**
 * Rows per INSERT statement: one call into SQLite binds and writes this many rows, which costs
 * about a quarter less per row than a statement per row (100,000 creators: ≈ 300 ms → ≈ 220 ms).
 * Divides `chunkRows`; 50 rows of the widest table (30 columns) stay far under SQLite's 32,766
 * bound values per statement.
 */
const rowsPerStatement = 50;

function insertStatement(sqlite: BetterSqlite3.Database, table: string, columns: readonly string[], rows: number): BetterSqlite3.Statement {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  return sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')}`);
}

async function insertAll(sqlite: BetterSqlite3.Database, table: string, rows: readonly object[], progress: WriteProgress, writtenBefore: number): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const width = columns.length;
  const many = insertStatement(sqlite, table, columns, rowsPerStatement);
  const one = insertStatement(sqlite, table, columns, 1);
  // Arrays of values, refilled per statement: binding copies them, and 300,000 arrays are garbage.
  const manyValues: unknown[] = new Array(width * rowsPerStatement);
  const oneValues: unknown[] = new Array(width);
  for (let start = 0; start < rows.length; start += chunkRows) {
    const end = Math.min(rows.length, start + chunkRows);
    let i = start;
    for (; i + rowsPerStatement <= end; i += rowsPerStatement) {
      for (let r = 0; r < rowsPerStatement; r++) {
        const row = rows[i + r] as Record<string, unknown>;
        for (let c = 0; c < width; c++) manyValues[r * width + c] = row[columns[c]!];
      }
      many.run(manyValues);
    }
    for (; i < end; i++) {
      const row = rows[i] as Record<string, unknown>;
      for (let c = 0; c < width; c++) oneValues[c] = row[columns[c]!];
      one.run(oneValues);
    }
    await progress(writtenBefore + end);
  }
}

/**
 * Updates each row's changed columns only, with one statement prepared per set of columns (a
 * re-import mostly changes the same few). Only changed columns, because SQLite rewrites the
 * index entries of every column named in SET, changed or not (the account table has fifteen
 * indexes, thirteen led by `deleted`), and fires an `AFTER UPDATE OF` trigger whenever SET names
 * its column: only rows whose search text, location or niches changed touch the trigram index
 * or the filter keys.
 */
async function updateAll(
  sqlite: BetterSqlite3.Database,
  table: string,
  rows: readonly { id: number; changes: object }[],
  progress: WriteProgress,
  writtenBefore: number,
): Promise<void> {
  const statements = new Map<string, { update: BetterSqlite3.Statement; columns: string[]; values: unknown[] }>();
  for (let start = 0; start < rows.length; start += chunkRows) {
    const end = Math.min(rows.length, start + chunkRows);
    for (let i = start; i < end; i++) {
      const { id, changes } = rows[i]!;
      const columns = Object.keys(changes);
      const signature = columns.join(',');
      let statement = statements.get(signature);
      if (!statement) {
        const update = sqlite.prepare(`UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`);
        statement = { update, columns, values: new Array(columns.length + 1) };
        statements.set(signature, statement);
      }
      for (let c = 0; c < columns.length; c++) statement.values[c] = (changes as Record<string, unknown>)[columns[c]!];
      statement.values[columns.length] = id;
      statement.update.run(statement.values);
    }
    await progress(writtenBefore + end);
  }
}

/**
 * The AFTER INSERT triggers on accounts, each with one statement doing its work for a range of
 * new ids. Per row, the trigram index flushes its pending terms at every statement and the key
 * lookup table takes one more insert: 100,000 accounts paid over a second for them, against a
 * tenth of that in one statement each. Keep these statements doing what the triggers do
 * (migration 20). A trigger not listed here stays in place and simply fires per row.
 */
const accountInsertTriggers: Record<string, string> = {
  creator_account_search_insert: 'INSERT INTO creator_account_search (rowid, search_key) SELECT id, search_key FROM creator_account WHERE id BETWEEN @first AND @last',
  roster_filter_key_insert: `INSERT OR IGNORE INTO roster_filter_key (kind, key)
    SELECT 'location', location_key FROM creator_account WHERE id BETWEEN @first AND @last
    UNION SELECT 'niches', niches_key FROM creator_account WHERE id BETWEEN @first AND @last`,
};

/**
 * The AFTER UPDATE trigger on accounts whose work an update does once, for the accounts whose
 * search text changed. Per row, the trigram index rewrote each entry at its own statement: a
 * file adding a tag to all 100,000 creators spent ≈ 3.5 s there, against ≈ 0.5 s in one
 * statement. Keep it doing what the trigger does (migration 20). The filter-key trigger stays
 * and fires per row whose location or niches changed: one INSERT OR IGNORE into a small table,
 * ≈ 0.06 s for 100,000 new cities, not worth doing differently.
 */
const accountUpdateTriggers: Record<string, string> = {
  creator_account_search_update: `UPDATE creator_account_search SET search_key = (SELECT search_key FROM creator_account WHERE id = creator_account_search.rowid)
    WHERE rowid IN (SELECT value FROM json_each(@ids))`,
};

type Stored = { name: string; sql: string };

/** Drops those of these triggers that exist, returning their stored text to recreate them from. */
function dropTriggers(sqlite: BetterSqlite3.Database, names: readonly string[]): Stored[] {
  const triggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(', ')})`)
    .all(...names) as Stored[];
  for (const trigger of triggers) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);
  return triggers;
}

function accountCount(sqlite: BetterSqlite3.Database): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM creator_account').get() as { n: number }).n;
}

/** The account table's non-unique indexes. Unique indexes always stay, so a clash fails at its row. */
function secondaryIndexes(sqlite: BetterSqlite3.Database): Stored[] {
  return sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'creator_account' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")
    .all() as Stored[];
}

/**
 * An import that at least doubles the accounts is written with the account table's secondary
 * indexes dropped and rebuilt from their stored text afterwards: building an index from all
 * rows at once is cheaper than fifteen index inserts per row (100,000 accounts into an empty
 * roster: ≈ 1.5 s of inserting became ≈ 0.5 s plus ≈ 0.6 s of rebuilding). Into a larger roster,
 * rebuilding would cost more than it saves.
 */
function indexesToRebuild(sqlite: BetterSqlite3.Database, adding: number): Stored[] {
  return adding < accountCount(sqlite) ? [] : secondaryIndexes(sqlite);
}

/**
 * The same for an update of at least half the accounts, limited to the indexes on columns it
 * changes (new figures for all 100,000 accounts: ≈ 0.9 s of updating became ≈ 0.25 s of
 * updating and ≈ 0.4 s of rebuilding the nine indexes concerned). Each index updated per row
 * costs about twice its share of a rebuild, so below half the accounts it would not pay.
 */
function indexesToRebuildForUpdate(sqlite: BetterSqlite3.Database, updating: number, columns: ReadonlySet<string>): Stored[] {
  if (updating * 2 < accountCount(sqlite)) return [];
  return secondaryIndexes(sqlite).filter((index) => (sqlite.pragma(`index_info("${index.name}")`) as { name: string | null }[]).some((c) => c.name !== null && columns.has(c.name)));
}

/**
 * Inserts accounts with those triggers (and, for a large import, the secondary indexes) dropped,
 * then does the triggers' work once and recreates everything from its own stored text. All
 * inside the caller's transaction: DDL in SQLite is transactional, so a rollback restores them.
 */
async function insertAccountsThenTriggerWork(
  sqlite: BetterSqlite3.Database,
  accounts: RosterBulkRows['accounts'],
  progress: WriteProgress,
  writtenBefore: number,
): Promise<void> {
  if (accounts.length === 0) return;
  const indexes = indexesToRebuild(sqlite, accounts.length);
  const triggers = dropTriggers(sqlite, Object.keys(accountInsertTriggers));
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  await insertAll(sqlite, 'creator_account', accounts, progress, writtenBefore);
  for (const trigger of triggers) {
    sqlite.prepare(accountInsertTriggers[trigger.name]!).run({ first: accounts[0]!.id, last: accounts[accounts.length - 1]!.id });
    sqlite.exec(trigger.sql);
  }
  for (const index of indexes) {
    sqlite.exec(index.sql);
    await progress(writtenBefore + accounts.length);
  }
}

/** Updates accounts the same way: the search-index trigger's work done once, a large update's indexes rebuilt. */
async function updateAccountsThenTriggerWork(
  sqlite: BetterSqlite3.Database,
  accounts: RosterBulkChanges['accounts'],
  progress: WriteProgress,
  writtenBefore: number,
): Promise<void> {
  if (accounts.length === 0) return;
  const columns = new Set<string>();
  const newSearchText: number[] = [];
  for (const { id, changes } of accounts) {
    for (const column of Object.keys(changes)) columns.add(column);
    if ('search_key' in changes) newSearchText.push(id);
  }
  const indexes = indexesToRebuildForUpdate(sqlite, accounts.length, columns);
  const triggers = newSearchText.length > 0 ? dropTriggers(sqlite, Object.keys(accountUpdateTriggers)) : [];
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  await updateAll(sqlite, 'creator_account', accounts, progress, writtenBefore);
  for (const trigger of triggers) {
    sqlite.prepare(accountUpdateTriggers[trigger.name]!).run({ ids: JSON.stringify(newSearchText) });
    sqlite.exec(trigger.sql);
  }
  for (const index of indexes) {
    sqlite.exec(index.sql);
    await progress(writtenBefore + accounts.length);
  }
}

export function createRosterBulkWriter(sqlite: BetterSqlite3.Database) {
  return {
    /**
     * Writes the rows, calling `progress` between chunks. The caller's transaction stays open
     * across its pauses: other database calls wait for the connection until it commits.
     */
    async insert(rows: RosterBulkRows, progress: WriteProgress = async () => {}): Promise<void> {
      await insertAll(sqlite, 'creator', rows.creators, progress, 0);
      await insertAccountsThenTriggerWork(sqlite, rows.accounts, progress, rows.creators.length);
      await insertAll(sqlite, 'metric_snapshot', rows.snapshots, progress, rows.creators.length + rows.accounts.length);
    },

    /** Updates existing rows, calling `progress` between chunks; inside the caller's transaction, like `insert`. */
    async update(rows: RosterBulkChanges, progress: WriteProgress = async () => {}): Promise<void> {
      await updateAll(sqlite, 'creator', rows.creators, progress, 0);
      await updateAccountsThenTriggerWork(sqlite, rows.accounts, progress, rows.creators.length);
    },
  };
}
export type RosterBulkWriter = ReturnType<typeof createRosterBulkWriter>;
