import type { CreatorImportRow } from './creator-rows';
import { csvProblem, sortProblems, type CsvProblem } from './problems';

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
