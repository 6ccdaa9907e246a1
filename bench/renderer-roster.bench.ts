/**
 * The roster in Chromium with 100,000 accounts (issue #4): time to the first painted row,
 * and frame times while scrolling through the list (pages of 100 are fetched as it goes).
 * Reference in the same run: the same measurements on a roster of 100 accounts.
 * Needs `npm run build` first. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { openBackend } from '../electron/core/backend';
import { previewAndRequest, writeCreatorCsv } from './fixtures';

const root = resolve(import.meta.dirname, '..');

async function seed(dataDir: string, rows: number): Promise<void> {
  const csv = join(dataDir, 'seed.csv');
  writeCreatorCsv(csv, rows);
  const backend = await openBackend(dataDir, { mode: 'browser', version: 'bench' });
  const result = await backend.handle('creators:import', previewAndRequest(csv).request());
  if (!result.ok) throw new Error(result.error.message);
  await backend.close();
}

async function measure(rows: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'microplan-bench-ui-'));
  await seed(dataDir, rows);
  const server = spawn(process.execPath, [join(root, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir, '--no-open']);
  const url = await new Promise<string>((ok) => server.stdout.on('data', (d: Buffer) => /mode: (\S+)/.exec(d.toString()) && ok(/mode: (\S+)/.exec(d.toString())![1]!)));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const start = Date.now();
  await page.goto(url);
  await page.locator('[role=row][data-account]').first().waitFor();
  const firstRowMs = Date.now() - start;
  const frames = await page.evaluate(async () => {
    const scroller = document.querySelector('[data-testid=roster-scroll]') as HTMLElement;
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 240; i++) {
      scroller.scrollTop += 600;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return { times, rowsLoaded: scroller.querySelectorAll('[role=row]').length, scrolledTo: scroller.scrollTop };
  });
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
  const sorted = [...frames.times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return {
    firstRowMs,
    p50: pct(0.5),
    p95: pct(0.95),
    max: sorted[sorted.length - 1]!,
    over: frames.times.filter((t) => t > 17.5).length,
    // Two frames or more: a frame the screen showed twice, which a user sees as a stutter.
    dropped: frames.times.filter((t) => t > 33.4).length,
    frames: frames.times.length,
    domRows: frames.rowsLoaded,
  };
}

async function main() {
  const reference = await measure(100);
  const large = await measure(Number(process.env['BENCH_ROWS'] ?? 100_000));
  for (const [label, m] of [['100 accounts (reference)', reference], ['100,000 accounts', large]] as const) {
    console.log(`${label.padEnd(26)} first row ${String(m.firstRowMs).padStart(5)} ms   scroll frames p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, max ${m.max.toFixed(1)} ms, ${m.over}/${m.frames} longer than one 60 Hz frame (>17.5 ms), ${m.dropped} of two frames or more (>33.4 ms), ${m.domRows} rows in the DOM`);
  }
}

void main();
