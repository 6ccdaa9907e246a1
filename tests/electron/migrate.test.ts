import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, MigrationFailedError, openAndMigrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { useTempDir } from '../support/temp-dir';

const names = Object.keys(migrations);

function tables(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  const rows = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
  db.close();
  return rows.map((r) => r.name);
}

describe('migrations', () => {
  const tempDir = useTempDir();

  it('names migrations with a date prefix, in the order they run', () => {
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+$/);
    expect([...names].sort()).toEqual(names);
  });

  it('builds the whole schema on an empty file and sets WAL, foreign keys and synchronous=NORMAL', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const opened = await openAndMigrate(file);
    expect(opened.applied).toEqual(names);
    expect(opened.snapshot).toBeUndefined();
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(1);
    await opened.db.destroy();
    expect(tables(file).filter((t) => !t.startsWith('creator_account_search'))).toEqual(['ambassador', 'ambassador_log', 'benchmark_override', 'budget_plan', 'campaign', 'client', 'creator', 'creator_account', 'creator_account_search', 'deliverable', 'derived_rules', 'import_mapping', 'kysely_migration', 'kysely_migration_lock', 'metric_snapshot', 'outreach_template', 'partnership', 'partnership_event', 'platform_advice', 'roster_filter_key', 'saved_view', 'settings'].filter((t) => !t.startsWith('creator_account_search')));
    expect(tables(file)).toContain('creator_account_search');
  });

  it.each(names.slice(0, -1).map((name, i) => [name, i + 1]))(
    'brings a workspace that stopped after %s up to date, keeping its data and snapshotting it first',
    async (_name, count) => {
      const file = join(tempDir(), 'w.sqlite');
      const partial = Object.fromEntries(names.slice(0, count as number).map((n) => [n, migrations[n]!]));
      const first = await openAndMigrate(file, partial);
      await sql`update settings set workspace_name = 'Studio Noord'`.execute(first.db);
      await first.db.destroy();

      const upgraded = await openAndMigrate(file);
      expect(upgraded.applied).toEqual(names.slice(count as number));
      expect(upgraded.snapshot).toBeDefined();
      expect(existsSync(upgraded.snapshot!)).toBe(true);
      const row = await sql<{ workspace_name: string }>`select workspace_name from settings`.execute(upgraded.db);
      expect(row.rows[0]!.workspace_name).toBe('Studio Noord');
      await upgraded.db.destroy();
    },
  );

  it('does nothing and takes no snapshot when the schema is current', async () => {
    const dir = tempDir();
    const file = join(dir, 'w.sqlite');
    await (await openAndMigrate(file)).db.destroy();
    const again = await openAndMigrate(file);
    expect(again.applied).toEqual([]);
    expect(again.snapshot).toBeUndefined();
    await again.db.destroy();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('restores the snapshot when a migration fails, leaving the workspace as it was', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const first = await openAndMigrate(file);
    await sql`update settings set workspace_name = 'Before'`.execute(first.db);
    await first.db.destroy();

    const broken: Migration = {
      async up(db) {
        await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
        await sql`update settings set workspace_name = 'Half-migrated'`.execute(db);
        throw new Error('disk on fire');
      },
    };
    const error = await openAndMigrate(file, { ...migrations, '2099-01-01-01-broken': broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationFailedError);
    expect((error as MigrationFailedError).migration).toBe('2099-01-01-01-broken');
    expect((error as Error).message).toContain('restored from the snapshot');

    expect(tables(file)).not.toContain('half_done');
    const db = new BetterSqlite3(file, { readonly: true });
    expect((db.prepare('select workspace_name from settings').get() as { workspace_name: string }).workspace_name).toBe('Before');
    db.close();
  });

  it('refuses a workspace from a newer version without touching the file', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const future = { ...migrations, '2099-01-01-01-future': { up: async () => {} } };
    await (await openAndMigrate(file, future)).db.destroy();
    const before = readFileSync(file);

    const error = await openAndMigrate(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toContain('newer version of Microplan');
    expect((error as Error).message).toContain('2099-01-01-01-future');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('removes a brand-new file whose first migration failed, so the next start begins clean', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const broken: Migration = { up: async () => Promise.reject(new Error('nope')) };
    await expect(openAndMigrate(file, { '2026-01-01-01-broken': broken })).rejects.toBeInstanceOf(MigrationFailedError);
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, '');
    await (await openAndMigrate(file)).db.destroy();
  });
});

describe('migration 2026-11-24-09-folded-search', () => {
  const tempDir = useTempDir();

  it('refolds stored search keys so an account saved before it is found without accents', async () => {
    const dir = tempDir();
    const file = join(dir, 'microplan.sqlite');
    const upTo08 = Object.fromEntries(names.slice(0, names.indexOf('2026-11-24-09-folded-search')).map((n) => [n, migrations[n]!]));
    const old = await openAndMigrate(file, upTo08);
    await sql`INSERT INTO creator (id, name, status, city, country, created_at, updated_at) VALUES (1, 'Café Lotte', 'prospect', 'Évora', 'Portugal', 'x', 'x')`.execute(old.db);
    await sql`INSERT INTO creator_account (creator_id, platform, handle, handle_key, followers, tier, creator_name, creator_status, country, city, search_key)
      VALUES (1, 'instagram', 'lotte', 'lotte', 12000, 'micro', 'Café Lotte', 'prospect', 'Portugal', 'Évora', 'café lotte lotte @lotte')`.execute(old.db);
    await old.db.destroy();

    const { openBackend } = await import('../../electron/core/backend');
    const backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    const found = (query: object) => backend.handle('creators:list', query).then((r) => (r.ok ? (r.data as { total: number }).total : -1));
    expect(await found({ location: 'evora' })).toBe(1);
    expect(await found({ search: 'cafe' })).toBe(1);
    await backend.close();
  });

  it('keeps the last snapshot of a day where an older workspace stacked several, and refuses a second one from then on', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-24-31'));
    const old = await openAndMigrate(file, before);
    old.sqlite.exec(`
      INSERT INTO creator (name, status, languages_json, niches_json, tags_json, accepts_product_only, rate_card_json, notes, vetting_json, is_demo, created_at, updated_at)
        VALUES ('Anna', 'prospect', '[]', '[]', '[]', 0, '[]', '', '{}', 0, 'x', 'x');
      INSERT INTO creator_account (creator_id, platform, handle, handle_key, followers, tier, search_key, creator_name, creator_status, location_key, niches_key, is_demo, deleted)
        VALUES (1, 'tiktok', 'anna', 'anna', 1000, 'nano', 'anna', 'Anna', 'prospect', '', '', 0, 0);
      INSERT INTO metric_snapshot (account_id, as_of, followers, source, created_at) VALUES
        (1, '2026-11-01', 900, 'manual', 'x'), (1, '2026-11-24', 1000, 'a.csv', 'x'), (1, '2026-11-24', 1100, 'b.csv', 'x');
    `);
    await old.db.destroy();

    const opened = await openAndMigrate(file, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-24-32')));
    expect(opened.applied).toEqual(['2026-11-24-31-one-snapshot-a-day']);
    expect(opened.sqlite.prepare('SELECT as_of, followers, source FROM metric_snapshot ORDER BY as_of').all()).toEqual([
      { as_of: '2026-11-01', followers: 900, source: 'manual' },
      { as_of: '2026-11-24', followers: 1100, source: 'b.csv' },
    ]);
    expect(() => opened.sqlite.prepare("INSERT INTO metric_snapshot (account_id, as_of, followers, source, created_at) VALUES (1, '2026-11-24', 1, 'c.csv', 'x')").run()).toThrow(/UNIQUE/);
    await opened.db.destroy();
  });

  it('dates each account’s current figures by its newest snapshot, for the roster’s “Figures as of” column', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const old = await openAndMigrate(file, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-24-32')));
    old.sqlite.exec(`
      INSERT INTO creator (name, status, languages_json, niches_json, tags_json, accepts_product_only, rate_card_json, notes, vetting_json, is_demo, created_at, updated_at)
        VALUES ('Anna', 'prospect', '[]', '[]', '[]', 0, '[]', '', '{}', 0, 'x', 'x');
      INSERT INTO creator_account (creator_id, platform, handle, handle_key, followers, tier, search_key, creator_name, creator_status, location_key, niches_key, is_demo, deleted)
        VALUES (1, 'tiktok', 'anna', 'anna', 1000, 'nano', 'anna', 'Anna', 'prospect', '', '', 0, 0),
               (1, 'youtube', 'anna', 'anna', 500, 'nano', 'anna', 'Anna', 'prospect', '', '', 0, 0);
      INSERT INTO metric_snapshot (account_id, as_of, followers, source, created_at) VALUES
        (1, '2026-11-20', 1000, 'b.csv', 'x'), (1, '2026-08-01', 900, 'a.csv', 'x');
    `);
    await old.db.destroy();

    const opened = await openAndMigrate(file, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-24-33')));
    expect(opened.applied).toEqual(['2026-11-24-32-figures-as-of']);
    expect(opened.sqlite.prepare('SELECT platform, figures_as_of FROM creator_account ORDER BY id').all()).toEqual([
      { platform: 'tiktok', figures_as_of: '2026-11-20' },
      { platform: 'youtube', figures_as_of: null },
    ]);
    const plan = opened.sqlite.prepare('EXPLAIN QUERY PLAN SELECT id FROM creator_account WHERE deleted = 0 ORDER BY figures_as_of, id LIMIT 50').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('creator_account_live_figures_as_of');
    await opened.db.destroy();
  });

  it('remembers the exchange rate in use for the workspace currency (migration 37)', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const old = await openAndMigrate(file, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-24-37')));
    old.sqlite.exec(`UPDATE settings SET currency = 'GBP', benchmark_exchange_rate = 0.79`);
    await old.db.destroy();
    const opened = await openAndMigrate(file);
    expect(opened.applied).toEqual(['2026-11-24-37-remembered-exchange-rates', '2026-11-24-38-partnership-results']);
    expect(opened.sqlite.prepare('SELECT exchange_rates_json FROM settings').get()).toEqual({ exchange_rates_json: '{"GBP":0.79}' });
    await opened.db.destroy();
  });

  it('gives the snapshot of each account’s current figures the ER its file reported', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const old = await openAndMigrate(file, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-24-35')));
    old.sqlite.exec(`
      INSERT INTO creator (name, status, languages_json, niches_json, tags_json, accepts_product_only, rate_card_json, notes, vetting_json, is_demo, created_at, updated_at)
        VALUES ('Anna', 'prospect', '[]', '[]', '[]', 0, '[]', '', '{}', 0, 'x', 'x');
      INSERT INTO creator_account (creator_id, platform, handle, handle_key, followers, tier, search_key, creator_name, creator_status, location_key, niches_key, is_demo, deleted, er_reported, figures_as_of, source_file)
        VALUES (1, 'tiktok', 'anna', 'anna', 1000, 'nano', 'anna', 'Anna', 'prospect', '', '', 0, 0, 0.047, '2026-11-20', 'b.csv'),
               (1, 'youtube', 'anna', 'anna', 500, 'nano', 'anna', 'Anna', 'prospect', '', '', 0, 0, NULL, '2026-11-20', 'b.csv'),
               (1, 'instagram', 'anna', 'anna', 700, 'nano', 'anna', 'Anna', 'prospect', '', '', 0, 0, 0.051, '2026-11-20', 'c.csv');
      INSERT INTO metric_snapshot (account_id, as_of, followers, source, created_at) VALUES
        (1, '2026-11-20', 1000, 'b.csv', 'x'), (1, '2026-08-01', 900, 'a.csv', 'x'), (2, '2026-11-20', 500, 'b.csv', 'x'), (3, '2026-11-20', 700, 'manual', 'x');
    `);
    await old.db.destroy();

    const opened = await openAndMigrate(file);
    expect(opened.applied).toEqual(['2026-11-24-35-snapshot-reported-er', '2026-11-24-36-location-blanks-last', '2026-11-24-37-remembered-exchange-rates', '2026-11-24-38-partnership-results']);
    // The older snapshot's rate was never kept: it stays unknown rather than borrow today's.
    expect(opened.sqlite.prepare('SELECT account_id, as_of, er_reported FROM metric_snapshot ORDER BY account_id, as_of').all()).toEqual([
      { account_id: 1, as_of: '2026-08-01', er_reported: null },
      { account_id: 1, as_of: '2026-11-20', er_reported: 0.047 },
      { account_id: 2, as_of: '2026-11-20', er_reported: null },
      // That day's figures came from another source than the rate: not that day's rate.
      { account_id: 3, as_of: '2026-11-20', er_reported: null },
    ]);
    await opened.db.destroy();
  });
});
