import type { Platform } from '@shared/calc/tiers';
import { readImportableCsv, shareFields, type ColumnMapping, type DateOrder, type DecimalSeparator, type ShareField, type ShareScale } from '@shared/csv';
import type { ImportRow } from '@shared/domain/creator-import';
import { currencyDecimals } from '@shared/format';
import { fieldRefusal } from './domain-error';

export interface ImportFile {
  /** The file's bytes, base64 (checked by the contract). */
  file: string;
  mapping: ColumnMapping;
  decimal: DecimalSeparator;
  /** As the preview read the file's days; day-month when left out. */
  dateOrder?: DateOrder | undefined;
  /** The platform of rows without one, as the preview read them; none when left out (such rows are refused). */
  defaultPlatform?: Platform | undefined;
  /** Fractions or percentages per share column, as the preview read them; detected when left out. */
  shareScales?: Partial<Record<ShareField, ShareScale | undefined>> | undefined;
  currency: string;
  expectedRows: number;
}

/**
 * The rows to import, read from the file with the CSV core exactly as the preview read it
 * (`readImportableCsv`): same bytes, mapping, decimal
 * separator, order of days and platform of rows without one, so the same checks and the same rows. A file that reads to another number of rows
 * than the preview offered is refused as a whole: the user confirmed those rows, not others.
 */
export function rowsOfImportFile(request: ImportFile & { asOf?: string | undefined }, today: string): { rows: ImportRow[]; header: readonly string[] } {
  const bytes = Buffer.from(request.file, 'base64');
  const read = readImportableCsv(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {
    mapping: request.mapping,
    decimal: request.decimal,
    dateOrder: request.dateOrder ?? 'dmy',
    // Null, not left out: the core would take the platform the headers name, which the preview may not have.
    defaultPlatform: request.defaultPlatform ?? null,
    today,
    fileDay: request.asOf ?? today,
    currencyDecimals: currencyDecimals(request.currency),
    currency: request.currency,
    ...(request.shareScales ? { shareScales: definedScales(request.shareScales) } : {}),
  });
  if (!read.ok) {
    throw fieldRefusal('invalid_input', 'file', 'importUnreadable', `The file cannot be read (${read.problem.code}); nothing was imported`, { problem: read.problem.code });
  }
  const { rows } = read;
  if (rows.length !== request.expectedRows) {
    throw fieldRefusal(
      'invalid_input',
      'file',
      'importChanged',
      `The file reads to ${rows.length} rows to import, not the ${request.expectedRows} of the preview; nothing was imported`,
      { expected: request.expectedRows, found: rows.length },
    );
  }
  return { rows, header: read.header };
}

/** The scales the request gives (zod leaves an optional key out or undefined; the core takes only given ones). */
function definedScales(scales: Partial<Record<ShareField, ShareScale | undefined>>): Partial<Record<ShareField, ShareScale>> {
  return Object.fromEntries(shareFields.flatMap((field) => (scales[field] ? [[field, scales[field]]] : [])));
}
