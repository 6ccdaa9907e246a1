import { createHash } from 'node:crypto';
import { z } from 'zod';
import { platforms, type Platform } from '@shared/calc/tiers';
import { fieldForHeader, normaliseHeader, type ColumnMapping, type CreatorField } from '@shared/csv';
import { columnMappingSchema, type RememberedImport } from '@shared/domain/creator-import';
import type { Db } from '../db/database';
import { findImportMapping, saveImportMapping } from '../repos/import-mappings.repo';

export interface RememberedMapping {
  header: readonly string[];
  mapping: ColumnMapping;
  /** The platform rows without one were read on (null: none): a Later export without a platform column is Instagram every month. */
  defaultPlatform: Platform | null;
}

const storedPlatformSchema = z.enum(platforms).nullable();

/**
 * A file layout, by its headers as the automatic mapping reads them (case, accents and
 * punctuation aside), hashed so a sheet with thousands of columns is a short key.
 */
export function importHeaderKey(header: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(header.map(normaliseHeader))).digest('hex');
}

/**
 * Fields added after mappings were first remembered. A mapping kept before a field existed has
 * the field's column as ignored (the user had no choice), so such a column is given the field
 * when its header names it; mappings kept since say which fields they knew (`fields`).
 */
const fieldsAddedSince: Record<number, readonly CreatorField[]> = { 1: ['figuresAsOf'], 2: ['creatorRef'] };
const currentFieldsVersion = 3;

/** Keeps the mapping an import was made with, for the next file with these headers. */
export async function rememberMapping(db: Db, { header, mapping, defaultPlatform }: RememberedMapping, usedAt: string): Promise<void> {
  await saveImportMapping(db, importHeaderKey(header), JSON.stringify({ fields: currentFieldsVersion, mapping, defaultPlatform }), usedAt);
}

/** A mapping kept when only the fields of `version` existed, with the later fields its headers name. */
function withLaterFields(mapping: ColumnMapping, header: readonly string[], version: number): ColumnMapping {
  const later = new Set(Object.entries(fieldsAddedSince).flatMap(([since, fields]) => (Number(since) >= version ? fields : [])));
  if (later.size === 0) return mapping;
  const taken = new Set(mapping);
  return mapping.map((field, index) => {
    const named = field === null ? fieldForHeader(header[index] ?? '') : null;
    if (named === null || !later.has(named) || taken.has(named)) return field;
    taken.add(named);
    return named;
  });
}

/**
 * The mapping the last import of a file with these headers used, or null (none, or no longer
 * valid), with its platform for rows without one when it was kept with it.
 */
export async function rememberedMapping(db: Db, header: readonly string[]): Promise<RememberedImport | null> {
  const stored = await findImportMapping(db, importHeaderKey(header));
  if (stored === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  // Kept before fields were versioned: a bare list, from when the fields of version 1 existed.
  const kept = Array.isArray(json) ? { fields: 1, mapping: json } : (json as { fields?: unknown; mapping?: unknown; defaultPlatform?: unknown } | null);
  const parsed = columnMappingSchema.safeParse(kept?.mapping);
  if (!parsed.success || parsed.data.length !== header.length) return null;
  const mapping = withLaterFields(parsed.data, header, typeof kept?.fields === 'number' ? kept.fields : 1);
  // Kept before the platform was remembered (or unreadable): nothing to say about it.
  const platform = kept && 'defaultPlatform' in kept ? storedPlatformSchema.safeParse(kept.defaultPlatform) : null;
  return platform?.success ? { mapping, defaultPlatform: platform.data } : { mapping };
}
