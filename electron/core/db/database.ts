import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  db: Db;
  /** The raw handle, for SQLite-only maintenance (snapshots). Repositories never use it. */
  sqlite: BetterSqlite3.Database;
}

/**
 * Opens (or creates) a workspace file with the connection settings the app relies on.
 * - WAL: readers never block the writer, and a crash cannot corrupt the file.
 * - synchronous=NORMAL: in WAL mode this is safe against application crashes; a power
 *   cut may lose the last committed transaction but never corrupts the file. FULL would
 *   fsync on every commit, which makes bulk edits noticeably slower for little gain on a desktop.
 * - foreign_keys=ON: SQLite leaves them off unless asked, per connection.
 * - a 64 MiB page cache and memory-mapped reads: see below.
 */
export function openDatabase(file: string): OpenedDatabase {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A roster of 100,000 accounts is tens of megabytes: keep it in memory once read, so
  // filtered counts and scans do not go back to the OS for every page.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 268435456');
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite };
}
