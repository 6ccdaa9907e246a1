import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { importableRows, readCreatorCsv } from '@shared/csv';
import { type ImportProgress, type ImportRow, type OnExisting } from '@shared/domain/creator-import';
import { creatorInputSchema, type CreatorInput, type RosterQuery } from '@shared/domain/creators';
import { writeCreatorCsv } from '../../bench/fixtures';
import type { Db } from '../../electron/core/db/database';
import { openAndMigrate } from '../../electron/core/db/migrate';
import { createRosterBulkWriter, type RosterBulkWriter } from '../../electron/core/repos/creators-bulk.sqlite';
import { createCreatorImportService } from '../../electron/core/services/creator-import.service';
import { createCreatorsService } from '../../electron/core/services/creators.service';
import { creatorInput } from '../support/creator-input';
import { createPerRowImportService } from '../support/per-row-import.reference';
import { useTempDir } from '../support/temp-dir';

/**
 * The bulk "update" path against the per-row path it replaced (kept in tests/support as the
 * reference): the same roster is built in two files, each re-imported by one of the paths, and
 * everything the roster stores is compared, ids and order included.
 */

type Workspace = { db: Db; sqlite: BetterSqlite3.Database };
type Path = 'bulk' | 'per-row';

function importer(path: Path, { db, sqlite }: Workspace, now: () => Date) {
  const service =
    path === 'bulk'
      ? createCreatorImportService(db, createRosterBulkWriter(sqlite), { now })
      : createPerRowImportService(db, creatorsOf({ db, sqlite }, now), createRosterBulkWriter(sqlite), { now });
  return (fileName: string, onExisting: OnExisting, rows: readonly ImportRow[]) => service.importRows(fileName, 'EUR', onExisting, rows);
}

const clock = (iso: string) => () => new Date(iso);

/** The creators service of a workspace, as the backend builds it. */
const creatorsOf = ({ db, sqlite }: Workspace, now?: () => Date) => createCreatorsService(db, createRosterBulkWriter(sqlite), now);

/** A row as the CSV core hands it to the service: blank but for what the test sets. */
function row(line: number, fields: Partial<ImportRow>): ImportRow {
  const blank: ImportRow = {
    line, name: null, platform: 'instagram', handle: `h${line}`, profileUrl: null, followers: 1_000, engagementRate: null, avgLikes: null, avgComments: null,
    avgShares: null, avgSaves: null, avgViews: null, postsPerWeek: null, figuresAsOf: null, country: null, city: null, location: null, languages: [], niches: [], tags: [],
    email: null, phone: null, agent: null, audienceAuthenticity: null, status: null, notes: null, ratePerPostMinor: null, rateCurrency: null, acceptsProductOnly: null, creatorRef: null,
  };
  return { ...blank, ...fields };
}

/** Everything the roster stores, in id order, with the search index, the filter keys, the id counters, triggers and indexes. */
function dump(sqlite: BetterSqlite3.Database) {
  const all = (query: string) => sqlite.prepare(query).all();
  // Fails if the trigram index does not hold exactly the text of its rows.
  sqlite.prepare("INSERT INTO creator_account_search (creator_account_search) VALUES ('integrity-check')").run();
  return {
    creators: all('SELECT * FROM creator ORDER BY id'),
    accounts: all('SELECT * FROM creator_account ORDER BY id'),
    snapshots: all('SELECT * FROM metric_snapshot ORDER BY id'),
    search: all('SELECT rowid, search_key FROM creator_account_search ORDER BY rowid'),
    // Keys no account uses any more may stay behind (migration 20): the per-row path also kept
    // the in-between keys of a creator whose city changed twice in one file; the bulk path
    // writes only the final ones. What counts is the keys in use, and that none is missing.
    filterKeys: all(`SELECT kind, key FROM roster_filter_key k WHERE EXISTS (SELECT 1 FROM creator_account a
      WHERE (k.kind = 'location' AND a.location_key = k.key) OR (k.kind = 'niches' AND a.niches_key = k.key)) ORDER BY kind, key`),
    unfilterable: all(`SELECT id FROM creator_account a WHERE NOT EXISTS (SELECT 1 FROM roster_filter_key WHERE kind = 'location' AND key = a.location_key)
      OR NOT EXISTS (SELECT 1 FROM roster_filter_key WHERE kind = 'niches' AND key = a.niches_key)`),
    sequences: all('SELECT name, seq FROM sqlite_sequence ORDER BY name'),
    schema: all("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY type, name"),
  };
}

const queries: RosterQuery[] = [
  { search: 'autumn' }, { search: 'tom' }, { search: 'creator_1' }, { location: 'amsterdam' }, { location: 'stad 2' }, { niche: 'travel' },
  { niche: 'gaming' }, { statuses: ['approved'] }, { sort: 'vettingScore', direction: 'desc' }, { sort: 'er' }, { flaggedOnly: true },
];

/** What the roster shows for searches and filters that the re-import can change. */
async function hits(ws: Workspace) {
  const creators = creatorsOf(ws);
  return Promise.all(queries.map(async (q) => (await creators.list({ limit: 500, ...q })).rows));
}

const account = (fields: Partial<CreatorInput['accounts'][number]>) => creatorInput({}, fields).accounts[0]!;

/** Initial import rows: pairs of accounts per creator, some with only a reported ER. */
const firstFile = Array.from({ length: 40 }, (_, i) =>
  row(i + 2, {
    name: `Creator ${Math.floor(i / 2)}`, platform: (['instagram', 'tiktok', 'youtube'] as const)[i % 3], handle: `creator_${i}`, followers: 2_000 + i * 997,
    avgLikes: i % 5 === 0 ? null : 40 + i * 9, avgComments: i % 5 === 0 ? null : 3 + i, engagementRate: i % 5 === 0 ? 0.021 : null,
    country: 'Nederland', city: `Stad ${i % 4}`, niches: [['food', 'beauty', 'tech'][i % 3]!], tags: i % 7 === 0 ? ['vip'] : [],
  }),
);

/**
 * The roster both copies start from: creators entered by hand (vetting answers, audience,
 * rate card, an extra dated snapshot, one deleted, one with ten accounts, a name used twice),
 * and a first import.
 */
async function seed(ws: Workspace, now: () => Date, snapshotDate: string): Promise<void> {
  const creators = creatorsOf(ws, now);
  const create = (input: CreatorInput) => creators.create(creatorInputSchema.parse(input));
  const jane = await create({
    ...creatorInput({
      name: 'Jane Smith', status: 'active', tags: ['summer'], niches: ['food'],
      audience: { ageBands: {}, genderSplit: null, topCountries: ['NL'], authenticityScore: 0.8 },
      rateCard: [{ deliverable: 'post', platform: 'instagram', amount: 10_000, currency: 'EUR' }, { deliverable: 'story', platform: 'instagram', amount: 4_000, currency: 'EUR' }],
    }),
    accounts: [account({ platform: 'instagram', handle: 'janesmith', followers: 9_000, avgLikes: 300, avgComments: 20 }), account({ handle: 'jane.tt' })],
  });
  await creators.setVetting(jane.id, 'content.brandValues', { status: 'pass', note: '' });
  await creators.addSnapshot({ accountId: jane.accounts[0]!.id, asOf: snapshotDate, followers: 9_500, avgLikes: 310, avgComments: null });
  await create(creatorInput({ name: 'Tom Müller', tags: [] }, { platform: 'instagram', handle: 'tom.insta', followers: 3_000 }));
  await create(creatorInput({ name: 'Dup Name' }, { handle: 'dup.one' }));
  await create(creatorInput({ name: 'Dup Name' }, { handle: 'dup.two' }));
  await create({ ...creatorInput({ name: 'Full House' }), accounts: Array.from({ length: 10 }, (_, i) => account({ platform: 'youtube', handle: `full${i}` })) });
  const gone = await create(creatorInput({ name: 'Gone Girl' }, { platform: 'instagram', handle: 'gone' }));
  await creators.bulk([gone.id], { type: 'delete' });
  await importer('bulk', ws, now)('first.csv', 'update', firstFile);
}

/**
 * Next month's file: every branch of the "update" choice, and rows of one creator that depend
 * on each other (an account joined before and after another row of its creator changes the
 * audience score; two rows of one creator adding tags and fees).
 */
const nextFile: ImportRow[] = [
  row(2, { name: 'Tom Müller', platform: 'tiktok', handle: 'tom.mueller', followers: 980, avgLikes: 50, avgComments: 4, tags: ['gaming'] }),
  row(3, {
    name: 'Jane Smith', handle: 'JaneSmith', followers: 12_500, avgComments: 31, engagementRate: 0.034, tags: ['autumn'], city: 'Amsterdam',
    niches: ['travel'], status: 'on hold', audienceAuthenticity: 0.6, ratePerPostMinor: 15_000, email: 'jane@new.example', postsPerWeek: 4,
  }),
  row(4, { name: 'Tom Müller', handle: 'tom.insta', followers: 3_300, avgLikes: 90, avgComments: 9, status: 'Goedgekeurd', audienceAuthenticity: 0.9, niches: ['Gaming'] }),
  row(5, { name: 'Tom Müller', platform: 'youtube', handle: 'tom.yt', followers: 12_000, avgViews: 3_000 }),
  row(6, { name: 'Jane Smith', platform: 'tiktok', handle: 'jane.tt', followers: 26_000, tags: ['winter', 'Autumn'], ratePerPostMinor: 5_000, status: 'actief', location: 'Utrecht' }),
  row(7, { name: 'Dup Name', handle: 'dup.three', followers: 4_000 }),
  row(8, { name: 'Full House', platform: 'youtube', handle: 'full.eleven', followers: 4_000 }),
  row(9, { name: 'Gone Girl', handle: 'gone', followers: 99_999 }),
  row(10, { name: 'Nieuw Talent', platform: 'tiktok', handle: 'nieuw.tt', followers: 15_000, avgLikes: 900, avgComments: 40, tags: ['new'] }),
  row(11, { name: 'Nieuw Talent', platform: 'instagram', handle: 'nieuw.ig', followers: 8_000 }),
  row(12, { name: 'Creator 3', platform: 'instagram', handle: 'creator_3_extra', followers: 7_000, avgLikes: 100, avgComments: 10 }),
  ...firstFile.map((r, i) =>
    row(13 + i, {
      ...r, followers: Math.round(r.followers * (1 + ((i % 7) - 2) / 20)), avgLikes: i % 4 === 0 ? null : (r.avgLikes ?? 30) + 5, city: i % 6 === 0 ? null : r.city,
      niches: i % 9 === 0 ? ['travel'] : [], tags: i % 11 === 0 ? ['autumn'] : [], engagementRate: i % 3 === 0 ? 0.03 : null,
    }),
  ),
];

describe('re-importing with "update" writes in bulk what the per-row path wrote', () => {
  const tempDir = useTempDir();

  async function twoRosters(seedAt: string, snapshotDate: string): Promise<Record<Path, Workspace>> {
    const open = async (): Promise<Workspace> => {
      const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
      await seed(ws, clock(seedAt), snapshotDate);
      return ws;
    };
    return { 'per-row': await open(), bulk: await open() };
  }

  for (const onExisting of ['update', 'skip', 'new'] as const) {
    it(`"${onExisting}": same rows, snapshots, derived columns, search index and filter keys, twice in a row`, async () => {
      const rosters = await twoRosters('2026-10-01T08:00:00.000Z', '2026-09-15');
      expect(dump(rosters.bulk.sqlite)).toEqual(dump(rosters['per-row'].sqlite));
      for (const at of ['2026-11-01T09:30:00.000Z', '2026-11-01T09:45:00.000Z']) {
        const results = await Promise.all((['per-row', 'bulk'] as const).map((path) => importer(path, rosters[path], clock(at))('next.csv', onExisting, nextFile)));
        expect(results[1]).toEqual(results[0]);
      }
      const after = dump(rosters.bulk.sqlite);
      expect(after).toEqual(dump(rosters['per-row'].sqlite));
      expect(after.unfilterable).toEqual([]);
      expect(await hits(rosters.bulk)).toEqual(await hits(rosters['per-row']));
      for (const ws of Object.values(rosters)) await ws.db.destroy();
    });
  }

  it('counts a row unchanged by its own writes, as the per-row path does, when an earlier row of its creator changed the creator', async () => {
    const rosters = await twoRosters('2026-10-01T08:00:00.000Z', '2026-09-15');
    const creators = creatorsOf(rosters.bulk);
    const jane = await creators.get((await creators.list({ search: 'jane.tt', limit: 1 })).rows[0]!.creatorId);
    const tt = jane.accounts.find((a) => a.handle === 'jane.tt')!;
    // Row 2 moves Jane to Leiden and tags her; row 3 is her other account exactly as stored.
    const rows = [
      row(2, { name: 'Jane Smith', handle: 'janesmith', followers: 9_000, avgLikes: 300, avgComments: 20, city: 'Leiden', tags: ['spring'] }),
      row(3, { name: 'Jane Smith', platform: tt.platform, handle: 'jane.tt', followers: tt.followers, avgLikes: tt.avgLikes, avgComments: tt.avgComments }),
    ];
    const at = clock('2026-11-01T09:30:00.000Z');
    const results = await Promise.all((['per-row', 'bulk'] as const).map((path) => importer(path, rosters[path], at)('spring.csv', 'update', rows)));
    expect(results[1]).toEqual(results[0]);
    expect(results[1]).toMatchObject({ updated: 1, unchanged: 1 });
    expect(dump(rosters.bulk.sqlite)).toEqual(dump(rosters['per-row'].sqlite));
    for (const ws of Object.values(rosters)) await ws.db.destroy();
  });

  it('an export older than an account’s newest snapshot adds to its history only: the roster keeps the newer figures and details', async () => {
    const { bulk } = await twoRosters('2026-10-01T08:00:00.000Z', '2026-09-15');
    const service = createCreatorImportService(bulk.db, createRosterBulkWriter(bulk.sqlite), { now: clock('2026-11-01T09:30:00.000Z') });
    const creators = creatorsOf(bulk);
    const find = async (handle: string) => creators.get((await creators.list({ search: handle, limit: 1 })).rows[0]!.creatorId);
    const before = await find('janesmith');
    const august = [
      row(2, { name: 'Jane Smith', handle: 'janesmith', followers: 7_000, avgLikes: 200, avgComments: null, email: 'old@jane.example', tags: ['old'], city: 'Zwolle', status: 'prospect' }),
      row(3, { name: 'Nieuw Talent', platform: 'tiktok', handle: 'nieuw.tt', followers: 15_000, avgLikes: 900, avgComments: 40 }),
    ];
    expect(await service.importRows('august.csv', 'EUR', 'update', august, { asOf: '2026-08-01' })).toEqual({ created: 1, updated: 0, addedAccounts: 0, skipped: 0, inBin: 0, historyOnly: 1, historyInFile: 0, unchanged: 0 });

    const jane = await find('janesmith');
    // In date order, with the file's own figures (a blank cell stays blank, not today's value).
    expect(jane.accounts[0]!.snapshots.map((s) => [s.asOf, s.followers, s.avgLikes, s.avgComments, s.source])).toEqual([
      ['2026-08-01', 7_000, 200, null, 'august.csv'],
      ['2026-09-15', 9_500, 310, null, 'manual'],
      ['2026-10-01', 9_000, 300, 20, 'manual'],
    ]);
    const { snapshots: _history, ...account } = jane.accounts[0]!;
    const { snapshots: _historyBefore, ...accountBefore } = before.accounts[0]!;
    // The figures and details stay; what reads the history is worked out again: 7,000 → 9,500 in
    // six weeks is a follower-growth spike, now a flag in the roster.
    expect(accountBefore.flagCount).toBe(0);
    expect(account).toEqual({ ...accountBefore, flagCount: 1 });
    expect({ ...jane, accounts: [] }).toEqual({ ...before, accounts: [], updatedAt: '2026-11-01T09:30:00.000Z' });
    // A creator new to the roster is dated as the file is.
    expect((await find('nieuw.tt')).accounts[0]!.snapshots.map((s) => [s.asOf, s.followers, s.source])).toEqual([['2026-08-01', 15_000, 'august.csv']]);

    // Dated the day of the newest snapshot, the file's figures are current again.
    const october = [row(2, { name: 'Jane Smith', handle: 'janesmith', followers: 9_100 })];
    expect(await service.importRows('october.csv', 'EUR', 'update', october, { asOf: '2026-10-01' })).toMatchObject({ updated: 1, historyOnly: 0 });
    expect((await find('janesmith')).accounts[0]).toMatchObject({ followers: 9_100, sourceFile: 'october.csv' });

    // Tomorrow's figures are refused before anything is written.
    await expect(service.importRows('later.csv', 'EUR', 'update', october, { asOf: '2026-11-02' })).rejects.toMatchObject({ issues: [{ field: 'asOf', rule: 'asOfInFuture' }] });
    // October's file took the place of October's point entered by hand; nothing of the refused file.
    expect((await find('janesmith')).accounts[0]!.snapshots.map((s) => [s.asOf, s.source])).toEqual([
      ['2026-08-01', 'august.csv'],
      ['2026-09-15', 'manual'],
      ['2026-10-01', 'october.csv'],
    ]);
    await bulk.db.destroy();
  });

  it('the changes themselves: figures, a dated snapshot from the file, tags found through every account, new keys filterable', async () => {
    const { bulk } = await twoRosters('2026-10-01T08:00:00.000Z', '2026-09-15');
    const result = await importer('bulk', bulk, clock('2026-11-01T09:30:00.000Z'))('next.csv', 'update', nextFile);
    // Tom's two new accounts and Creator 3's extra one join them; Dup Name (two creators) and Full House (ten accounts) get a new creator.
    // creator_16's row changes nothing (the same followers, its likes left blank): unchanged, not updated.
    expect(result).toEqual({ created: 3, updated: 42, addedAccounts: 3, skipped: 1, inBin: 1, historyOnly: 0, historyInFile: 0, unchanged: 1 });
    const creators = creatorsOf(bulk);
    const [jane] = (await creators.list({ search: 'janesmith', limit: 10 })).rows;
    const detail = await creators.get(jane!.creatorId);
    expect(detail).toMatchObject({ city: 'Utrecht', status: 'active', email: 'jane@new.example', tags: ['summer', 'autumn', 'winter'], niches: ['food', 'travel'] });
    expect(detail.rateCard.map((r) => [r.platform, r.deliverable, r.amount])).toEqual([['instagram', 'story', 4_000], ['instagram', 'post', 15_000], ['tiktok', 'post', 5_000]]);
    expect(detail.accounts[0]!.snapshots.map((s) => [s.asOf, s.followers, s.source])).toEqual([['2026-09-15', 9_500, 'manual'], ['2026-10-01', 9_000, 'manual'], ['2026-11-01', 12_500, 'next.csv']]);
    expect(detail.accounts[0]).toMatchObject({ followers: 12_500, avgLikes: 300, avgComments: 31, postsPerWeek: 4, sourceFile: 'next.csv', handle: 'janesmith' });
    expect((await creators.list({ search: 'autumn', limit: 50 })).rows.filter((r) => r.name === 'Jane Smith')).toHaveLength(2);
    expect((await creators.list({ location: 'utrecht', limit: 50 })).rows.map((r) => r.handle)).toEqual(expect.arrayContaining(['janesmith', 'jane.tt']));
    expect((await creators.list({ niche: 'gaming', limit: 50 })).rows.map((r) => r.handle).sort()).toEqual(['tom.insta', 'tom.mueller', 'tom.yt']);
    await bulk.db.destroy();
  });

  it('keeps one snapshot per account and day: the same file or another again that day replaces it, a later day adds one', async () => {
    const { bulk } = await twoRosters('2026-10-01T08:00:00.000Z', '2026-09-15');
    const jane = (fields: Partial<ImportRow>) => [row(2, { name: 'Jane Smith', handle: 'janesmith', followers: 12_500, ...fields })];
    await importer('bulk', bulk, clock('2026-11-01T09:30:00.000Z'))('next.csv', 'update', jane({}));
    await importer('bulk', bulk, clock('2026-11-01T09:45:00.000Z'))('next.csv', 'update', jane({}));
    // Fixed in the sheet and imported once more that day: the day's point takes the new figure.
    await importer('bulk', bulk, clock('2026-11-01T16:00:00.000Z'))('next.csv', 'update', jane({ followers: 12_600 }));
    // Another export of that day replaces it too: a day has one point on the line.
    await importer('bulk', bulk, clock('2026-11-01T17:00:00.000Z'))('other.csv', 'update', jane({ followers: 12_650 }));
    await importer('bulk', bulk, clock('2026-11-02T08:00:00.000Z'))('next.csv', 'update', jane({ followers: 12_700 }));

    const creators = creatorsOf(bulk);
    const [found] = (await creators.list({ search: 'janesmith', limit: 10 })).rows;
    const detail = await creators.get(found!.creatorId);
    expect(detail.accounts[0]!.snapshots.map((s) => [s.asOf, s.followers, s.source])).toEqual([
      ['2026-09-15', 9_500, 'manual'],
      ['2026-10-01', 9_000, 'manual'],
      ['2026-11-01', 12_650, 'other.csv'],
      ['2026-11-02', 12_700, 'next.csv'],
    ]);
    expect(detail.accounts[0]!.followers).toBe(12_700);
    await bulk.db.destroy();
  });

  it('keeps one snapshot per local day: a file imported at 00:30 and again at 23:00 (Dutch time) is one point', async () => {
    const { bulk } = await twoRosters('2026-10-01T08:00:00.000Z', '2026-09-15');
    const jane = (followers: number) => [row(2, { name: 'Jane Smith', handle: 'janesmith', followers })];
    await importer('bulk', bulk, () => new Date(2026, 10, 24, 0, 30))('next.csv', 'update', jane(12_500));
    await importer('bulk', bulk, () => new Date(2026, 10, 24, 23, 0))('next.csv', 'update', jane(12_600));
    const creators = creatorsOf(bulk);
    const [found] = (await creators.list({ search: 'janesmith', limit: 10 })).rows;
    const detail = await creators.get(found!.creatorId);
    expect(detail.accounts[0]!.snapshots.filter((s) => s.source === 'next.csv').map((s) => [s.asOf, s.followers])).toEqual([['2026-11-24', 12_600]]);
    await bulk.db.destroy();
  });

  it('a month-later export of 3,000 creators, read from the CSV as the window reads it', async () => {
    const dir = tempDir();
    const read = (month: number) => {
      writeCreatorCsv(join(dir, `m${month}.csv`), 3_000, month);
      const file = readCreatorCsv(new Uint8Array(readFileSync(join(dir, `m${month}.csv`))));
      if (!file.ok) throw new Error(file.problem.code);
      return importableRows(file.rows, file.problems, 'Volgers').rows;
    };
    const rosters: Partial<Record<Path, Workspace>> = {};
    for (const path of ['per-row', 'bulk'] as const) {
      const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
      await importer('bulk', ws, clock('2026-10-01T08:00:00.000Z'))('m0.csv', 'update', read(0));
      expect(await importer(path, ws, clock('2026-11-01T08:00:00.000Z'))('m1.csv', 'update', read(1))).toEqual({ created: 0, updated: 2_998, addedAccounts: 0, skipped: 0, inBin: 0, historyOnly: 0, historyInFile: 0, unchanged: 2 });
      rosters[path] = ws;
    }
    expect(dump(rosters.bulk!.sqlite)).toEqual(dump(rosters['per-row']!.sqlite));
    expect(await hits(rosters.bulk!)).toEqual(await hits(rosters['per-row']!));

    // A few rows into the large roster (no index rebuilt), adding a tag: new search text.
    const few = read(2).slice(0, 50).map((r) => ({ ...r, tags: ['autumn'] }));
    for (const path of ['per-row', 'bulk'] as const) await importer(path, rosters[path]!, clock('2026-12-01T08:00:00.000Z'))('m2.csv', 'update', few);
    expect(dump(rosters.bulk!.sqlite)).toEqual(dump(rosters['per-row']!.sqlite));
    expect((await creatorsOf(rosters.bulk!).list({ search: 'autumn', limit: 100 })).total).toBe(50);
    for (const ws of Object.values(rosters)) await ws.db.destroy();
  });
});

describe('a bulk re-import that fails', () => {
  const tempDir = useTempDir();

  /**
   * The real writer, failing after its first chunk of account updates (the search trigger and
   * the indexes being rebuilt are dropped then), or once everything is written.
   */
  function failingWriter(sqlite: BetterSqlite3.Database, when: 'updating' | 'written'): RosterBulkWriter {
    const real = createRosterBulkWriter(sqlite);
    return {
      update: (rows, progress) =>
        real.update(rows, async (done) => {
          if (when === 'updating' && done > rows.creators.length) throw new Error('disk full');
          await progress?.(done);
        }),
      insert: async (rows, progress) => {
        await real.insert(rows, progress);
        if (when === 'written') throw new Error('disk full');
      },
    };
  }

  for (const when of ['updating', 'written'] as const) {
    it(`leaves the roster, its triggers and indexes exactly as they were (failing ${when === 'updating' ? 'half-way through the updates' : 'after the last row'})`, async () => {
      const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
      await seed(ws, clock('2026-10-01T08:00:00.000Z'), '2026-09-15');
      const before = dump(ws.sqlite);
      const service = createCreatorImportService(ws.db, failingWriter(ws.sqlite, when), { now: clock('2026-11-01T08:00:00.000Z') });
      await expect(service.importRows('next.csv', 'EUR', 'update', nextFile)).rejects.toThrow('disk full');
      expect(service.progress()).toBeNull();
      expect(dump(ws.sqlite)).toEqual(before);
      await ws.db.destroy();
    });
  }
});

describe('rows the CSV core would have refused', () => {
  const tempDir = useTempDir();

  // The CSV core already keeps only the first of such rows; the service refuses them outright
  // rather than leave it to the unique index, naming both lines.
  it('are refused as a whole, naming both lines, with nothing written', async () => {
    const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
    const service = createCreatorImportService(ws.db, createRosterBulkWriter(ws.sqlite));
    const rows = [row(2, { handle: 'jane' }), row(3, { handle: 'tom' }), row(7, { handle: '@Jane' })];
    await expect(service.importRows('d.csv', 'EUR', 'update', rows)).rejects.toMatchObject({ issues: [{ rule: 'duplicateHandle', params: { line: 7, firstLine: 2, handle: 'jane' } }] });
    expect(dump(ws.sqlite).accounts).toEqual([]);
    await ws.db.destroy();
  });

  // Likewise a row dated after today, which the CSV core refuses in a file.
  it('are refused as a whole when one is dated after today, naming its line', async () => {
    const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
    const service = createCreatorImportService(ws.db, createRosterBulkWriter(ws.sqlite), { now: clock('2026-11-24T10:00:00.000Z') });
    const rows = [row(2, { handle: 'jane', figuresAsOf: '2026-11-24' }), row(3, { handle: 'tom', figuresAsOf: '2026-11-25' })];
    await expect(service.importRows('d.csv', 'EUR', 'update', rows)).rejects.toMatchObject({ issues: [{ field: 'figuresAsOf', rule: 'asOfInFuture', message: 'Line 3: the figures cannot be dated after today' }] });
    expect(dump(ws.sqlite).accounts).toEqual([]);
    await ws.db.destroy();
  });

  // And one dated before its platform began: by its own day, or by the file's day it takes.
  it('are refused as a whole when one is dated before its platform began, naming its line', async () => {
    const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
    const service = createCreatorImportService(ws.db, createRosterBulkWriter(ws.sqlite), { now: clock('2026-11-24T10:00:00.000Z') });
    const ownDay = [row(2, { handle: 'jane', figuresAsOf: '2016-01-01' }), row(3, { handle: 'tom', platform: 'tiktok', figuresAsOf: '2015-12-31' })];
    await expect(service.importRows('d.csv', 'EUR', 'update', ownDay)).rejects.toMatchObject({
      issues: [{ field: 'figuresAsOf', rule: 'asOfBeforePlatform', params: { line: 3, year: 2016 } }],
    });
    const filesDay = [row(2, { handle: 'jane', platform: 'youtube' }), row(4, { handle: 'tom', platform: 'tiktok' })];
    await expect(service.importRows('d.csv', 'EUR', 'update', filesDay, { asOf: '2012-05-01' })).rejects.toMatchObject({
      issues: [{ field: 'figuresAsOf', rule: 'asOfBeforePlatform', params: { line: 4, year: 2016 } }],
    });
    expect(dump(ws.sqlite).accounts).toEqual([]);
    await ws.db.destroy();
  });
});

describe('re-import progress', () => {
  const tempDir = useTempDir();

  it('reports matching, computing, writing and saving with rows done, never going back', async () => {
    const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
    const rows = Array.from({ length: 5_000 }, (_, i) => row(i + 2, { name: `Creator ${i}`, handle: `creator_${i}`, followers: 10_000 + i, avgLikes: 300, avgComments: 20 }));
    await importer('bulk', ws, clock('2026-10-01T08:00:00.000Z'))('first.csv', 'update', rows);
    // Pause at every chance, so this small import is observed the way a large one is.
    const imports = createCreatorImportService(ws.db, createRosterBulkWriter(ws.sqlite), { pauseEveryMs: 0 });
    const seen: ImportProgress[] = [];
    let finished = false;
    const running = imports.importRows('next.csv', 'EUR', 'update', rows.map((r) => ({ ...r, followers: r.followers + 500 }))).finally(() => (finished = true));
    while (!finished) {
      const now = imports.progress();
      if (now) seen.push(now);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await running).toMatchObject({ updated: 5_000 });
    expect([...new Set(seen.map((p) => p.step))]).toEqual(['matching', 'computing', 'writing', 'saving']);
    for (const step of ['computing', 'writing'] as const) {
      const reports = seen.filter((p) => p.step === step);
      expect(reports.some((p) => p.done > 0 && p.done < p.total)).toBe(true);
      expect(reports.every((p, i) => p.total === reports[0]!.total && (i === 0 || p.done >= reports[i - 1]!.done))).toBe(true);
    }
    await ws.db.destroy();
  });
});
