import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The second reference for the import: what SQLite alone needs to store the rows the roster
 * keeps. The `sqlite3` command-line tool loads the rows our import wrote (the creator, account and
 * snapshot tables, exported to CSV beforehand, untimed) into an empty database with our schema,
 * the fastest way we know, in one transaction: secondary indexes and insert triggers dropped, the
 * rows imported, the indexes rebuilt, the triggers' work (trigram index, filter keys) done once.
 * No parsing of the user's file, no checking, no computing: a floor, not a target. (Through CSV a
 * NULL comes back as an empty string; both take the same one-byte header in a record, so the
 * rows cost the same to write.)
 *
 * `imported` is the database our import filled; `empty` one with the same migrations and no rows.
 */
export function schemaFloorMs(imported: string, empty: string, workDir: string): number {
  const tables = ['creator', 'creator_account', 'metric_snapshot'];
  for (const table of tables) {
    execFileSync('sqlite3', [imported, '.headers off', '.mode csv', `.output ${join(workDir, `${table}.csv`)}`, `SELECT * FROM ${table};`]);
  }
  const schema = JSON.parse(
    execFileSync('sqlite3', [
      empty,
      '.mode json',
      `SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN (${tables.map((t) => `'${t}'`).join(', ')})
         AND sql IS NOT NULL AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND sql LIKE '%AFTER INSERT%'));`,
    ]).toString() || '[]',
  ) as { type: 'index' | 'trigger'; name: string; sql: string }[];

  const script = join(workDir, 'floor.sql');
  writeFileSync(
    script,
    [
      'PRAGMA journal_mode = WAL;',
      'PRAGMA synchronous = NORMAL;',
      'PRAGMA foreign_keys = ON;',
      'BEGIN;',
      ...schema.map((o) => `DROP ${o.type.toUpperCase()} "${o.name}";`),
      '.mode csv',
      ...tables.map((t) => `.import ${join(workDir, `${t}.csv`)} ${t}`),
      ...schema.filter((o) => o.type === 'index').map((o) => `${o.sql};`),
      'INSERT INTO creator_account_search (rowid, search_key) SELECT id, search_key FROM creator_account;',
      "INSERT OR IGNORE INTO roster_filter_key (kind, key) SELECT 'location', location_key FROM creator_account UNION SELECT 'niches', niches_key FROM creator_account;",
      ...schema.filter((o) => o.type === 'trigger').map((o) => `${o.sql};`),
      'COMMIT;',
    ].join('\n'),
  );
  const start = process.hrtime.bigint();
  execFileSync('sqlite3', [empty, `.read ${script}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - start) / 1e6;
}
