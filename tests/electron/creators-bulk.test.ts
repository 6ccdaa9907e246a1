import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readCreatorCsv } from '@shared/csv';
import type { ImportProgress } from '@shared/domain/creator-import';
import { maxTagLength, maxTags, type CreatorDetail, type RosterRow } from '@shared/domain/creators';
import { openAndMigrate } from '../../electron/core/db/migrate';
import { createRosterBulkWriter } from '../../electron/core/repos/creators-bulk.sqlite';
import { createCreatorImportService } from '../../electron/core/services/creator-import.service';
import { useBackend } from '../support/backend';
import { csvFixture as fixture, importRequest } from '../support/import-file';
import { creatorInput } from '../support/creator-input';
import { useTempDir } from '../support/temp-dir';

/** Every trigger and index with its definition: the bulk write drops some and must restore them exactly. */
function triggersAndIndexes(sqlite: BetterSqlite3.Database): string[] {
  return (sqlite.prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY type, name").all() as { type: string; name: string; sql: string | null }[]).map(
    (r) => `${r.type} ${r.name}: ${r.sql}`,
  );
}

/** Accounts whose search-index entry is missing or differs from the account's search text. */
function unindexedAccounts(sqlite: BetterSqlite3.Database): number {
  const row = sqlite
    .prepare(
      `SELECT count(*) AS n FROM creator_account a
       WHERE NOT EXISTS (SELECT 1 FROM creator_account_search s WHERE s.rowid = a.id AND s.search_key = a.search_key)`,
    )
    .get() as { n: number };
  return row.n;
}

describe('the bulk write of an import', () => {
  const openBackend = useBackend();
  const tempDir = useTempDir();

  it('indexes new accounts for search, location and niche, and leaves every trigger and index as it was', async () => {
    const backend = await openBackend();
    const before = new BetterSqlite3(backend.file, { readonly: true });
    const schema = triggersAndIndexes(before);
    before.close();

    await backend.handle('creators:import', importRequest(fixture('dutch-excel-export.csv'), { fileName: 'nl.csv' }));
    // Written after the import: found only if the per-row triggers are back.
    await backend.handle('creators:create', creatorInput({ name: 'Later Lisa', city: 'Évora', country: 'Portugal', niches: ['Pâtisserie'] }, { handle: 'later.lisa' }));

    const list = async (query: Record<string, unknown>) => ((await backend.handle('creators:list', query)) as { data: { rows: RosterRow[] } }).data.rows.map((r) => r.name);
    expect(await list({ search: 'lotte' })).toEqual(['Café Lotte']);
    expect(await list({ location: 'utrecht' })).toContain('Café Lotte');
    expect(await list({ search: 'later' })).toEqual(['Later Lisa']);
    expect(await list({ location: 'evora' })).toEqual(['Later Lisa']);
    expect(await list({ niche: 'patisserie' })).toEqual(['Later Lisa']);

    const after = new BetterSqlite3(backend.file, { readonly: true });
    expect(triggersAndIndexes(after)).toEqual(schema);
    expect(unindexedAccounts(after)).toBe(0);
    after.close();
  });

  it('tags many creators through the bulk writer: every account found by the tag, triggers and indexes as they were', async () => {
    const backend = await openBackend();
    const before = new BetterSqlite3(backend.file, { readonly: true });
    const schema = triggersAndIndexes(before);
    before.close();
    const lines = Array.from({ length: 300 }, (_, i) => `Creator ${i % 150};${i < 150 ? 'instagram' : 'tiktok'};c${i};${1000 + i}`);
    await backend.handle('creators:import', importRequest(['name;platform;handle;followers', ...lines].join('\n')));
    const ids = ((await backend.handle('creators:matchingIds', {})) as { data: { ids: number[] } }).data.ids;
    expect(ids).toHaveLength(150);

    expect(await backend.handle('creators:bulk', { ids, action: { type: 'addTags', tags: ['Zomer 2027'] } })).toEqual({ ok: true, data: { affected: 150 } });
    const found = (await backend.handle('creators:list', { search: 'zomer 2027', limit: 500 })) as { data: { total: number } };
    expect(found.data.total).toBe(300);
    // Written after the bulk tag: found only if the search trigger is back.
    await backend.handle('creators:create', creatorInput({ name: 'Later Lisa', tags: ['zomer 2027'] }, { handle: 'later.lisa' }));
    expect(((await backend.handle('creators:list', { search: 'zomer 2027', limit: 500 })) as { data: { total: number } }).data.total).toBe(301);

    const after = new BetterSqlite3(backend.file, { readonly: true });
    expect(triggersAndIndexes(after)).toEqual(schema);
    expect(unindexedAccounts(after)).toBe(0);
    after.close();
  });

  it('leaves no rows and every trigger and index in place when the write fails half-way', async () => {
    const { db, sqlite } = await openAndMigrate(join(tempDir(), 'w.sqlite'));
    const schema = triggersAndIndexes(sqlite);
    const stamp = '2026-11-24T00:00:00.000Z';
    const creator = {
      id: 1, name: 'A', status: 'prospect', country: null, city: null, languages_json: '[]', niches_json: '[]', tags_json: '[]', email: null, phone: null,
      agent: null, accepts_product_only: 0, audience_json: null, rate_card_json: '[]', notes: '', vetting_json: '{}', vetting_score: null, is_demo: 0,
      deleted_at: null, created_at: stamp, updated_at: stamp,
    };
    const account = {
      id: 1, creator_id: 1, platform: 'instagram', handle: 'a', handle_key: 'a', profile_url: null, followers: 5_000, avg_likes: null, avg_comments: null,
      avg_shares: null, avg_saves: null, avg_views: null, posts_per_week: null, tier: 'nano', er_followers: null, er_verdict: null, flag_count: 0,
      creator_name: 'A', creator_status: 'prospect', country: null, city: null, location_key: ' ', niches_key: '', search_key: 'a @a', vetting_score: null,
      is_demo: 0, deleted: 0, er_reported: null, er_source: null, source_file: 'x.csv',
    };
    // The second account points at a creator that does not exist: the foreign key stops the write there.
    const write = db.transaction().execute(async () => {
      await createRosterBulkWriter(sqlite).insert({ creators: [creator], accounts: [account, { ...account, id: 2, creator_id: 99, handle: 'b', handle_key: 'b' }], snapshots: [] });
    });
    await expect(write).rejects.toThrow(/FOREIGN KEY/);
    expect(triggersAndIndexes(sqlite)).toEqual(schema);
    expect(sqlite.prepare('SELECT (SELECT count(*) FROM creator) + (SELECT count(*) FROM creator_account) + (SELECT count(*) FROM creator_account_search) AS n').get()).toEqual({ n: 0 });
    await db.destroy();
  });
});

describe('bulk tags', () => {
  const openBackend = useBackend();

  const tagsOf = async (backend: Awaited<ReturnType<ReturnType<typeof useBackend>>>, id: number) =>
    ((await backend.handle('creators:get', { id })) as { data: CreatorDetail }).data.tags;

  it('adds several tags at once, as an import adds a tags cell: none twice, whatever its case', async () => {
    const backend = await openBackend();
    const anna = ((await backend.handle('creators:create', creatorInput({ tags: ['Zomer'] }))) as { data: CreatorDetail }).data;
    const bram = ((await backend.handle('creators:create', creatorInput({ name: 'Bram', tags: [] }, { handle: 'bram' }))) as { data: CreatorDetail }).data;
    const result = await backend.handle('creators:bulk', { ids: [anna.id, bram.id], action: { type: 'addTags', tags: [' zomer ', 'winter', 'Winter', 'pilot'] } });
    expect(result).toEqual({ ok: true, data: { affected: 2 } });
    expect(await tagsOf(backend, anna.id)).toEqual(['Zomer', 'winter', 'pilot']);
    expect(await tagsOf(backend, bram.id)).toEqual(['zomer', 'winter', 'pilot']);
    expect(((await backend.handle('creators:list', { search: 'pilot' })) as { data: { total: number } }).data.total).toBe(2);
  });

  it('gives a creator no more tags than it can be saved with from the form', async () => {
    const backend = await openBackend();
    const tags = Array.from({ length: maxTags - 1 }, (_, i) => `t${i}`);
    const anna = ((await backend.handle('creators:create', creatorInput({ tags }))) as { data: CreatorDetail }).data;
    await backend.handle('creators:bulk', { ids: [anna.id], action: { type: 'addTags', tags: ['a', 'b'] } });
    expect(await tagsOf(backend, anna.id)).toEqual([...tags, 'a']);
  });

  it.each([
    ['no tags', { type: 'addTags', tags: [] }, 'action.tags'],
    ['an empty tag', { type: 'addTags', tags: ['zomer', '  '] }, 'action.tags.1'],
    [`a tag over ${maxTagLength} characters`, { type: 'addTags', tags: ['x'.repeat(maxTagLength + 1)] }, 'action.tags.0'],
    [`more than ${maxTags} tags`, { type: 'addTags', tags: Array.from({ length: maxTags + 1 }, (_, i) => `t${i}`) }, 'action.tags'],
    ['the one-tag form it replaced', { type: 'addTag', tag: 'zomer' }, 'action.type'],
  ])('refuses %s at the contract, naming the field, and tags no one', async (_what, action, field) => {
    const backend = await openBackend();
    const anna = ((await backend.handle('creators:create', creatorInput())) as { data: CreatorDetail }).data;
    expect(await backend.handle('creators:bulk', { ids: [anna.id], action })).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(await tagsOf(backend, anna.id)).toEqual(['summer']);
  });

  it('says the limit of a tag too long', async () => {
    const backend = await openBackend();
    const result = await backend.handle('creators:bulk', { ids: [1], action: { type: 'addTags', tags: ['x'.repeat(81)] } });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ field: 'action.tags.0', message: expect.stringContaining(`At most ${maxTagLength} characters`) }] } });
  });
});

describe('import progress', () => {
  const tempDir = useTempDir();
  const openBackend = useBackend();

  it('reports each step with rows done while the import runs, and nothing once it is over', async () => {
    const { db, sqlite } = await openAndMigrate(join(tempDir(), 'w.sqlite'));
    // Pause at every chance, so this small import is observed the way a large one is.
    const imports = createCreatorImportService(db, createRosterBulkWriter(sqlite), { pauseEveryMs: 0 });
    const read = readCreatorCsv(fixture('english-utf8-bom.csv'));
    if (!read.ok) throw new Error(read.problem.code);
    const base = read.rows[0]!;
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ ...base, followers: 10_000 + i, line: i + 2, name: `Creator ${i}`, handle: `creator_${i}` }));

    const seen: ImportProgress[] = [];
    let finished = false;
    const running = imports.importRows('big.csv', 'EUR', 'update', rows).finally(() => (finished = true));
    while (!finished) {
      const now = imports.progress();
      if (now) seen.push(now);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await running).toMatchObject({ created: 5_000 });
    expect(imports.progress()).toBeNull();

    const steps = [...new Set(seen.map((p) => p.step))];
    expect(steps).toEqual(['matching', 'computing', 'writing', 'saving']);
    const writing = seen.filter((p) => p.step === 'writing');
    // 5,000 creators, 5,000 accounts and 5,000 snapshots, in chunks, never going back.
    expect(writing.some((p) => p.done > 0 && p.done < p.total)).toBe(true);
    expect(writing.every((p, i) => p.total === 15_000 && (i === 0 || p.done >= writing[i - 1]!.done))).toBe(true);
    await db.destroy();
  });

  it('answers "no import running" over the contract when idle', async () => {
    const backend = await openBackend();
    expect(await backend.handle('creators:importProgress', undefined)).toEqual({ ok: true, data: null });
  });
});
