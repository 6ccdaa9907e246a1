import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv, type CsvTable, type ParseCsvOptions } from '@shared/csv';

const fixtureDir = resolve(import.meta.dirname, '../../fixtures/csv');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(fixtureDir, name)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A parsed table, failing the test with the problem when the text does not parse. */
export function table(text: string, options?: ParseCsvOptions): CsvTable {
  const parsed = parseCsv(text, options);
  if (!parsed.ok) throw new Error(`expected the CSV to parse, got ${JSON.stringify(parsed.problem)}`);
  return parsed;
}
