import { readFileSync } from 'node:fs';
import { readImportableCsv } from '@shared/csv';
import { importRequestFor, type ImportRequest, type OnExisting } from '@shared/domain/creator-import';

/** A file of tests/fixtures/csv. */
export function csvFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));
}

/** A fixture with only its header and the lines that contain `text` (for one creator of a file). */
export function csvFixtureLines(name: string, text: string): string {
  const [header, ...lines] = new TextDecoder().decode(csvFixture(name)).split(/\r?\n/);
  return [header, ...lines.filter((line) => line.includes(text))].join('\n');
}

/**
 * The `creators:import` request the import page sends for a file: read first as the preview
 * reads it, then the file with the preview's mapping, decimal separator and row count.
 */
export function importRequest(file: Uint8Array | string, options: { fileName?: string; onExisting?: OnExisting; currency?: string } = {}): ImportRequest {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const read = readImportableCsv(bytes);
  if (!read.ok) throw new Error(read.problem.code);
  return importRequestFor({ name: options.fileName ?? 'creators.csv', bytes }, read, { currency: options.currency ?? 'EUR', onExisting: options.onExisting ?? 'update' });
}
