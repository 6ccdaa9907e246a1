import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { vetCreatorSubject } from '@shared/creators/creator-vetting';
import type { Plan, PlanSummary } from '@shared/api/plans.contract';
import type { CreatorDetail, RosterRow } from '@shared/domain/creators';
import { defaultPlanInputs } from '@shared/plans/plan-inputs';
import { openBackend, workspaceFileName, type Backend } from '../../electron/core/backend';
import { ROSTER_RULES_VERSION } from '../../electron/core/services/derived-rules';
import { creatorInput } from '../support/creator-input';
import { importRequest } from '../support/import-file';
import { useTempDir } from '../support/temp-dir';

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data as T;
}

/** What the creator page computes live from the same figures. */
function pageScore(detail: CreatorDetail): number {
  return vetCreatorSubject(defaultBenchmarks, { vetting: detail.vetting, audienceAuthenticityScore: detail.audience?.authenticityScore ?? null, accounts: detail.accounts }).overall;
}

async function listed(backend: Backend): Promise<RosterRow> {
  return (await ok<{ rows: RosterRow[] }>(backend.handle('creators:list', {}))).rows[0]!;
}

/** Writes to the closed workspace file directly, as an older Microplan would have left it. */
function editFile(dir: string, statements: string[]): void {
  const db = new BetterSqlite3(join(dir, workspaceFileName));
  for (const statement of statements) db.exec(statement);
  db.close();
}

// TikTok micro, 50,000 followers, (30,000 + 2,900) ÷ 50,000 = 65.8 %: 3.7× the 18 % benchmark.
const podsSuspect = creatorInput({ name: 'Pods Suspect' }, { followers: 50_000, avgLikes: 30_000, avgComments: 2_900 });

describe('derived columns computed by older rules', () => {
  const tempDir = useTempDir();

  it('are recomputed at the first start after the rules changed, so the roster shows the page’s score', async () => {
    const dir = tempDir();
    let backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    const created = await ok<CreatorDetail>(backend.handle('creators:create', podsSuspect));
    const current = created.vettingScore!;
    expect(current).toBeCloseTo(pageScore(created), 12);
    await backend.close();

    // A workspace from before migration 21, whose score still counted the far-above ER as a pass:
    // right after that migration it has the table, without a row (version 0).
    const stale = current + 1 / 16;
    editFile(dir, [
      'DELETE FROM derived_rules',
      `UPDATE creator SET vetting_score = ${stale}`,
      `UPDATE creator_account SET vetting_score = ${stale}`,
    ]);

    backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    const detail = await ok<CreatorDetail>(backend.handle('creators:get', { id: created.id }));
    expect(detail.vettingScore).toBeCloseTo(pageScore(detail), 12);
    expect((await listed(backend)).vettingScore).toBeCloseTo(pageScore(detail), 12);
    // The roster's vetting filter finds it by the new score, not the stale one.
    expect((await ok<{ total: number }>(backend.handle('creators:list', { vettingMin: stale - 1e-9 }))).total).toBe(0);
    await backend.close();

    const file = new BetterSqlite3(join(dir, workspaceFileName), { readonly: true });
    expect(file.prepare("SELECT version FROM derived_rules WHERE name = 'roster'").get()).toMatchObject({ version: ROSTER_RULES_VERSION });
    file.close();
  });

  it('are left alone once recorded as computed by the current rules (no full pass at every start)', async () => {
    const dir = tempDir();
    let backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    await ok(backend.handle('creators:create', podsSuspect));
    await backend.close();
    editFile(dir, ['UPDATE creator SET vetting_score = 0.5', 'UPDATE creator_account SET vetting_score = 0.5']);
    backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    expect((await listed(backend)).vettingScore).toBe(0.5);
    await backend.close();
  });

  it('count an ER reported by an import, as the creator page does, whether the import wrote the score or a later start recomputed it', async () => {
    const dir = tempDir();
    let backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    // TikTok micro at a reported 17.5 %, no likes or comments: within the 18 % benchmark.
    const imported = await backend.handle('creators:import', importRequest('name,platform,handle,followers,engagement_rate\nPriscilla Elberg,tiktok,priscilla,20000,17.5%\n'));
    expect(imported.ok).toBe(true);
    const row = await listed(backend);
    expect(row).toMatchObject({ erFollowers: 0.175, erSource: 'reported', erVerdict: 'within' });
    const detail = await ok<CreatorDetail>(backend.handle('creators:get', { id: row.creatorId }));
    expect(row.vettingScore).toBeCloseTo(pageScore(detail), 12);
    await backend.close();

    // Stored by rules version 1, which left a reported ER out of the checklist and the pods flag.
    editFile(dir, [
      "UPDATE derived_rules SET version = 1 WHERE name = 'roster'",
      'UPDATE creator SET vetting_score = 0',
      'UPDATE creator_account SET vetting_score = 0, flag_count = 7',
    ]);
    backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    expect(await listed(backend)).toMatchObject({ flagCount: 0 });
    expect((await listed(backend)).vettingScore).toBeCloseTo(pageScore(detail), 12);
    expect(pageScore(detail)).toBeGreaterThan(0);
    await backend.close();
  });
});

describe('plan figures computed by older rules or other benchmarks', () => {
  const tempDir = useTempDir();
  const listedPlan = async (backend: Backend) => (await ok<PlanSummary[]>(backend.handle('plans:list', { includeArchived: false, sort: 'name', direction: 'asc' })))[0]!;

  it('are computed again at the next start, so the list shows what the editor does', async () => {
    const dir = tempDir();
    let backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    await ok(backend.handle('settings:update', { currency: 'USD' }));
    const saved = await ok<Plan>(backend.handle('plans:create', { ...defaultPlanInputs('USD', '2026-03-01', 0.65), name: 'Spring', client: 'Bol' }));
    await backend.close();

    // Stored before the plans' rules were versioned, with figures of other benchmarks.
    editFile(dir, ["DELETE FROM derived_rules WHERE name = 'plans'", 'UPDATE budget_plan SET expected_roas = 9.99, expected_revenue = 1']);
    backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    expect(await listedPlan(backend)).toMatchObject({ expectedRoas: saved.expectedRoas, expectedRevenue: saved.expectedRevenue, updatedAt: saved.updatedAt });
    await backend.close();

    // The rules are current, but the figures came from another data set (a release with new defaults).
    editFile(dir, ["UPDATE budget_plan SET expected_roas = 9.99, benchmark_version = 'older-defaults'"]);
    backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    expect(await listedPlan(backend)).toMatchObject({ expectedRoas: saved.expectedRoas });
    await backend.close();

    // A plan whose stored inputs no longer read blocks nothing: it shows no figures.
    editFile(dir, ["UPDATE budget_plan SET inputs_json = '{}', benchmark_version = 'older-defaults'"]);
    backend = await openBackend(dir, { mode: 'browser', version: 'test' });
    expect(await listedPlan(backend)).toMatchObject({ expectedRoas: null, expectedRevenue: null });
    await ok(backend.handle('benchmarks:override', { values: { 'kpi.ctr': { low: 0.04, high: 0.08 } } }));
    await backend.close();
  });
});
