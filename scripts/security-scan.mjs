// Runs Electronegativity over the app's source and fails on any finding.
// Electronegativity exits 0 whatever it finds, so we read its CSV instead.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stage = join(root, 'artifacts', 'security-scan', 'src');
const report = join(root, 'artifacts', 'security-scan', 'electronegativity.csv');

// Scan exactly what ships: the shell, the renderer and the package manifest (for the Electron version).
rmSync(join(root, 'artifacts', 'security-scan'), { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(join(root, 'electron'), join(stage, 'electron'), { recursive: true });
cpSync(join(root, 'renderer'), join(stage, 'renderer'), { recursive: true });
cpSync(join(root, 'shared', 'content-security-policy.ts'), join(stage, 'shared', 'content-security-policy.ts'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies.electron;
writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: pkg.name, dependencies: { electron: electronVersion } }, null, 2));

const bin = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const run = spawnSync(
  process.execPath,
  ['--require', join(root, 'scripts', 'electronegativity-offline.cjs'), bin, '-i', stage, '-o', report, '-r', '-v', 'false', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck,ElectronVersionJSONCheck'],
  { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
);
if (run.status !== 0 || !existsSync(report)) {
  console.error(run.stdout, run.stderr);
  console.error('security scan: Electronegativity did not complete');
  process.exit(1);
}

// Electronegativity's CSV quotes some fields; a sample may hold commas or line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

const findings = parseCsv(readFileSync(report, 'utf8'))
  .slice(1)
  .filter((cells) => cells.some((c) => c.trim()))
  .map((cells) => ({ check: cells[0]?.trim(), file: (cells[3] ?? '').trim(), row: cells.join(' | ') }));
const { accepted } = JSON.parse(readFileSync(join(root, 'scripts', 'security-review.json'), 'utf8'));
const isAccepted = (f) => accepted.some((a) => a.check === f.check && a.file === f.file);
const unreviewed = findings.filter((f) => !isAccepted(f));
const stale = accepted.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));

if (unreviewed.length > 0 || stale.length > 0) {
  for (const f of unreviewed) console.error(`security scan: unreviewed finding: ${f.row}`);
  for (const a of stale) console.error(`security scan: scripts/security-review.json accepts ${a.check} in ${a.file}, which is no longer found: remove the entry`);
  process.exit(1);
}
console.log(`security scan: Electronegativity: ${findings.length} finding(s), all reviewed in scripts/security-review.json; none new`);
