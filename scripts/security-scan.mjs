// Runs Electronegativity over the app's source and fails on any finding.
// Electronegativity exits 0 whatever it finds, so we read its report instead.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stage = join(root, 'artifacts', 'security-scan', 'src');
const report = join(root, 'artifacts', 'security-scan', 'electronegativity.sarif');

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

// SARIF, not CSV: Electronegativity writes a CSV report as two unawaited writes (header and rows)
// that race, and now and then the header overwrites the start of the first row. SARIF is one write.
const sarif = JSON.parse(readFileSync(report, 'utf8'));
const findings = sarif.runs.flatMap((run) =>
  run.results.map((result) => {
    const where = result.locations?.[0]?.physicalLocation;
    const file = where?.artifactLocation?.uri ?? 'N/A';
    const at = where?.region ? `${where.region.startLine}:${where.region.startColumn}` : '';
    return { check: result.ruleId, file, row: `${result.ruleId} ${file}:${at} ${result.message?.text ?? ''}` };
  }),
);
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
