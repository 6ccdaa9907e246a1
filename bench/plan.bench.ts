/**
 * Budget planner (issue #5):
 * 1. Recompute of the live preview: a plan with 40 line items, beside a reference (structured
 *    clone of the same inputs) in the same run. Target: under 16 ms (one frame).
 * 2. From "print" to PDF bytes: a saved plan with 12 line items and 3 charts, rendered on its
 *    print route and printed by Chromium (the engine of Electron's printToPDF), beside an empty
 *    page's PDF in the same run. Target: under 1 s.
 * Needs `npm run build` first (for 2). Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { allocateBudget, type LineSpec } from '@shared/calc/allocation';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { platforms, tiers } from '@shared/calc/tiers';
import { computePlan } from '@shared/plans/plan-allocation';
import { defaultPlanInputs } from '@shared/plans/plan-inputs';

const root = resolve(import.meta.dirname, '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => unknown): number[] {
  for (let i = 0; i < 50; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

const twelve = { ...defaultPlanInputs('USD', '2026-03-01', 0.65), name: 'Bench', tierSplit: { nanoOfMicro: 0.3, midOfRest: 0.5 }, platformMix: { instagram: 0.4, tiktok: 0.4, youtube: 0.2 }, pilot: { share: 0.2, weeks: 4 } };

function recompute() {
  const lines: LineSpec[] = Array.from({ length: 40 }, (_, i) => ({ tier: tiers[i % tiers.length]!, platform: platforms[i % platforms.length]!, share: 1 / 40 }));
  const input = { budget: { amount: 12_345_678, currency: 'USD' }, lines, pilot: { share: 0.25 }, forecast: { conversionRate: 0.02, averageOrderValue: { amount: 4500, currency: 'USD' } } };
  const ours = time(1000, () => allocateBudget(defaultBenchmarks, input));
  const planner = time(1000, () => computePlan(defaultBenchmarks, twelve, null));
  const reference = time(1000, () => structuredClone(input));
  console.log('live preview recompute (median of 1,000)');
  console.log(`  40 line items (allocateBudget)         ${median(ours).toFixed(3)} ms   p99 ${[...ours].sort((a, b) => a - b)[989]!.toFixed(3)} ms  (target < 16 ms)`);
  console.log(`  planner's 12-line plan (computePlan)   ${median(planner).toFixed(3)} ms`);
  console.log(`  reference: structuredClone of inputs   ${median(reference).toFixed(3)} ms\n`);
}

async function pdf() {
  const dataDir = mkdtempSync(join(tmpdir(), 'microplan-bench-pdf-'));
  const server = spawn(process.execPath, [join(root, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir, '--no-open']);
  const url = await new Promise<string>((ok) => server.stdout.on('data', (d: Buffer) => /mode: (\S+)/.exec(d.toString()) && ok(/mode: (\S+)/.exec(d.toString())![1]!)));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(url);
  const origin = new URL(url).origin;
  await page.evaluate(
    async ([o, inputs]) => {
      const token = sessionStorage.getItem('microplan.token')!;
      const headers = { 'content-type': 'application/json', 'x-microplan-token': token };
      await fetch(`${o}/api/settings:update`, { method: 'POST', headers, body: JSON.stringify({ input: { currency: 'USD' } }) });
      await fetch(`${o}/api/plans:create`, { method: 'POST', headers, body: JSON.stringify({ input: inputs }) });
    },
    [origin, twelve] as const,
  );
  const printed: number[] = [];
  const empty: number[] = [];
  let lines = 0;
  let charts = 0;
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    await page.goto(`${origin}/#/plans/1/print`);
    await page.locator('html[data-print-ready="true"]').waitFor();
    await page.locator('[data-testid=chart-revenue] canvas').waitFor();
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (i > 0) printed.push(performance.now() - start);
    lines = await page.locator('[data-testid=plan-lines]').first().locator('tbody tr').count();
    charts = await page.locator('[data-testid^=chart-] canvas').count();
    const blank = performance.now();
    await page.goto('about:blank');
    await page.pdf();
    if (i > 0) empty.push(performance.now() - blank);
  }
  console.log(`print to PDF bytes (median of ${printed.length}; ${lines} line items, ${charts} charts)`);
  console.log(`  plan print route → PDF                 ${median(printed).toFixed(0)} ms  (target < 1,000 ms)`);
  console.log(`  reference: empty page → PDF            ${median(empty).toFixed(0)} ms`);
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}

recompute();
void pdf();
