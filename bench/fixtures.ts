import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readImportableCsv } from '@shared/csv';
import { importRequestFor, type ImportRequest } from '@shared/domain/creator-import';

const platforms = ['Instagram', 'TikTok', 'YouTube'];
const niches = ['beauty', 'fashion', 'fitness', 'food', 'travel', 'lifestyle', 'tech', 'gaming'];
const countries = ['Nederland', 'België', 'Duitsland'];

/**
 * A deterministic Dutch-Excel-style creator CSV (';' and decimal commas) of `rows` rows.
 * `month` > 0 gives the same creators a month later: every follower, like and comment count
 * moved by -5 % to +15 %, as an agency's monthly export would (for the re-import bench).
 */
export function writeCreatorCsv(path: string, rows: number, month = 0): void {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ['Naam;Platform;Gebruikersnaam;Volgers;Engagement rate;Gem. likes;Gem. reacties;Land;Stad;Niche;E-mail'];
  const drift = (i: number, salt: number) => 1 + month * (((i * 7919 + salt * 104729) % 201) - 50) / 1000;
  for (let i = 0; i < rows; i++) {
    const followers = Math.round(10 ** (3 + rnd() * 3.3) * drift(i, 1));
    const likes = Math.round(followers * (0.01 + rnd() * 0.15) * drift(i, 2));
    const comments = Math.round(likes * (0.02 + rnd() * 0.08) * drift(i, 3));
    const er = ((likes + comments) / followers) * 100;
    lines.push(
      [
        `Creator ${i}`,
        platforms[i % 3],
        `creator_${i}`,
        followers.toLocaleString('nl-NL'),
        er.toFixed(2).replace('.', ','),
        likes,
        comments,
        countries[i % 3],
        `Stad ${i % 50}`,
        niches[i % niches.length],
        `creator${i}@example.com`,
      ].join(';'),
    );
  }
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}

/**
 * What the import page does with a file: the preview (read in the window, timed as `previewMs`)
 * and, on "Import", the request that sends the file itself with the preview's mapping, decimal
 * separator and row count (`request(asOf?)`, which encodes the bytes as the window does; `asOf` is
 * the figures' day, today when left out).
 */
export function previewAndRequest(path: string, onExisting: ImportRequest['onExisting'] = 'update') {
  const bytes = new Uint8Array(readFileSync(path));
  const start = performance.now();
  const read = readImportableCsv(bytes);
  const previewMs = performance.now() - start;
  if (!read.ok) throw new Error(read.problem.code);
  const request = (asOf?: string): ImportRequest => importRequestFor({ name: basename(path), bytes }, read, { currency: 'EUR', onExisting, ...(asOf ? { asOf } : {}) });
  return { previewMs, rows: read.rows.length, request };
}
