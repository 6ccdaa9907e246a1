import { describe, expect, it } from 'vitest';
import type { CreatorDetail, ExportRow, RosterRow } from '@shared/domain/creators';
import type { Backend } from '../../electron/core/backend';
import { localIsoDay } from '@shared/local-day';
import { useBackend } from '../support/backend';
import { creatorInput } from '../support/creator-input';

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data as T;
}

async function list(backend: Backend, query: Record<string, unknown> = {}) {
  return ok<{ total: number; rows: RosterRow[] }>(backend.handle('creators:list', query));
}

describe('creators over the contract', () => {
  const openBackend = useBackend();

  it('creates a creator and shows the tier, the ER by followers and its verdict against the benchmark', async () => {
    const backend = await openBackend();
    const created = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput()));
    expect(created).toMatchObject({ name: 'Anna de Vries', status: 'prospect', isDemo: false });
    // (4,500 + 500) ÷ 25,000 = 20 % vs the TikTok micro benchmark of 18 %: within ±25 %.
    expect(created.accounts[0]).toMatchObject({ platform: 'tiktok', handle: 'anna.fit', tier: 'micro', erFollowers: 0.2, erVerdict: 'within' });
    expect(created.accounts[0]!.snapshots).toHaveLength(1);
    expect(created.accounts[0]!.snapshots[0]).toMatchObject({ followers: 25_000, source: 'manual' });
  });

  it('strips a leading @ from handles', async () => {
    const backend = await openBackend();
    const created = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput({}, { handle: '@anna.fit' })));
    expect(created.accounts[0]!.handle).toBe('anna.fit');
  });

  it('refuses a handle already in the roster on that platform, whatever its case or @', async () => {
    const backend = await openBackend();
    await ok(backend.handle('creators:create', creatorInput()));
    const result = await backend.handle('creators:create', creatorInput({ name: 'Someone else' }, { handle: '@Anna.Fit' }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ field: 'accounts.0.handle', rule: 'handleTaken', params: { name: 'Anna de Vries' } }] },
    });
    expect((await list(backend)).total).toBe(1);
  });

  it('names the limit a too-long or too-large value broke, for the window to say "At most 200 characters"', async () => {
    const backend = await openBackend();
    const result = await backend.handle('creators:create', creatorInput({ name: 'x'.repeat(300), notes: '' }, { followers: 20_000_000_000 }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [
          { field: 'name', rule: 'zod.too_big', params: { context: 'string', count: 200 } },
          { field: 'accounts.0.followers', rule: 'zod.too_big', params: { context: 'number', limit: 10_000_000_000 } },
        ],
      },
    });
  });

  it('refuses a rate for a deliverable its platform does not have, at that rate, and writes nothing', async () => {
    const backend = await openBackend();
    const result = await backend.handle('creators:create', {
      ...creatorInput(),
      rateCard: [
        { platform: 'tiktok', deliverable: 'post', amount: 45_000, currency: 'EUR' },
        { platform: 'instagram', deliverable: 'video', amount: 30_000, currency: 'EUR' },
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ field: 'rateCard.1.deliverable', rule: 'deliverableNotOnPlatform' }] } });
    expect((await list(backend)).total).toBe(0);
  });

  it('allows the same handle on another platform', async () => {
    const backend = await openBackend();
    await ok(backend.handle('creators:create', creatorInput()));
    await ok(backend.handle('creators:create', creatorInput({ name: 'Anna on Instagram' }, { platform: 'instagram' })));
    expect((await list(backend)).total).toBe(2);
  });

  it.each([
    ['negative followers', {}, { followers: -1 }, 'accounts.0.followers', 'cannot be negative'],
    ['fractional followers', {}, { followers: 10.5 }, 'accounts.0.followers', 'whole number'],
    ['a malformed email', { email: 'anna(at)example' }, {}, 'email', 'email address'],
    ['an empty name', { name: ' ' }, {}, 'name', 'needs a name'],
    ['a handle with spaces', {}, { handle: 'anna fit' }, 'accounts.0.handle', 'Letters, digits'],
    ['an unknown platform', {}, { platform: 'myspace' as never }, 'accounts.0.platform', 'Invalid option'],
  ])('refuses %s with the field and changes nothing', async (_what, creator, account, field, message) => {
    const backend = await openBackend();
    const result = await backend.handle('creators:create', creatorInput(creator, account));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    if (!result.ok) expect(result.error.message).toContain(message);
    expect((await list(backend)).total).toBe(0);
  });

  it('updates accounts: changes figures (with a new snapshot), adds one and removes one', async () => {
    const backend = await openBackend();
    const created = await ok<CreatorDetail>(
      backend.handle('creators:create', {
        ...creatorInput(),
        accounts: [creatorInput().accounts[0]!, { ...creatorInput().accounts[0]!, platform: 'youtube', handle: 'annayt' }],
      }),
    );
    const tiktok = created.accounts.find((a) => a.platform === 'tiktok')!;
    const updated = await ok<CreatorDetail>(
      backend.handle('creators:update', {
        id: created.id,
        creator: {
          ...creatorInput({ name: 'Anna V.' }),
          accounts: [
            { ...creatorInput().accounts[0]!, id: tiktok.id, followers: 120_000 },
            { ...creatorInput().accounts[0]!, platform: 'instagram', handle: 'anna.gram', followers: 8_000, avgLikes: 400, avgComments: 40 },
          ],
        },
      }),
    );
    expect(updated.name).toBe('Anna V.');
    expect(updated.accounts.map((a) => `${a.platform}:${a.handle}:${a.tier}`).sort()).toEqual(['instagram:anna.gram:micro', 'tiktok:anna.fit:mid']);
    // Created and corrected the same day: one point for the day, with the corrected figure.
    expect(updated.accounts.find((a) => a.platform === 'tiktok')!.snapshots.map((s) => s.followers)).toEqual([120_000]);
    const rows = (await list(backend)).rows;
    expect(rows.map((r) => r.name)).toEqual(['Anna V.', 'Anna V.']);
  });

  it('finds "TikTok micro with ER above benchmark" and nothing else', async () => {
    const backend = await openBackend();
    const make = (name: string, handle: string, platform: 'tiktok' | 'instagram', followers: number, likes: number) =>
      ok(backend.handle('creators:create', creatorInput({ name }, { platform, handle, followers, avgLikes: likes, avgComments: 0 })));
    await make('High TikTok micro', 'high', 'tiktok', 20_000, 6_000); // 30 % vs 18 %: above
    await make('Normal TikTok micro', 'normal', 'tiktok', 20_000, 3_600); // 18 %: within
    await make('High TikTok mid', 'bigger', 'tiktok', 200_000, 60_000); // mid tier
    await make('High Instagram micro', 'insta', 'instagram', 20_000, 6_000); // other platform
    const result = await list(backend, { platforms: ['tiktok'], tiers: ['micro'], erVerdicts: ['above'] });
    expect(result.total).toBe(1);
    expect(result.rows.map((r) => r.name)).toEqual(['High TikTok micro']);
  });

  it('sorts, pages and counts in the database', async () => {
    const backend = await openBackend();
    for (let i = 1; i <= 7; i++) {
      await ok(backend.handle('creators:create', creatorInput({ name: `Creator ${i}` }, { handle: `c${i}`, followers: i * 1000 })));
    }
    const page = await list(backend, { sort: 'followers', direction: 'desc', limit: 3, offset: 3 });
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.followers)).toEqual([4000, 3000, 2000]);
  });

  it('searches name, handle and tag, case-insensitively, treating % and _ literally', async () => {
    const backend = await openBackend();
    await ok(backend.handle('creators:create', creatorInput({ name: 'Sanne Bakker', tags: ['Vegan'] }, { handle: 'sanne_bakt' })));
    await ok(backend.handle('creators:create', creatorInput({ name: 'Pieter', tags: [] }, { handle: 'pieterx' })));
    expect((await list(backend, { search: 'sanne' })).total).toBe(1);
    expect((await list(backend, { search: '@SANNE_' })).total).toBe(1);
    expect((await list(backend, { search: 'vegan' })).total).toBe(1);
    expect((await list(backend, { search: '%' })).total).toBe(0);
  });

  it('filters on niche and location', async () => {
    const backend = await openBackend();
    await ok(backend.handle('creators:create', creatorInput({ name: 'A', niches: ['Food', 'travel'], city: 'Gent', country: 'Belgium' }, { handle: 'a' })));
    await ok(backend.handle('creators:create', creatorInput({ name: 'B', niches: ['foodie'] }, { handle: 'b' })));
    expect((await list(backend, { niche: 'food' })).rows.map((r) => r.name)).toEqual(['A']);
    expect((await list(backend, { location: 'belg' })).rows.map((r) => r.name)).toEqual(['A']);
  });

  it('finds a country however it is written: Dutch, English, its code or an everyday alias', async () => {
    const backend = await openBackend();
    const place = (name: string, country: string, city: string | null) => ok(backend.handle('creators:create', creatorInput({ name, country, city }, { handle: name.toLowerCase() })));
    await place('English', 'Netherlands', 'Utrecht');
    await place('Dutch', 'Nederland', 'Gouda');
    await place('Code', 'NL', null);
    await place('Finnish', 'Finland', 'Espoo');
    await place('Belgian', 'België', 'Gent');
    await place('British', 'UK', 'Leeds');
    // A single "Location" column lands in the city: the country is its last word.
    await place('Located', '', 'Utrecht, NL');
    await place('Dike', 'Nederland', 'Kinderdijk');
    await place('Londoner', '', 'London, UK');
    const names = async (location: string) => (await list(backend, { location, sort: 'name' })).rows.map((r) => r.name);
    for (const written of ['Nederland', 'netherlands', 'NL', 'Holland', 'Pays-Bas']) expect(await names(written)).toEqual(['Code', 'Dike', 'Dutch', 'English', 'Located']);
    expect(await names('Belgium')).toEqual(['Belgian']);
    expect(await names('Verenigd Koninkrijk')).toEqual(['British', 'Londoner']);
    expect(await names('UK')).toEqual(['British', 'Londoner']);
    // "Inde" (India in French) is no part of "Kinderdijk".
    expect(await names('India')).toEqual([]);
    // Not a whole country name: the text anywhere in the location, as before.
    expect(await names('neder')).toEqual(['Dike', 'Dutch']);
    expect(await names('land')).toEqual(['Dike', 'Dutch', 'English', 'Finnish']);
    expect(await names('gouda')).toEqual(['Dutch']);
    // As the roster shows a location, "city, country": both parts must match, the country in any of its ways.
    expect(await names('Gent, Belgium')).toEqual(['Belgian']);
    expect(await names('Utrecht, Nederland')).toEqual(['English', 'Located']);
    expect(await names('Gouda, Belgium')).toEqual([]);
  });

  it('tags, changes status and archives in bulk', async () => {
    const backend = await openBackend();
    const a = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput({ name: 'A' }, { handle: 'a' })));
    const b = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput({ name: 'B' }, { handle: 'b' })));
    expect(await ok(backend.handle('creators:bulk', { ids: [a.id, b.id], action: { type: 'addTags', tags: ['q3-shortlist'] } }))).toEqual({ affected: 2 });
    expect((await list(backend, { search: 'q3-shortlist' })).total).toBe(2);
    await ok(backend.handle('creators:bulk', { ids: [a.id], action: { type: 'setStatus', status: 'approved' } }));
    expect((await list(backend, { statuses: ['approved'] })).rows.map((r) => r.name)).toEqual(['A']);
    await ok(backend.handle('creators:bulk', { ids: [b.id], action: { type: 'archive' } }));
    expect((await ok<CreatorDetail>(backend.handle('creators:get', { id: b.id }))).status).toBe('archived');
  });

  it('deletes in bulk and undoes the delete', async () => {
    const backend = await openBackend();
    const a = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput({ name: 'A' }, { handle: 'a' })));
    await ok(backend.handle('creators:bulk', { ids: [a.id], action: { type: 'delete' } }));
    expect((await list(backend)).total).toBe(0);
    expect(await ok(backend.handle('creators:restore', { ids: [a.id] }))).toEqual({ affected: 1 });
    expect((await list(backend)).rows.map((r) => r.name)).toEqual(['A']);
  });

  it('records vetting answers with notes and recomputes the score', async () => {
    const backend = await openBackend();
    const created = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput()));
    const before = created.vettingScore!;
    const after = await ok<CreatorDetail>(
      backend.handle('creators:setVetting', { id: created.id, itemId: 'content.brandValues', answer: { status: 'pass', note: 'Posts about sustainability' } }),
    );
    expect(after.vetting['content.brandValues']).toEqual({ status: 'pass', note: 'Posts about sustainability' });
    expect(after.vettingScore).toBeGreaterThan(before);
    expect((await list(backend)).rows[0]!.vettingScore).toBe(after.vettingScore);
  });

  it('refuses an unknown vetting item', async () => {
    const backend = await openBackend();
    const created = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput()));
    const result = await backend.handle('creators:setVetting', { id: created.id, itemId: 'vibes', answer: { status: 'pass', note: '' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'itemId' } });
  });

  it('re-tiers the roster when a tier threshold is overridden, and back on reset', async () => {
    const backend = await openBackend();
    await ok(backend.handle('creators:create', creatorInput({}, { followers: 25_000 })));
    expect((await list(backend)).rows[0]!.tier).toBe('micro');
    await ok(backend.handle('benchmarks:override', { values: { 'tiers.tiktok.micro.min': 30_000 } }));
    expect((await list(backend)).rows[0]!.tier).toBe('nano');
    await ok(backend.handle('benchmarks:reset', { all: true }));
    expect((await list(backend)).rows[0]!.tier).toBe('micro');
  });

  it('adds a dated metric snapshot, refusing one in the future or before the platform began', async () => {
    const backend = await openBackend();
    const created = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput()));
    const accountId = created.accounts[0]!.id;
    const future = await backend.handle('creators:addSnapshot', { accountId, asOf: '2999-01-01', followers: 1, avgLikes: null, avgComments: null });
    expect(future).toMatchObject({ ok: false, error: { field: 'asOf' } });
    // A TikTok account: no figures before 2016.
    const early = await backend.handle('creators:addSnapshot', { accountId, asOf: '2015-12-31', followers: 1, avgLikes: null, avgComments: null });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ field: 'asOf', rule: 'dateBeforePlatform', params: { year: 2016 } }] } });
    const withOld = await ok<CreatorDetail>(
      backend.handle('creators:addSnapshot', { accountId, asOf: '2020-01-01', followers: 10_000, avgLikes: 900, avgComments: 100 }),
    );
    expect(withOld.accounts[0]!.snapshots.map((s) => s.asOf)[0]).toBe('2020-01-01');
    // Corrected for that day: the day keeps one point, with the figures entered last.
    const corrected = await ok<CreatorDetail>(
      backend.handle('creators:addSnapshot', { accountId, asOf: '2020-01-01', followers: 10_400, avgLikes: 900, avgComments: 100 }),
    );
    expect(corrected.accounts[0]!.snapshots.filter((s) => s.asOf === '2020-01-01').map((s) => s.followers)).toEqual([10_400]);
    // The roster's figures stay today's, the newest snapshot's (saved with the creator).
    expect((await list(backend)).rows[0]).toMatchObject({ followers: created.accounts[0]!.followers, figuresAsOf: localIsoDay(new Date()) });
  });

  it('answers not_found for a creator that does not exist', async () => {
    const backend = await openBackend();
    expect(await backend.handle('creators:get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('saved roster views', () => {
  const openBackend = useBackend();

  it('saves a filter under a name, lists it, replaces it by name and deletes it', async () => {
    const backend = await openBackend();
    const query = { platforms: ['tiktok'], tiers: ['micro'], erVerdicts: ['above'], sort: 'er', direction: 'desc' };
    const saved = await ok<{ id: number }>(backend.handle('savedViews:save', { name: 'TikTok stars', query }));
    expect(await ok(backend.handle('savedViews:list', undefined))).toEqual([{ id: saved.id, name: 'TikTok stars', query }]);
    await ok(backend.handle('savedViews:save', { name: 'TikTok stars', query: { ...query, direction: 'asc' } }));
    expect(await ok<unknown[]>(backend.handle('savedViews:list', undefined))).toHaveLength(1);
    expect(await ok(backend.handle('savedViews:delete', { id: saved.id }))).toEqual({ deleted: true });
    expect(await ok(backend.handle('savedViews:list', undefined))).toEqual([]);
  });

  it('refuses a view without a name or with an invalid filter', async () => {
    const backend = await openBackend();
    expect(await backend.handle('savedViews:save', { name: '', query: {} })).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(await backend.handle('savedViews:save', { name: 'x', query: { tiers: ['giga'] } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('demo roster', () => {
  const openBackend = useBackend();

  it('writes the demo roster in the interface’s language: the same people, Dutch countries, niches and tags for a Dutch user', async () => {
    const english = await openBackend();
    const dutch = await openBackend();
    await ok(english.handle('demo:load', undefined));
    await ok(dutch.handle('demo:load', { language: 'nl' }));
    const rowsOf = async (backend: Backend) => (await ok<ExportRow[]>(backend.handle('creators:exportRows', { sort: 'name' })));
    const [en, nl] = [await rowsOf(english), await rowsOf(dutch)];
    expect(nl.map((r) => [r.name, r.handle, r.followers])).toEqual(en.map((r) => [r.name, r.handle, r.followers]));
    expect(new Set(en.map((r) => r.country))).toEqual(new Set(['Netherlands', 'Belgium']));
    expect(new Set(nl.map((r) => r.country))).toEqual(new Set(['Nederland', 'België']));
    const niches = await ok<string[]>(dutch.handle('creators:niches', undefined));
    expect(niches).toContain('reizen');
    expect(niches).not.toContain('travel');
    expect(nl.flatMap((r) => r.tags)).toContain('zomercampagne');
    expect(await dutch.handle('demo:load', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('gives an American user North American creators, in English', async () => {
    const backend = await openBackend();
    await ok(backend.handle('demo:load', { language: 'en', places: 'northAmerica' }));
    const rows = await ok<ExportRow[]>(backend.handle('creators:exportRows', { sort: 'name' }));
    expect(rows.length).toBeGreaterThan(250);
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(['United States', 'Canada']));
    expect(rows.some((r) => r.city === 'Austin')).toBe(true);
    expect(new Set(rows.flatMap((r) => r.languages))).toEqual(new Set(['en']));
    expect(rows.flatMap((r) => r.tags)).not.toContain('dutch-only');
    expect(await backend.handle('demo:load', { language: 'en', places: 'mars' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('loads a few hundred made-up creators, marked as demo, with history and some flagged accounts', async () => {
    const backend = await openBackend();
    const { created } = await ok<{ created: number }>(backend.handle('demo:load', undefined));
    expect(created).toBeGreaterThanOrEqual(250);
    expect(await ok(backend.handle('demo:status', undefined))).toEqual({ creators: created, demoCreators: created, demoInUse: { partnerships: 0, ambassadors: 0 }, demoEdited: 0 });
    const roster = await list(backend, { demo: 'only' });
    expect(roster.rows.every((r) => r.isDemo)).toBe(true);
    expect((await list(backend, { flaggedOnly: true })).total).toBeGreaterThan(0);
    expect((await list(backend, { tiers: ['micro'] })).total).toBeGreaterThan(roster.total / 4);
    const first = await ok<CreatorDetail>(backend.handle('creators:get', { id: roster.rows[0]!.creatorId }));
    expect(first.accounts[0]!.snapshots.length).toBeGreaterThanOrEqual(3);
  });

  it('spreads ER around each tier\'s benchmark, so "TikTok micro above benchmark" finds a realistic share', async () => {
    const backend = await openBackend();
    await ok(backend.handle('demo:load', undefined));
    const tiktokMicro = (await list(backend, { platforms: ['tiktok'], tiers: ['micro'] })).total;
    const above = (await list(backend, { platforms: ['tiktok'], tiers: ['micro'], erVerdicts: ['above'] })).total;
    const within = (await list(backend, { platforms: ['tiktok'], tiers: ['micro'], erVerdicts: ['within'] })).total;
    expect(tiktokMicro).toBeGreaterThan(20);
    expect(above / tiktokMicro).toBeGreaterThan(0.2);
    expect(above / tiktokMicro).toBeLessThan(0.6);
    expect(within).toBeGreaterThan(0);
  });

  it('counts the demo creators the user edited, so removing the demo can say that work goes too', async () => {
    const backend = await openBackend();
    await ok(backend.handle('demo:load', undefined));
    const [first] = (await list(backend, { demo: 'only', limit: 1 })).rows;
    // Loading (history, derived figures) is no edit; a vetting answer is.
    expect(await ok(backend.handle('demo:status', undefined))).toMatchObject({ demoEdited: 0 });
    await ok(backend.handle('creators:setVetting', { id: first!.creatorId, itemId: 'content.brandValues', answer: { status: 'pass', note: 'Past bij ons' } }));
    expect(await ok(backend.handle('demo:status', undefined))).toMatchObject({ demoEdited: 1 });
    // A follower count entered by hand is work too.
    const [second] = (await list(backend, { demo: 'only', limit: 10 })).rows.filter((r) => r.creatorId !== first!.creatorId);
    await ok(backend.handle('creators:addSnapshot', { accountId: second!.accountId, asOf: '2026-01-05', followers: 9_999, avgLikes: null, avgComments: null }));
    expect(await ok(backend.handle('demo:status', undefined))).toMatchObject({ demoEdited: 2 });
  });

  it('is the same roster on every machine', async () => {
    const a = await openBackend();
    const b = await openBackend();
    await ok(a.handle('demo:load', undefined));
    await ok(b.handle('demo:load', undefined));
    const names = async (backend: Backend) => (await list(backend, { limit: 20, sort: 'followers', direction: 'desc' })).rows.map((r) => `${r.name}:${r.followers}`);
    expect(await names(a)).toEqual(await names(b));
  });

  it('refuses to load twice, and removes only the demo creators in one go', async () => {
    const backend = await openBackend();
    await ok(backend.handle('creators:create', creatorInput({ name: 'Real person' }, { handle: 'real.person' })));
    await ok(backend.handle('demo:load', undefined));
    expect(await backend.handle('demo:load', undefined)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const { removed } = await ok<{ removed: number }>(backend.handle('demo:remove', undefined));
    expect(removed).toBeGreaterThan(0);
    expect((await list(backend)).rows.map((r) => r.name)).toEqual(['Real person']);
  });
});

describe('exporting the roster view', () => {
  const openBackend = useBackend();

  it('returns every row of the filtered view in the roster order, beyond one page', async () => {
    const backend = await openBackend();
    await ok(backend.handle('demo:load', undefined));
    const view = { platforms: ['tiktok'], sort: 'followers', direction: 'desc' };
    const all = await ok<ExportRow[]>(backend.handle('creators:exportRows', view));
    const { total, rows } = await list(backend, { ...view, limit: 20 });
    expect(all).toHaveLength(total);
    // The roster's columns, and besides them what the import reads of each account and creator.
    const rosterColumns = Object.keys(rows[0]!);
    expect(all.slice(0, 20).map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => rosterColumns.includes(key))))).toEqual(rows);
    expect(all.every((r) => r.platform === 'tiktok')).toBe(true);
    const first = await ok<CreatorDetail>(backend.handle('creators:get', { id: all[0]!.creatorId }));
    const account = first.accounts.find((a) => a.id === all[0]!.accountId)!;
    const fee = first.rateCard.find((r) => r.platform === 'tiktok' && r.deliverable === 'post');
    expect(all[0]).toEqual({
      ...rows[0],
      email: first.email,
      phone: first.phone,
      niches: first.niches,
      tags: first.tags,
      languages: first.languages,
      agent: first.agent,
      notes: first.notes,
      profileUrl: account.profileUrl,
      avgLikes: account.avgLikes,
      avgComments: account.avgComments,
      avgShares: account.avgShares,
      avgSaves: account.avgSaves,
      avgViews: account.avgViews,
      postsPerWeek: account.postsPerWeek,
      ratePerPost: fee ? { amount: fee.amount, currency: fee.currency } : null,
      acceptsProductOnly: first.acceptsProductOnly,
      audienceAuthenticity: first.audience?.authenticityScore ?? null,
    });
  });
});

describe('roster pages', () => {
  const openBackend = useBackend();

  /** Every page of a view, fetched `limit` at a time, in order. */
  async function pageThrough(backend: Backend, view: Record<string, unknown>, limit: number) {
    const rows: RosterRow[] = [];
    for (;;) {
      const page = await list(backend, { ...view, limit, offset: rows.length });
      rows.push(...page.rows);
      if (page.rows.length < limit) return { total: page.total, rows };
    }
  }

  // The page query takes different plans (walk the sort order, give up on the walk, sort the
  // matches) by how many rows match and where they sit; the export has one plain ORDER BY.
  it.each([
    {},
    { sort: 'followers', direction: 'desc' },
    { platforms: ['tiktok'], sort: 'name' },
    { platforms: ['instagram', 'youtube'], sort: 'er', direction: 'desc' },
    { tiers: ['nano', 'micro'], vettingMin: 0.3, sort: 'er' },
    { vettingMin: 0.25, sort: 'vettingScore' },
    { erMin: 0.08, sort: 'er' },
    { location: 'belg', sort: 'vettingScore', direction: 'desc' },
    { niche: 'food', sort: 'followers' },
    { statuses: ['prospect'], sort: 'status' },
    { flaggedOnly: true, sort: 'country' },
    { search: 'a', sort: 'platform' },
    { sort: 'tier' },
    { platforms: ['tiktok'], sort: 'status', direction: 'desc' },
    { niche: 'food', sort: 'handle' },
    { sort: 'flags', direction: 'desc' },
    { erMin: 0.05, sort: 'figuresAsOf' },
    { sort: 'er' },
    { platforms: ['youtube'], sort: 'vettingScore' },
  ])('pages through %j in the same order as the whole view', async (view) => {
    const backend = await openBackend();
    await ok(backend.handle('demo:load', undefined));
    const all = await ok<RosterRow[]>(backend.handle('creators:exportRows', view));
    expect(all.length).toBeGreaterThan(7);
    const paged = await pageThrough(backend, view, 7);
    expect(paged.total).toBe(all.length);
    expect(paged.rows.map((r) => r.accountId)).toEqual(all.map((r) => r.accountId));
  });

  it('lists the live roster’s niches once each, for the niche filter’s suggestions', async () => {
    const backend = await openBackend();
    await ok(backend.handle('creators:create', creatorInput({ name: 'A', niches: ['Food', 'travel'] }, { handle: 'a' })));
    await ok(backend.handle('creators:create', creatorInput({ name: 'B', niches: ['food', 'Mode & beauté'] }, { handle: 'b' })));
    await ok(backend.handle('creators:create', creatorInput({ name: 'D', niches: ['mode & beaute', 'Travel'] }, { handle: 'd' })));
    const binned = await ok<CreatorDetail>(backend.handle('creators:create', creatorInput({ name: 'C', niches: ['gaming'] }, { handle: 'c' })));
    await ok(backend.handle('creators:bulk', { ids: [binned.id], action: { type: 'delete' } }));
    // As written (the oldest of the spellings the filter matches alike), each once.
    expect(await ok(backend.handle('creators:niches', undefined))).toEqual(['Food', 'Mode & beauté', 'travel']);
  });

  it('finds a creator by the location and niche it has now, not the ones it had', async () => {
    const backend = await openBackend();
    const input = creatorInput({ name: 'Moving', city: 'Gent', country: 'België', niches: ['food'] }, { handle: 'moving' });
    const created = await ok<CreatorDetail>(backend.handle('creators:create', input));
    await ok(backend.handle('creators:update', { id: created.id, creator: { ...input, city: 'Utrecht', country: 'Nederland', niches: ['travel'] } }));
    expect((await list(backend, { location: 'gent' })).total).toBe(0);
    expect((await list(backend, { niche: 'food' })).total).toBe(0);
    expect((await list(backend, { location: 'utrecht' })).rows.map((r) => r.name)).toEqual(['Moving']);
    expect((await list(backend, { niche: 'travel' })).rows.map((r) => r.name)).toEqual(['Moving']);
  });
});

describe('demo roster after a bulk delete', () => {
  const openBackend = useBackend();

  it('still offers "remove demo data" when every demo creator was deleted, and can load again after removing', async () => {
    const backend = await openBackend();
    await ok(backend.handle('demo:load', undefined));
    const ids = (await ok<RosterRow[]>(backend.handle('creators:exportRows', { demo: 'only' }))).map((r) => r.creatorId);
    await ok(backend.handle('creators:bulk', { ids: [...new Set(ids)], action: { type: 'delete' } }));
    const status = await ok<{ creators: number; demoCreators: number }>(backend.handle('demo:status', undefined));
    expect(status.creators).toBe(0);
    expect(status.demoCreators).toBeGreaterThan(0);
    await ok(backend.handle('demo:remove', undefined));
    expect(await ok(backend.handle('demo:status', undefined))).toEqual({ creators: 0, demoCreators: 0, demoInUse: { partnerships: 0, ambassadors: 0 }, demoEdited: 0 });
    expect((await ok<{ created: number }>(backend.handle('demo:load', undefined))).created).toBeGreaterThan(0);
  });
});

describe('searching without accents', () => {
  const openBackend = useBackend();

  it('finds Évora by "evora", België by "belgie" and Café Lotte by "cafe"', async () => {
    const backend = await openBackend();
    await ok(backend.handle('creators:create', creatorInput({ name: 'Café Lotte', city: 'Évora', country: 'Portugal', niches: ['Pâtisserie'] }, { handle: 'lotte' })));
    await ok(backend.handle('creators:create', creatorInput({ name: 'Anne', city: 'Gent', country: 'België' }, { handle: 'anne' })));
    expect((await list(backend, { location: 'evora' })).rows.map((r) => r.name)).toEqual(['Café Lotte']);
    expect((await list(backend, { location: 'Évora' })).rows.map((r) => r.name)).toEqual(['Café Lotte']);
    expect((await list(backend, { location: 'belgie' })).rows.map((r) => r.name)).toEqual(['Anne']);
    expect((await list(backend, { search: 'cafe' })).rows.map((r) => r.name)).toEqual(['Café Lotte']);
    expect((await list(backend, { niche: 'patisserie' })).rows.map((r) => r.name)).toEqual(['Café Lotte']);
  });
});
