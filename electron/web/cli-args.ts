import { resolve } from 'node:path';

export interface WebCliOptions {
  port: number;
  dataDir: string | undefined;
  open: boolean;
}

export class CliUsageError extends Error {}

export const webUsage = `Usage: npm run web -- [--port <n>] [--data-dir <folder>] [--no-open]
  --port <n>          port on 127.0.0.1 (0 = any free port; default 0)
  --data-dir <folder> where the workspace database lives (default: the desktop app's folder)
  --no-open           do not open a browser window`;

export function parseWebArgs(argv: readonly string[]): WebCliOptions {
  const options: WebCliOptions = { port: 0, dataDir: undefined, open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CliUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const raw = value();
        const port = Number(raw);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`--port must be a whole number from 0 to 65535, got "${raw}"`);
        options.port = port;
        break;
      }
      case '--data-dir':
        options.dataDir = resolve(value());
        break;
      case '--no-open':
        options.open = false;
        break;
      case '--help':
      case '-h':
        throw new CliUsageError(webUsage);
      default:
        throw new CliUsageError(`Unknown option ${arg}\n${webUsage}`);
    }
  }
  return options;
}
