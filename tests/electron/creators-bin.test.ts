import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Client } from '@shared/domain/campaigns';
import { emptyBrief } from '@shared/domain/campaigns';
import type { CreatorDetail, RosterRow } from '@shared/domain/creators';
import type { Backend } from '../../electron/core/backend';
import { useBackend } from '../support/backend';
import { creatorInput } from '../support/creator-input';

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data as T;
}

const list = (backend: Backend, query: Record<string, unknown> = {}) => ok<{ total: number; rows: RosterRow[] }>(backend.handle('creators:list', query));
const names = async (backend: Backend, query: Record<string, unknown> = {}) => (await list(backend, query)).rows.map((r) => r.name);
const create = (backend: Backend, name: string, handle: string, extra: Parameters<typeof creatorInput>[0] = {}) =>
  ok<CreatorDetail>(backend.handle('creators:create', creatorInput({ name, ...extra }, { handle })));

describe('select all matching', () => {
  const openBackend = useBackend();

  it('returns every creator with an account in the filtered view, beyond the loaded pages, each once', async () => {
    const backend = await openBackend();
    await ok(backend.handle('demo:load', undefined));
    const view = { platforms: ['tiktok', 'instagram'] };
    const all = await ok<RosterRow[]>(backend.handle('creators:exportRows', view));
    const expected = [...new Set(all.map((r) => r.creatorId))].sort((a, b) => a - b);
    // More than a roster page of 100 rows, and creators with two matching accounts counted once.
    expect(all.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(all.length);
    const { ids } = await ok<{ ids: number[] }>(backend.handle('creators:matchingIds', view));
    expect([...ids].sort((a, b) => a - b)).toEqual(expected);

    // A bulk action on all of them reaches all of them, and nobody else.
    const before = new Map((await ok<RosterRow[]>(backend.handle('creators:exportRows', {}))).map((r) => [r.creatorId, r.status]));
    expect(await ok(backend.handle('creators:bulk', { ids, action: { type: 'setStatus', status: 'approved' } }))).toEqual({ affected: expected.length });
    const selected = new Set(expected);
    for (const row of await ok<RosterRow[]>(backend.handle('creators:exportRows', {}))) {
      expect(row.status).toBe(selected.has(row.creatorId) ? 'approved' : before.get(row.creatorId));
    }
  });

  it('selects in the bin when asked for the bin, and refuses a query it does not know', async () => {
    const backend = await openBackend();
    const a = await create(backend, 'A', 'a');
    await create(backend, 'B', 'b');
    await ok(backend.handle('creators:bulk', { ids: [a.id], action: { type: 'delete' } }));
    expect(await ok(backend.handle('creators:matchingIds', { bin: true }))).toEqual({ ids: [a.id] });
    expect(await backend.handle('creators:matchingIds', { tiers: ['giga'] })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'tiers.0' } });
    expect(await backend.handle('creators:matchingIds', { sort: 'name' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the bin', () => {
  const openBackend = useBackend();

  it('shows deleted creators in the bin only, with the same filters, and restores them', async () => {
    const backend = await openBackend();
    const anna = await create(backend, 'Anna', 'anna', { city: 'Gent', country: 'België' });
    const bram = await create(backend, 'Bram', 'bram');
    await create(backend, 'Chloé', 'chloe');
    expect(await ok(backend.handle('creators:bulk', { ids: [anna.id, bram.id], action: { type: 'delete' } }))).toEqual({ affected: 2 });
    expect(await names(backend)).toEqual(['Chloé']);
    expect(await names(backend, { bin: true })).toEqual(['Anna', 'Bram']);
    expect(await names(backend, { bin: true, location: 'gent' })).toEqual(['Anna']);
    expect((await ok<CreatorDetail>(backend.handle('creators:get', { id: anna.id }))).deleted).toBe(true);

    // Restoring a live creator, or one twice, changes nothing and is not counted.
    expect(await ok(backend.handle('creators:restore', { ids: [anna.id, anna.id + 99] }))).toEqual({ affected: 1 });
    expect(await ok(backend.handle('creators:restore', { ids: [anna.id] }))).toEqual({ affected: 0 });
    expect(await names(backend)).toEqual(['Anna', 'Chloé']);
    expect(await names(backend, { bin: true })).toEqual(['Bram']);
  });

  it('leaves creators in the bin alone in bulk edits', async () => {
    const backend = await openBackend();
    const anna = await create(backend, 'Anna', 'anna');
    await ok(backend.handle('creators:bulk', { ids: [anna.id], action: { type: 'delete' } }));
    expect(await ok(backend.handle('creators:bulk', { ids: [anna.id], action: { type: 'archive' } }))).toEqual({ affected: 0 });
    expect(await ok(backend.handle('creators:bulk', { ids: [anna.id], action: { type: 'addTags', tags: ['x'] } }))).toEqual({ affected: 0 });
    expect((await ok<CreatorDetail>(backend.handle('creators:get', { id: anna.id }))).status).toBe('prospect');
  });

  it('deletes for good only what is in the bin, after which the handle is free again', async () => {
    const backend = await openBackend();
    const anna = await create(backend, 'Anna', 'anna');
    const bram = await create(backend, 'Bram', 'bram');
    await ok(backend.handle('creators:bulk', { ids: [anna.id], action: { type: 'delete' } }));
    expect(await ok(backend.handle('creators:purge', { ids: [anna.id, bram.id] }))).toEqual({ purged: 1, inUse: 0 });
    expect(await backend.handle('creators:get', { id: anna.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await names(backend, { bin: true })).toEqual([]);
    expect(await names(backend)).toEqual(['Bram']);
    expect(await names(backend, { search: 'anna' })).toEqual([]);
    await create(backend, 'Anna again', 'anna');
    expect(await names(backend)).toEqual(['Anna again', 'Bram']);
  });

  it('keeps a creator that is in a campaign in the bin instead of deleting its history', async () => {
    const backend = await openBackend();
    const anna = await create(backend, 'Anna', 'anna');
    const bram = await create(backend, 'Bram', 'bram');
    const brand = await ok<Client>(backend.handle('clients:save', { client: { name: 'Koffiebar', contactName: '', email: '', notes: '' } }));
    const campaign = await ok<{ id: number }>(
      backend.handle('campaigns:save', {
        campaign: {
          name: 'Autumn', clientId: brand.id, goal: 'awareness', startDate: '2026-11-01', endDate: '2026-12-01', budget: { amount: 100_000, currency: 'EUR' },
          platforms: ['tiktok'], planId: null, adviceId: null, pilot: false, brief: emptyBrief, status: 'active',
        },
      }),
    );
    await ok(backend.handle('partnerships:add', { campaignId: campaign.id, creatorIds: [anna.id] }));
    await ok(backend.handle('creators:bulk', { ids: [anna.id, bram.id], action: { type: 'delete' } }));
    expect(await ok(backend.handle('creators:purge', { ids: [anna.id, bram.id] }))).toEqual({ purged: 1, inUse: 1 });
    expect(await names(backend, { bin: true })).toEqual(['Anna']);
  });

  it('refuses a handle that belongs to a creator in the bin, saying so and naming the creator', async () => {
    const backend = await openBackend();
    const anna = await create(backend, 'Anna de Vries', 'anna.fit');
    await ok(backend.handle('creators:bulk', { ids: [anna.id], action: { type: 'delete' } }));
    const result = await backend.handle('creators:create', creatorInput({ name: 'Someone' }, { handle: 'Anna.Fit' }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: '@anna.fit on tiktok already belongs to Anna de Vries, which is in the bin',
        issues: [{ field: 'accounts.0.handle', rule: 'handleInBin', params: { name: 'Anna de Vries', creatorId: anna.id } }],
      },
    });
  });
});

describe('sorting by location', () => {
  const openBackend = useBackend();

  it('sorts by country, then city, both ways and across pages', async () => {
    const backend = await openBackend();
    const places: [string, string | null, string | null][] = [
      ['Utrecht', 'Utrecht', 'Nederland'], ['Gent', 'Gent', 'België'], ['Amsterdam', 'Amsterdam', 'Nederland'], ['Nowhere', null, null],
      ['Zwolle', 'Zwolle', 'Nederland'], ['Antwerpen', 'Antwerpen', 'België'], ['Breda', 'Breda', 'Nederland'], ['Country only', null, 'Nederland'],
    ];
    for (const [i, [name, city, country]] of places.entries()) await create(backend, name, `p${i}`, { city, country });
    // Without a country: last, both ways (as a spreadsheet puts blanks).
    const placed = ['Antwerpen', 'Gent', 'Country only', 'Amsterdam', 'Breda', 'Utrecht', 'Zwolle'];
    const expected = [...placed, 'Nowhere'];
    const paged: string[] = [];
    for (let offset = 0; offset < places.length; offset += 3) paged.push(...(await names(backend, { sort: 'country', limit: 3, offset })));
    expect(paged).toEqual(expected);
    expect(await names(backend, { sort: 'country', direction: 'desc' })).toEqual([...placed.reverse(), 'Nowhere']);
    expect((await ok<RosterRow[]>(backend.handle('creators:exportRows', { sort: 'country' }))).map((r) => r.name)).toEqual(expected);
  });

  it('walks an index for a page by location, in the roster and in the bin, without sorting the roster', async () => {
    const backend = await openBackend();
    await create(backend, 'A', 'a');
    const sqlite = new BetterSqlite3(backend.file, { readonly: true });
    for (const deleted of [0, 1]) {
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN SELECT id FROM creator_account WHERE deleted = ${deleted} ORDER BY country, city, id LIMIT 50`).all() as { detail: string }[]).map((r) => r.detail);
      expect(plan.join('\n')).toContain('creator_account_live_country_city');
      expect(plan.join('\n')).not.toContain('TEMP B-TREE');
    }
    // A location filter sorted by location sorts its matches, reading country and city from the filter's index, not the table.
    const filtered = sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM creator_account WHERE deleted = 0 AND location_key IN ('gent belgie') ORDER BY +country DESC, +city DESC, id DESC LIMIT 50")
      .all() as { detail: string }[];
    expect(filtered.map((r) => r.detail).join('\n')).toContain('COVERING INDEX creator_account_live_location_place');
    sqlite.close();
  });
});
