import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { appVersion } from '../core/app-version';
import { openBackend } from '../core/backend';
import { defaultUserDataDir } from '../core/user-data-dir';
import { CliUsageError, parseWebArgs } from './cli-args';
import { startWebServer } from './server';

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('Could not open a browser; open the address above yourself.'));
    child.unref();
  } catch {
    console.log('Could not open a browser; open the address above yourself.');
  }
}

async function main(): Promise<void> {
  const options = parseWebArgs(process.argv.slice(2));
  const dataDir = options.dataDir ?? defaultUserDataDir();
  const backend = await openBackend(dataDir, { mode: 'browser', version: appVersion });
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const server = await startWebServer({ backend, rendererDir, port: options.port });

  // Tests and scripts read this line to find the address; keep its shape.
  console.log(`Microplan browser mode: ${server.launchUrl}`);
  console.log(`Workspace: ${backend.file}`);
  if (options.open) openInBrowser(server.launchUrl);

  const shutdown = async () => {
    await server.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof CliUsageError ? error.message : `Microplan could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof CliUsageError ? 2 : 1);
});
