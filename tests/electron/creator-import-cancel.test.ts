import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readCreatorCsv } from '@shared/csv';
import type { ImportProgress, ImportRow } from '@shared/domain/creator-import';
import { openAndMigrate } from '../../electron/core/db/migrate';
import { createRosterBulkWriter } from '../../electron/core/repos/creators-bulk.sqlite';
import { createCreatorImportService } from '../../electron/core/services/creator-import.service';
import { useBackend } from '../support/backend';
import { csvFixture, importRequest } from '../support/import-file';
import { useTempDir } from '../support/temp-dir';

function schemaOf(sqlite: BetterSqlite3.Database): unknown[] {
  return sqlite.prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index', 'table') ORDER BY type, name").all();
}

function rowCounts(sqlite: BetterSqlite3.Database): unknown {
  return sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM creator) AS creators, (SELECT count(*) FROM creator_account) AS accounts,
              (SELECT count(*) FROM metric_snapshot) AS snapshots, (SELECT count(*) FROM creator_account_search) AS searchEntries`,
    )
    .get();
}

/** 5,000 valid rows of distinct creators, from a fixture's first row. */
function manyRows(): ImportRow[] {
  const read = readCreatorCsv(csvFixture('english-utf8-bom.csv'));
  if (!read.ok) throw new Error(read.problem.code);
  const base = read.rows[0]!;
  return Array.from({ length: 5_000 }, (_, i) => ({ ...base, followers: 10_000 + i, line: i + 2, name: `Creator ${i}`, handle: `creator_${i}` }));
}

/** Runs `running` to its end, calling `onProgress` with every progress seen between its pauses. */
async function watch<T>(running: Promise<T>, progress: () => ImportProgress | null, onProgress: (p: ImportProgress) => void): Promise<PromiseSettledResult<T>> {
  let settled: PromiseSettledResult<T> | null = null;
  void running.then(
    (value) => (settled = { status: 'fulfilled', value }),
    (reason: unknown) => (settled = { status: 'rejected', reason }),
  );
  while (settled === null) {
    const now = progress();
    if (now) onProgress(now);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return settled;
}

describe('cancelling an import', () => {
  const tempDir = useTempDir();
  const openBackend = useBackend();

  for (const step of ['matching', 'computing', 'writing'] as const) {
    it(`while ${step}: the import stops, writes nothing and leaves the schema as it was`, async () => {
      const { db, sqlite } = await openAndMigrate(join(tempDir(), 'w.sqlite'));
      // Pause at every chance, so each step of this small import is seen.
      const imports = createCreatorImportService(db, createRosterBulkWriter(sqlite), { pauseEveryMs: 0 });
      const schema = schemaOf(sqlite);
      const emptyCounts = rowCounts(sqlite);
      let accepted: boolean | null = null;

      const outcome = await watch(imports.importRows('big.csv', 'EUR', 'update', manyRows()), imports.progress, (p) => {
        if (p.step === step && accepted === null) accepted = imports.cancel();
      });

      expect(accepted).toBe(true);
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ issues: [{ field: 'file', rule: 'importCancelled' }] });
      expect(rowCounts(sqlite)).toEqual(emptyCounts);
      expect(schemaOf(sqlite)).toEqual(schema);
      expect(imports.progress()).toBeNull();

      // The cancel is spent: the same rows import in full afterwards.
      expect(await imports.importRows('big.csv', 'EUR', 'update', manyRows())).toMatchObject({ created: 5_000 });
      expect(rowCounts(sqlite)).toEqual({ creators: 5_000, accounts: 5_000, snapshots: 5_000, searchEntries: 5_000 });
      await db.destroy();
    });
  }

  it('is refused while the import saves: the commit cannot be interrupted, so the import completes', async () => {
    const { db, sqlite } = await openAndMigrate(join(tempDir(), 'w.sqlite'));
    const imports = createCreatorImportService(db, createRosterBulkWriter(sqlite), { pauseEveryMs: 0 });
    let accepted: boolean | null = null;

    const outcome = await watch(imports.importRows('big.csv', 'EUR', 'update', manyRows()), imports.progress, (p) => {
      if (p.step === 'saving' && accepted === null) accepted = imports.cancel();
    });

    expect(accepted).toBe(false);
    expect(outcome).toMatchObject({ status: 'fulfilled', value: { created: 5_000 } });
    expect(rowCounts(sqlite)).toMatchObject({ creators: 5_000 });
    await db.destroy();
  });

  it('over the contract: a running import of a file fails with importCancelled; with none running, cancel answers false', async () => {
    const backend = await openBackend();
    expect(await backend.handle('creators:importCancel', undefined)).toEqual({ ok: true, data: false });

    const header = 'name;platform;handle;followers';
    const lines = Array.from({ length: 3_000 }, (_, i) => `Creator ${i};instagram;creator_${i};${10_000 + i}`);
    const running = backend.handle('creators:import', importRequest([header, ...lines].join('\n')));
    // Asked the way the import page asks: progress until one runs, then cancel.
    const importRunning = async () => {
      const answer = await backend.handle('creators:importProgress', undefined);
      return answer.ok && answer.data !== null;
    };
    while (!(await importRunning())) await new Promise((resolve) => setImmediate(resolve));
    expect(await backend.handle('creators:importCancel', undefined)).toEqual({ ok: true, data: true });

    expect(await running).toMatchObject({ ok: false, error: { issues: [{ field: 'file', rule: 'importCancelled' }] } });
    expect(await backend.handle('creators:list', {})).toMatchObject({ ok: true, data: { total: 0 } });
    expect(await backend.handle('creators:importProgress', undefined)).toEqual({ ok: true, data: null });
  });
});
