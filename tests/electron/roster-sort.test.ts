import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { CreatorInput, RosterRow } from '@shared/domain/creators';
import type { Backend } from '../../electron/core/backend';
import type { Database } from '../../electron/core/db/schema';
import { isMissing, statusRank, tierRank } from '../../electron/core/repos/roster-search.sqlite';
import { useBackend } from '../support/backend';
import { creatorInput } from '../support/creator-input';

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data as T;
}

const rows = async (backend: Backend, query: Record<string, unknown>) => (await ok<{ rows: RosterRow[] }>(backend.handle('creators:list', query))).rows;

/** Sorting columns whose words have an order of their own, and the columns that could not be sorted before. */
describe('sorting the roster as the user reads it', () => {
  const openBackend = useBackend();

  async function roster(backend: Backend) {
    const creators: [string, CreatorInput['status'], CreatorInput['accounts'][number]['platform'], string, number, number | null][] = [
      // name, status, platform, handle, followers, avg likes (comments 10 %)
      ['Ivo Insta', 'archived', 'instagram', 'ivo.insta', 6_000, 300],
      ['Tess Tier', 'prospect', 'tiktok', 'Tess.Tier', 8_000, 400],
      ['Mo Mid', 'active', 'tiktok', 'mo.mid', 200_000, 10_000],
      ['Nina Nano', 'vetting', 'instagram', 'nina', 2_000, 100],
      // Far above its benchmark: the engagement-pods flag.
      ['Pods Suspect', 'approved', 'tiktok', 'pods', 50_000, 30_000],
    ];
    for (const [name, status, platform, handle, followers, likes] of creators) {
      await ok(backend.handle('creators:create', creatorInput({ name, status }, { platform, handle, followers, avgLikes: likes, avgComments: likes === null ? null : likes / 10 })));
    }
  }

  it('sorts tiers from nano to mega (by followers within one), statuses along the pipeline, handles, and flags', async () => {
    const backend = await openBackend();
    await roster(backend);
    const by = async (sort: string, direction = 'asc', show: (r: RosterRow) => unknown = (r) => r.name) => (await rows(backend, { sort, direction })).map(show);

    // 8,000 on TikTok is nano and 6,000 on Instagram micro: tiers, not follower counts, lead.
    expect(await by('tier', 'asc', (r) => `${r.tier} ${r.followers}`)).toEqual(['nano 2000', 'nano 8000', 'micro 6000', 'micro 50000', 'mid 200000']);
    expect(await by('tier', 'desc', (r) => r.tier)).toEqual(['mid', 'micro', 'micro', 'nano', 'nano']);
    expect(await by('status')).toEqual(['Tess Tier', 'Nina Nano', 'Pods Suspect', 'Mo Mid', 'Ivo Insta']);
    expect(await by('status', 'desc')).toEqual(['Ivo Insta', 'Mo Mid', 'Pods Suspect', 'Nina Nano', 'Tess Tier']);
    expect(await by('handle', 'asc', (r) => r.handle)).toEqual(['ivo.insta', 'mo.mid', 'nina', 'pods', 'Tess.Tier']);
    expect((await by('flags', 'desc'))[0]).toBe('Pods Suspect');
    // Blanks last both ways, as in a spreadsheet: an account without likes has no ER. ((30,000 + 3,000) ÷ 50,000 = 66 %.)
    await ok(backend.handle('creators:create', creatorInput({ name: 'No Likes' }, { platform: 'youtube', handle: 'nolikes', followers: 9_000, avgLikes: null, avgComments: null })));
    expect((await by('er')).at(-1)).toBe('No Likes');
    expect((await by('er', 'desc')).at(-1)).toBe('No Likes');
    expect(await by('er', 'asc', (r) => r.erFollowers)).toEqual([0.055, 0.055, 0.055, 0.055, 0.66, null]);
    // Without a country: last by location, both ways.
    await ok(backend.handle('creators:create', creatorInput({ name: 'Nowhere', country: null, city: null }, { platform: 'tiktok', handle: 'nowhere', followers: 9_000 })));
    expect((await by('country')).at(-1)).toBe('Nowhere');
    expect((await by('country', 'desc')).at(-1)).toBe('Nowhere');
    // A page of the sort agrees with the whole view (the export's plain ORDER BY).
    const exported = await ok<RosterRow[]>(backend.handle('creators:exportRows', { sort: 'tier' }));
    expect(exported.map((r) => r.name)).toEqual(await by('tier'));
  });

  it('walks an index for each of these sorts, in the roster and in the bin, without sorting the roster', async () => {
    const backend = await openBackend();
    await roster(backend);
    const sqlite = new BetterSqlite3(backend.file, { readonly: true });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const orders = {
      tier: [tierRank, 'followers'],
      status: [statusRank, 'creator_name'],
      handle: ['handle_key'],
      flags: ['flag_count'],
      figuresAsOf: ['figures_as_of'],
      // Ascending, blanks last.
      er: [isMissing('er_followers'), 'er_followers'],
      vettingScore: [isMissing('vetting_score'), 'vetting_score'],
      country: [isMissing('country'), 'country', 'city'],
    } as const;
    for (const [sort, columns] of Object.entries(orders)) {
      for (const deleted of [0, 1]) {
        let query = db.selectFrom('creator_account').select('id').where('deleted', '=', deleted);
        const direction = sort === 'er' || sort === 'vettingScore' || sort === 'country' ? 'asc' : 'desc';
        for (const column of columns) query = query.orderBy(column, direction);
        const compiled = query.orderBy('id', direction).limit(50).compile();
        const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail).join('\n');
        expect(plan, sort).toMatch(/USING (COVERING )?INDEX creator_account_live_/);
        expect(plan, sort).not.toContain('TEMP B-TREE');
      }
    }
    await db.destroy();
  });
});
