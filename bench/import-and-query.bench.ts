/**
 * Creator roster at 100,000 rows (issue #4):
 * 1. Import a 100,000-row CSV end to end (the file sent, parsed, validated, mapped, written in one
 *    transaction) beside the sqlite3 command-line tool's `.import` of the same file
 *    into a plain table, in the same run. Target: at most 3× the sqlite3 time.
 * 2. Roster pages (filter + sort + 50 rows + total count) through the backend over
 *    varied filters: p50 and p95. Target: p95 under 10 ms.
 * 3. Re-import the same creators a month later (fresh figures) with "update", end to end,
 *    beside sqlite3 importing that file and updating its plain table from it, in the same run.
 * Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { localIsoDay } from '@shared/local-day';
import { openBackend } from '../electron/core/backend';
import { previewAndRequest, writeCreatorCsv } from './fixtures';
import { schemaFloorMs } from './schema-floor';

const rows = Number(process.env['BENCH_ROWS'] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'microplan-bench-'));
const csvPath = join(dir, 'creators.csv');
writeCreatorCsv(csvPath, rows);
const laterCsvPath = join(dir, 'creators-next-month.csv');
writeCreatorCsv(laterCsvPath, rows, 1);

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`file: ${rows.toLocaleString('en')} rows, ${(readFileSync(csvPath).length / 2 ** 20).toFixed(1)} MiB\n`);

  // Reference: sqlite3's own CSV import into a plain table, on a file with the same pragmas as ours.
  const refDb = join(dir, 'reference.sqlite');
  let start = process.hrtime.bigint();
  execFileSync('sqlite3', [refDb, 'PRAGMA journal_mode=WAL;', 'PRAGMA synchronous=NORMAL;', '.mode csv', '.separator ;', `.import ${csvPath} raw`]);
  const sqliteMs = ms(start);

  // Ours: the preview the window shows on choosing the file (not part of the import), then the
  // import itself from "Import" to committed rows: the file sent, read, checked, mapped, written.
  const backend = await openBackend(join(dir, 'app'), { mode: 'browser', version: 'bench' });
  const first = previewAndRequest(csvPath);
  start = process.hrtime.bigint();
  // Dated a month back, as last month's export: next month's file below, imported today, then adds
  // a point to every history instead of replacing the day's (one snapshot per account and day).
  const monthAgo = new Date();
  monthAgo.setMonth(monthAgo.getMonth() - 1);
  const result = await backend.handle('creators:import', first.request(localIsoDay(monthAgo)));
  const totalMs = ms(start);
  if (!result.ok) throw new Error(result.error.message);
  const empty = await openBackend(join(dir, 'floor'), { mode: 'browser', version: 'bench' });
  await empty.close();
  const floorMs = schemaFloorMs(join(dir, 'app', 'microplan.sqlite'), join(dir, 'floor', 'microplan.sqlite'), dir);

  console.log('import of the same file');
  console.log(`  sqlite3 .import into a plain table (reference)       ${sqliteMs.toFixed(0).padStart(7)} ms`);
  console.log(`  sqlite3 loading our rows into our schema (floor)     ${floorMs.toFixed(0).padStart(7)} ms  (see bench/schema-floor.ts)`);
  console.log(`  Microplan import, end to end                         ${totalMs.toFixed(0).padStart(7)} ms  (send, read, check, map, compute, write, commit)`);
  console.log(`  (before it, the preview in the window                ${first.previewMs.toFixed(0).padStart(7)} ms)`);
  console.log(`  ratio to the reference                               ${(totalMs / sqliteMs).toFixed(2).padStart(7)} ×  (target ≤ 3×; the floor alone is ${(floorMs / sqliteMs).toFixed(2)} ×)`);
  console.log(`  ratio to the floor                                   ${(totalMs / floorMs).toFixed(2).padStart(7)} ×`);
  console.log(`  imported: ${JSON.stringify(result.data)}\n`);

  const queries: Record<string, unknown>[] = [
    {},
    { sort: 'followers', direction: 'desc' },
    { platforms: ['tiktok'], tiers: ['micro'], erVerdicts: ['above'] },
    { platforms: ['instagram'], sort: 'er', direction: 'desc' },
    { statuses: ['prospect'], sort: 'name' },
    { search: 'creator_4242' },
    { search: 'stad 7', sort: 'followers' },
    { location: 'belg', sort: 'vettingScore', direction: 'desc' },
    { niche: 'food', erMin: 0.05, erMax: 0.1 },
    { tiers: ['nano', 'micro'], vettingMin: 0.1, sort: 'er' },
    { flaggedOnly: true },
    { platforms: ['youtube'], offset: 5000, sort: 'name' },
    // Location sorts by country, then city (migration 21's index).
    { sort: 'country' },
    { location: 'belg', sort: 'country', direction: 'desc' },
    // Tiers and statuses by rank (migration 33's expression indexes), stale figures first.
    { sort: 'tier', direction: 'desc' },
    { platforms: ['tiktok'], sort: 'status' },
    { sort: 'figuresAsOf' },
  ];
  const perQuery = new Map<string, number[]>();
  const all: number[] = [];
  for (let round = 0; round < 25; round++) {
    for (const query of queries) {
      const t0 = process.hrtime.bigint();
      const page = await backend.handle('creators:list', { limit: 50, ...query });
      const took = ms(t0);
      if (!page.ok) throw new Error(page.error.message);
      if (round > 0) {
        all.push(took);
        const key = JSON.stringify(query);
        perQuery.set(key, [...(perQuery.get(key) ?? []), took]);
      }
    }
  }
  all.sort((a, b) => a - b);
  console.log(`roster page (filter + sort + 50 rows + count) over ${rows.toLocaleString('en')} accounts, ${all.length} calls through the backend`);
  console.log(`  p50 ${percentile(all, 50).toFixed(2)} ms   p95 ${percentile(all, 95).toFixed(2)} ms   max ${all[all.length - 1]!.toFixed(2)} ms  (target p95 < 10 ms)`);
  for (const [query, times] of perQuery) {
    times.sort((a, b) => a - b);
    console.log(`  ${percentile(times, 50).toFixed(2).padStart(7)} ms  ${query}`);
  }

  // "Select all" on the roster: the ids of every creator matching the filters (one call per click).
  const selects: Record<string, unknown>[] = [{}, { platforms: ['tiktok'] }, { location: 'belg' }];
  console.log('\nselect all matching (creators:matchingIds), p50 of 10 calls');
  /** p50 of 10 calls of a channel (after one to warm up), and its last answer. */
  const p50Of = async <T>(channel: string, input: unknown): Promise<{ p50: number; data: T }> => {
    const times: number[] = [];
    let data: unknown;
    for (let round = 0; round < 11; round++) {
      const t0 = process.hrtime.bigint();
      const result = await backend.handle(channel, input);
      const took = ms(t0);
      if (!result.ok) throw new Error(result.error.message);
      data = result.data;
      if (round > 0) times.push(took);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), data: data as T };
  };
  for (const filter of selects) {
    const { p50, data } = await p50Of<{ ids: number[] }>('creators:matchingIds', filter);
    console.log(`  ${p50.toFixed(2).padStart(7)} ms  ${JSON.stringify(filter)} → ${data.ids.length.toLocaleString('en')} creators`);
  }

  // The niche filter's suggestions, asked when the roster opens (then cached for a minute).
  const niches = await p50Of<string[]>('creators:niches', undefined);
  console.log(`\nniche suggestions (creators:niches), p50 of 10 calls: ${niches.p50.toFixed(2)} ms for ${niches.data.length} niches`);

  // Reference: sqlite3 imports next month's file and updates its plain table from it by handle.
  start = process.hrtime.bigint();
  execFileSync('sqlite3', [
    refDb,
    '.mode csv',
    '.separator ;',
    `.import ${laterCsvPath} raw_next`,
    `UPDATE raw SET Volgers = n.Volgers, "Engagement rate" = n."Engagement rate", "Gem. likes" = n."Gem. likes", "Gem. reacties" = n."Gem. reacties"
       FROM raw_next AS n WHERE n.Gebruikersnaam = raw.Gebruikersnaam;`,
  ]);
  const sqliteUpdateMs = ms(start);

  const later = previewAndRequest(laterCsvPath);
  start = process.hrtime.bigint();
  const updated = await backend.handle('creators:import', later.request());
  const reTotalMs = ms(start);
  if (!updated.ok) throw new Error(updated.error.message);
  console.log('\nre-import of next month\'s file with "update"');
  console.log(`  sqlite3 .import + UPDATE … FROM (reference) ${sqliteUpdateMs.toFixed(0).padStart(7)} ms`);
  console.log(`  sqlite3 .import of the first file (reference) ${sqliteMs.toFixed(0).padStart(5)} ms`);
  console.log(`  Microplan import, end to end               ${reTotalMs.toFixed(0).padStart(7)} ms  (preview before it: ${later.previewMs.toFixed(0)} ms)`);
  console.log(`  ratio to the update reference              ${(reTotalMs / sqliteUpdateMs).toFixed(2).padStart(7)} ×`);
  console.log(`  imported: ${JSON.stringify(updated.data)}`);

  await backend.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
