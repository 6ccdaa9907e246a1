import type { CreatorImportRow } from './creator-rows';
import { columnsByField } from './headers';
import { csvProblem, sortProblems, type CsvProblem } from './problems';
import { readCreatorCsv, type ReadCreatorCsvOptions, type ReadCreatorCsvResult } from './read-creators';

/** A row the roster can take: it has a follower count, which tier, ER and fees all hang on. */
export type ImportableRow = CreatorImportRow & { readonly followers: number };

/**
 * The last check before import: a row without a follower count cannot be placed in a
 * tier, so it joins the problems (code `followersMissing`) instead of the rows to import.
 * The file may simply have no followers column; then every row says so.
 */
export function importableRows(
  rows: readonly CreatorImportRow[],
  problems: readonly CsvProblem[],
  followersHeader: string | null,
): { rows: ImportableRow[]; problems: CsvProblem[] } {
  const ready: ImportableRow[] = [];
  const missing: CsvProblem[] = [];
  for (const row of rows) {
    if (row.followers === null) missing.push(csvProblem('followersMissing', row.line, {}, followersHeader, 'followers'));
    else ready.push(row as ImportableRow);
  }
  return { rows: ready, problems: missing.length ? sortProblems([...problems, ...missing]) : [...problems] };
}

export type ReadImportableResult =
  | Extract<ReadCreatorCsvResult, { ok: false }>
  | (Omit<Extract<ReadCreatorCsvResult, { ok: true }>, 'rows' | 'problems'> & { readonly rows: ImportableRow[]; readonly problems: CsvProblem[] });

/**
 * A file read for import: `readCreatorCsv`, then rows without a follower count set aside. The
 * preview in the window and the import in the backend both read a file through this, so the
 * rows the user is offered are the rows that get written.
 */
export function readImportableCsv(bytes: Uint8Array, options: ReadCreatorCsvOptions = {}): ReadImportableResult {
  const read = readCreatorCsv(bytes, options);
  if (!read.ok) return read;
  const followersColumn = columnsByField(read.mapping).followers;
  const ready = importableRows(read.rows, read.problems, followersColumn === undefined ? null : (read.header[followersColumn] ?? null));
  return { ...read, rows: ready.rows, problems: ready.problems };
}
