/**
 * The roster in Chromium with 100,000 accounts (issue #4): time to the first painted row,
 * and frame times while scrolling through the list (pages of 100 are fetched as it goes), at a
 * fast fling (600 px a frame) and at mouse-wheel speed (120 px a frame).
 * References in the same run: the same measurements on a roster of 5,000 accounts, enough to
 * scroll for all 240 frames at both speeds, so the reference does the same work per frame on a
 * small database (what 100,000 accounts add shows as the difference); and on 100 accounts, the
 * list ending after a few frames: mostly idle frames, the browser's own pace.
 * Needs `npm run build` first. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
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
  // Wheel speed first, on rows still to be fetched; the fling then goes on past them.
  const wheel = await scrollFrames(page, 120);
  const fast = await scrollFrames(page, 600);
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
  return { firstRowMs, fast: frameStats(fast), wheel: frameStats(wheel) };
}

/** 240 frames of scrolling `step` px per frame from the top, timed from one animation frame to the next. */
async function scrollFrames(page: Page, step: number) {
  return page.evaluate(async (step) => {
    const scroller = document.querySelector('[data-testid=roster-scroll]') as HTMLElement;
    scroller.scrollTop = 0;
    await new Promise((r) => setTimeout(r, 300));
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 240; i++) {
      scroller.scrollTop += step;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return { times, rowsLoaded: scroller.querySelectorAll('[role=row]').length, scrolledTo: scroller.scrollTop };
  }, step);
}

function frameStats(frames: { times: number[]; rowsLoaded: number }) {
  const sorted = [...frames.times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return {
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
  const idle = await measure(100);
  const small = await measure(5_000);
  const large = await measure(Number(process.env['BENCH_ROWS'] ?? 100_000));
  for (const [label, m] of [['100 accounts (reference)', idle], ['5,000 accounts (reference)', small], ['100,000 accounts', large]] as const) {
    console.log(`${label.padEnd(26)} first row ${String(m.firstRowMs).padStart(5)} ms`);
    for (const [speed, f] of [['600 px a frame (fast fling)', m.fast], ['120 px a frame (mouse wheel)', m.wheel]] as const) {
      console.log(`  ${speed.padEnd(30)} frames p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(1)} ms, ${f.over}/${f.frames} longer than one 60 Hz frame (>17.5 ms), ${f.dropped} of two frames or more (>33.4 ms), ${f.domRows} rows in the DOM`);
    }
  }
}

void main();
