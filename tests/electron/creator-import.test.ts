import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCreatorCsv, type CreatorImportRow } from '@shared/csv';
import type { RosterRow, CreatorDetail } from '@shared/domain/creators';
import type { Backend } from '../../electron/core/backend';
import { useBackend } from '../support/backend';
import { creatorInput } from '../support/creator-input';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));

function validRows(name: string): readonly CreatorImportRow[] {
  const read = readCreatorCsv(fixture(name));
  if (!read.ok) throw new Error(read.problem.code);
  return read.rows;
}

async function roster(backend: Backend, query: Record<string, unknown> = {}): Promise<{ total: number; rows: RosterRow[] }> {
  const result = await backend.handle('creators:list', { limit: 500, ...query });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { total: number; rows: RosterRow[] };
}

describe('importing creators', () => {
  const openBackend = useBackend();

  it('imports a Dutch Excel export: decimal commas, thousands dots, Windows-1252, reported ER and fees', async () => {
    const backend = await openBackend();
    const rows = validRows('dutch-excel-export.csv');
    const result = await backend.handle('creators:import', { fileName: 'dutch-excel-export.csv', currency: 'EUR', onExisting: 'update', rows });
    expect(result).toMatchObject({ ok: true, data: { created: rows.length, updated: 0, skipped: 0 } });
    const { rows: listed } = await roster(backend);
    const lotte = listed.find((r) => r.handle === 'lotte.bakt')!;
    expect(lotte).toMatchObject({ name: 'Café Lotte', platform: 'instagram', followers: 12_500, tier: 'micro', country: 'Nederland', city: 'Utrecht' });
    // The file gives 3,4 % and likes but no comments: the reported ER is what the roster can use.
    expect(lotte.erFollowers).toBeCloseTo(0.034, 6);
    expect(lotte.erSource).toBe('reported');
    const detail = (await backend.handle('creators:get', { id: lotte.creatorId })) as { data: CreatorDetail };
    expect(detail.data.rateCard).toEqual([{ deliverable: 'post', platform: 'instagram', amount: 15_000, currency: 'EUR' }]);
    expect(detail.data.accounts[0]!.snapshots[0]!.source).toBe('dutch-excel-export.csv');
    expect(detail.data.acceptsProductOnly).toBe(true);
    const daan = listed.find((r) => r.handle === 'daan_fietst')!;
    expect(daan).toMatchObject({ platform: 'youtube', followers: 1_234_567, tier: 'macro' });
  });

  it('does not duplicate anyone when the same file is imported twice', async () => {
    const backend = await openBackend();
    const rows = validRows('english-utf8-bom.csv');
    await backend.handle('creators:import', { fileName: 'a.csv', currency: 'EUR', onExisting: 'update', rows });
    const first = await roster(backend);
    const again = await backend.handle('creators:import', { fileName: 'a.csv', currency: 'EUR', onExisting: 'update', rows });
    expect(again).toMatchObject({ ok: true, data: { created: 0, updated: rows.length } });
    expect((await roster(backend)).total).toBe(first.total);
    const skipped = await backend.handle('creators:import', { fileName: 'a.csv', currency: 'EUR', onExisting: 'skip', rows });
    expect(skipped).toMatchObject({ ok: true, data: { created: 0, updated: 0, skipped: rows.length } });
  });

  it('updates an existing account with the file’s figures and keeps a dated snapshot from the file', async () => {
    const backend = await openBackend();
    const created = (await backend.handle('creators:create', creatorInput({ name: 'Jane Smith', phone: '+44 1' }, { platform: 'instagram', handle: 'janesmith', followers: 9_000 }))) as {
      data: CreatorDetail;
    };
    const rows = validRows('english-utf8-bom.csv');
    await backend.handle('creators:import', { fileName: 'march.csv', currency: 'EUR', onExisting: 'update', rows });
    const detail = (await backend.handle('creators:get', { id: created.data.id })) as { data: CreatorDetail };
    expect(detail.data.accounts[0]).toMatchObject({ followers: 12_500, avgLikes: 420, avgComments: 31, sourceFile: 'march.csv' });
    expect(detail.data.accounts[0]!.snapshots.map((s) => [s.followers, s.source])).toEqual([
      [9_000, 'manual'],
      [12_500, 'march.csv'],
    ]);
    // A blank in the file keeps what the roster knew.
    expect(detail.data.phone).toBe('+44 1');
  });

  it('adds a new account to a creator of the same name, or creates a separate creator when asked', async () => {
    const backend = await openBackend();
    await backend.handle('creators:create', creatorInput({ name: 'Tom Müller' }, { platform: 'instagram', handle: 'tom.insta' }));
    const rows = validRows('english-utf8-bom.csv').filter((r) => r.handle === 'tom.mueller');
    const asNew = await backend.handle('creators:import', { fileName: 'b.csv', currency: 'EUR', onExisting: 'new', rows });
    expect(asNew).toMatchObject({ ok: true, data: { created: 1 } });
    expect((await roster(backend, { search: 'tom' })).rows.map((r) => r.creatorId).filter((v, i, a) => a.indexOf(v) === i)).toHaveLength(2);
  });

  it('joins an account to the creator of the same name on update', async () => {
    const backend = await openBackend();
    const tom = (await backend.handle('creators:create', creatorInput({ name: 'Tom Müller' }, { platform: 'instagram', handle: 'tom.insta' }))) as { data: CreatorDetail };
    const rows = validRows('english-utf8-bom.csv').filter((r) => r.handle === 'tom.mueller');
    expect(await backend.handle('creators:import', { fileName: 'b.csv', currency: 'EUR', onExisting: 'update', rows })).toMatchObject({ ok: true, data: { addedAccounts: 1, created: 0 } });
    const detail = (await backend.handle('creators:get', { id: tom.data.id })) as { data: CreatorDetail };
    expect(detail.data.accounts.map((a) => `${a.platform}:${a.handle}`).sort()).toEqual(['instagram:tom.insta', 'tiktok:tom.mueller']);
  });

  it('tells the preview which lines are already in the roster', async () => {
    const backend = await openBackend();
    await backend.handle('creators:create', creatorInput({ name: 'Jane' }, { platform: 'instagram', handle: 'JaneSmith' }));
    await backend.handle('creators:create', creatorInput({ name: 'Tom Müller' }, { platform: 'youtube', handle: 'tomyt' }));
    const keys = validRows('english-utf8-bom.csv').map((r) => ({ line: r.line, platform: r.platform, handle: r.handle, name: r.name }));
    expect(await backend.handle('creators:importMatch', { keys })).toEqual({ ok: true, data: { byHandle: [2], byName: [3] } });
  });

  it('writes nothing when one row is refused at the boundary', async () => {
    const backend = await openBackend();
    const rows = validRows('english-utf8-bom.csv');
    const broken = [...rows, { ...rows[0]!, line: 99, handle: 'x y' }];
    const result = await backend.handle('creators:import', { fileName: 'c.csv', currency: 'EUR', onExisting: 'update', rows: broken });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: `rows.${rows.length}.handle` } });
    expect((await roster(backend)).total).toBe(0);
  });

  it('refuses a file that lists the same account twice, naming both lines', async () => {
    const backend = await openBackend();
    const rows = validRows('english-utf8-bom.csv');
    const result = await backend.handle('creators:import', { fileName: 'd.csv', currency: 'EUR', onExisting: 'update', rows: [...rows, { ...rows[0]!, line: 40 }] });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ rule: 'duplicateHandle', params: { line: 40, firstLine: rows[0]!.line } }] } });
    expect((await roster(backend)).total).toBe(0);
  });
});

describe('search after an import update', () => {
  const openBackend = useBackend();

  it('finds a creator by a tag the import added, through every one of its accounts', async () => {
    const backend = await openBackend();
    await backend.handle('creators:create', {
      ...creatorInput({ name: 'Jane Smith', tags: [] }),
      accounts: [creatorInput().accounts[0]!, { ...creatorInput().accounts[0]!, platform: 'instagram', handle: 'janesmith' }],
    });
    const rows = validRows('english-utf8-bom.csv').filter((r) => r.handle === 'janesmith').map((r) => ({ ...r, tags: ['autumn-pick'] }));
    await backend.handle('creators:import', { fileName: 'tags.csv', currency: 'EUR', onExisting: 'update', rows });
    expect((await roster(backend, { search: 'autumn-pick' })).total).toBe(2);
  });
});

describe('imports keep the roster consistent', () => {
  const openBackend = useBackend();

  it('never overwrites a status with a word it does not know', async () => {
    const backend = await openBackend();
    await backend.handle('creators:create', creatorInput({ name: 'Jane Smith', status: 'active' }, { platform: 'instagram', handle: 'janesmith' }));
    const rows = validRows('english-utf8-bom.csv').filter((r) => r.handle === 'janesmith');
    await backend.handle('creators:import', { fileName: 'a.csv', currency: 'EUR', onExisting: 'update', rows: rows.map((r) => ({ ...r, status: 'on hold' })) });
    expect((await roster(backend)).rows[0]!.status).toBe('active');
    await backend.handle('creators:import', { fileName: 'a.csv', currency: 'EUR', onExisting: 'update', rows: rows.map((r) => ({ ...r, status: 'Goedgekeurd' })) });
    expect((await roster(backend)).rows[0]!.status).toBe('approved');
  });

  it('splits eleven accounts with one name into creators that can still be edited (ten accounts at most)', async () => {
    const backend = await openBackend();
    const base = validRows('english-utf8-bom.csv')[0]!;
    const rows = Array.from({ length: 11 }, (_, i) => ({ ...base, line: i + 2, name: 'Sam', handle: `sam${i}` }));
    expect(await backend.handle('creators:import', { fileName: 'sam.csv', currency: 'EUR', onExisting: 'update', rows })).toMatchObject({ ok: true, data: { created: 2 } });
    const ids = [...new Set((await roster(backend)).rows.map((r) => r.creatorId))];
    for (const id of ids) {
      const detail = (await backend.handle('creators:get', { id })) as { data: CreatorDetail };
      const { id: _id, accounts, ...rest } = detail.data;
      const input = {
        name: rest.name, status: rest.status, country: rest.country, city: rest.city, languages: rest.languages, niches: rest.niches, tags: rest.tags,
        email: rest.email, phone: rest.phone, agent: rest.agent, acceptsProductOnly: rest.acceptsProductOnly, audience: rest.audience, rateCard: rest.rateCard, notes: rest.notes,
        accounts: accounts.map((a) => ({ id: a.id, platform: a.platform, handle: a.handle, profileUrl: a.profileUrl, followers: a.followers, avgLikes: a.avgLikes, avgComments: a.avgComments, avgShares: a.avgShares, avgSaves: a.avgSaves, avgViews: a.avgViews, postsPerWeek: a.postsPerWeek })),
      };
      expect((await backend.handle('creators:update', { id, creator: input })).ok).toBe(true);
    }
  });

  it('leaves deleted creators alone and counts their rows as skipped', async () => {
    const backend = await openBackend();
    const jane = (await backend.handle('creators:create', creatorInput({ name: 'Jane Smith' }, { platform: 'instagram', handle: 'janesmith', followers: 9_000 }))) as { data: CreatorDetail };
    await backend.handle('creators:bulk', { ids: [jane.data.id], action: { type: 'delete' } });
    const rows = validRows('english-utf8-bom.csv').filter((r) => r.handle === 'janesmith');
    expect(await backend.handle('creators:import', { fileName: 'a.csv', currency: 'EUR', onExisting: 'update', rows })).toMatchObject({ ok: true, data: { updated: 0, skipped: 1 } });
    const detail = (await backend.handle('creators:get', { id: jane.data.id })) as { data: CreatorDetail };
    expect(detail.data.accounts[0]!.followers).toBe(9_000);
  });
});
