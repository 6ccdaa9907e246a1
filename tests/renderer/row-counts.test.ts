import { describe, expect, it } from 'vitest';
import type { ImportableRow } from '@shared/csv';
import { rowDayCounts, rowsToWrite } from '../../renderer/src/pages/ImportPage/row-counts';

const row = (line: number, handle: string, figuresAsOf: string | null) => ({ line, handle, platform: 'instagram', figuresAsOf }) as ImportableRow;
const match = { byHandle: [5, 6], byName: [2, 3], inBin: [], sharedName: [], olderThanRoster: [] };

describe('rowDayCounts', () => {
  // Lines 2–3: one account joined by name; 4 and 7: a new account; 5–6: an account in the roster.
  const rows = [row(2, 'sanne', '2026-08-01'), row(3, 'sanne', '2026-09-01'), row(4, 'lotte', '2026-08-01'), row(5, 'noor', '2026-08-01'), row(6, 'noor', '2026-09-01'), row(7, 'Lotte', '2026-09-01')];

  it('counts further days of accounts the import writes, as the result will', () => {
    expect(rowDayCounts(rows, match, 'update')).toEqual({ dated: 6, furtherDays: 2 });
    expect(rowDayCounts(rows, match, 'new')).toEqual({ dated: 6, furtherDays: 2 });
  });

  it('leaves out rows joined by name when those are skipped', () => {
    expect(rowDayCounts(rows, match, 'skip')).toEqual({ dated: 6, furtherDays: 1 });
  });

  it('counts none for a file without days', () => {
    expect(rowDayCounts([row(2, 'a', null), row(3, 'b', null)], null, 'update')).toEqual({ dated: 0, furtherDays: 0 });
  });
});

describe('rowsToWrite', () => {
  const inRoster = { byHandle: [5, 6], byName: [2, 3], inBin: [8], sharedName: [9], olderThanRoster: [] };

  it('counts the rows the import will write, as it decides for each', () => {
    // 10 rows: 2 of roster accounts, 2 joined by name, 1 in the bin, 5 new (one of a shared name).
    expect(rowsToWrite(10, inRoster, 'update')).toBe(9);
    expect(rowsToWrite(10, inRoster, 'new')).toBe(7);
    expect(rowsToWrite(10, inRoster, 'skip')).toBe(5);
  });

  it('counts every row before the roster has been asked', () => {
    expect(rowsToWrite(10, null, 'skip')).toBe(10);
  });
});
