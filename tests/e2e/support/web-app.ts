import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const entry = join(root, 'out', 'main', 'web.js');

export interface RunningApp {
  launchUrl: string;
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A fresh, throw-away data folder per test. */
export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'microplan-e2e-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts `npm run web`'s server (the built app) on a free port and waits for its address. */
export async function startApp(dataDir: string): Promise<RunningApp> {
  if (!existsSync(entry)) throw new Error(`E2E: ${entry} is missing: run \`npm run build\` first (npm test does).`);
  mkdirSync(dataDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [entry, '--port', '0', '--data-dir', dataDir, '--no-open'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const launchUrl = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`E2E: the server did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Microplan browser mode: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`E2E: the server exited with ${code}:\n${output}`));
    });
  });
  return {
    launchUrl,
    origin: new URL(launchUrl).origin,
    dataDir,
    stop: () =>
      new Promise<void>((resolvePromise) => {
        if (child.exitCode !== null) return resolvePromise();
        child.once('exit', () => resolvePromise());
        child.kill('SIGTERM');
      }),
  };
}
