import { columnsByField, importableRows, readCreatorCsv, type ColumnMapping, type CsvProblem, type DecimalSeparator, type ImportableRow } from '@shared/csv';

export interface ImportPreview {
  ok: true;
  encoding: string;
  delimiter: string;
  decimal: DecimalSeparator;
  header: readonly string[];
  mapping: ColumnMapping;
  /** A few values per column, to help the user map it. */
  samples: readonly (readonly string[])[];
  recordCount: number;
  rows: ImportableRow[];
  problems: CsvProblem[];
}

export type ImportPreviewResult = ImportPreview | { ok: false; problem: CsvProblem };

/**
 * Reads a file the way the import will (the CSV core, which is pure, so the preview is
 * immediate in the window), and sets aside rows without a follower count.
 */
export function readImportFile(
  bytes: Uint8Array,
  options: { mapping?: ColumnMapping; decimal?: DecimalSeparator; currencyDecimals: number },
): ImportPreviewResult {
  const read = readCreatorCsv(bytes, options);
  if (!read.ok) return read;
  const followersColumn = columnsByField(read.mapping).followers;
  const ready = importableRows(read.rows, read.problems, followersColumn === undefined ? null : (read.header[followersColumn] ?? null));
  return { ...read, ok: true, rows: ready.rows, problems: ready.problems };
}
