import { createHash } from 'node:crypto';
import { normaliseHeader, type ColumnMapping } from '@shared/csv';
import { columnMappingSchema } from '@shared/domain/creator-import';
import type { Db } from '../db/database';
import { findImportMapping, saveImportMapping } from '../repos/import-mappings.repo';

export interface RememberedMapping {
  header: readonly string[];
  mapping: ColumnMapping;
}

/**
 * A file layout, by its headers as the automatic mapping reads them (case, accents and
 * punctuation aside), hashed so a sheet with thousands of columns is a short key.
 */
export function importHeaderKey(header: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(header.map(normaliseHeader))).digest('hex');
}

/** Keeps the mapping an import was made with, for the next file with these headers. */
export async function rememberMapping(db: Db, { header, mapping }: RememberedMapping, usedAt: string): Promise<void> {
  await saveImportMapping(db, importHeaderKey(header), JSON.stringify(mapping), usedAt);
}

/** The mapping the last import of a file with these headers used, or null (none, or no longer valid). */
export async function rememberedMapping(db: Db, header: readonly string[]): Promise<ColumnMapping | null> {
  const stored = await findImportMapping(db, importHeaderKey(header));
  if (stored === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = columnMappingSchema.safeParse(json);
  return parsed.success && parsed.data.length === header.length ? parsed.data : null;
}
