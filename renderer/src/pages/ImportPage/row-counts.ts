import { normalisedHandle, type ImportableRow } from '@shared/csv';
import type { ImportMatch, OnExisting } from '@shared/domain/creator-import';

/** What the preview says of the rows' days, counted as the import counts them. */
export interface RowDayCounts {
  /** Rows that give their own "figures as of" day. */
  dated: number;
  /**
   * Further days of accounts the roster does not have yet, beyond each one's first row: they
   * become its history (`historyInFile` in the result). Rows of accounts the roster has count as
   * updates, or history only, row by row.
   */
  furtherDays: number;
}

export function rowDayCounts(rows: readonly ImportableRow[], match: ImportMatch | null, onExisting: OnExisting): RowDayCounts {
  const dated = rows.filter((r) => r.figuresAsOf !== null).length;
  if (dated === 0) return { dated, furtherDays: 0 };
  // Rows joined to a creator by name are skipped with "skip": no history of theirs is written.
  const skipped = onExisting === 'skip' ? (match?.byName ?? []) : [];
  const inRoster = new Set([...(match?.byHandle ?? []), ...(match?.inBin ?? []), ...skipped]);
  const newRows = rows.filter((r) => !inRoster.has(r.line));
  return { dated, furtherDays: newRows.length - new Set(newRows.map((r) => `${r.platform}:${normalisedHandle(r.handle)}`)).size };
}

/**
 * How many of the file's rows the import will write, as it decides row by row: rows of creators
 * in the bin are left alone, rows of accounts the roster has are written only with "update"
 * (a handle is unique per platform, so "import as new" skips them too), and rows joined to a
 * creator by name are skipped with "skip".
 */
export function rowsToWrite(total: number, match: ImportMatch | null, onExisting: OnExisting): number {
  if (!match) return total;
  const skipped = match.inBin.length + (onExisting === 'update' ? 0 : match.byHandle.length) + (onExisting === 'skip' ? match.byName.length : 0);
  return Math.max(0, total - skipped);
}
