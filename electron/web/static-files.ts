import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a file of the built renderer; never anything outside its folder. Unknown paths get index.html (client routes). */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const candidate = join(rootDir, relative);
  if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return undefined;
  const file = (await isFile(candidate)) ? candidate : join(rootDir, 'index.html');
  if (!(await isFile(file))) return undefined;
  return { body: await readFile(file), contentType: contentTypes[extname(file)] ?? 'application/octet-stream' };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
