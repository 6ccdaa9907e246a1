import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../electron/core/backend';
import { previewAndRequest, writeCreatorCsv } from './fixtures';
const dir = mkdtempSync(join(tmpdir(), 'mp-prof-'));
const csv = join(dir, 'creators.csv');
writeCreatorCsv(csv, 100_000);
async function main() {
  const backend = await openBackend(join(dir, 'app'), { mode: 'browser', version: 'bench' });
  const first = previewAndRequest(csv);
  const req = first.request('2026-10-24');
  const t = performance.now();
  const r = await backend.handle('creators:import', req);
  console.log('import ms', (performance.now() - t).toFixed(0), r.ok);
  await backend.close();
}
void main();
