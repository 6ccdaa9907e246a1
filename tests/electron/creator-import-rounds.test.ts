import { describe, expect, it } from 'vitest';
import type { ImportRow } from '@shared/domain/creator-import';
import { importRounds } from '../../electron/core/services/creator-import-rounds';

const row = (line: number, handle: string, figuresAsOf: string | null) => ({ line, handle, platform: 'instagram', figuresAsOf }) as ImportRow;

describe('importRounds', () => {
  it('is one round for a file of one row per account', () => {
    const rows = [row(2, 'a', null), row(3, 'b', '2026-08-01')];
    expect(importRounds(rows, '2026-10-01')).toEqual([rows]);
  });

  it('puts each account’s rows in rounds by day, oldest first, each round in file order', () => {
    const rows = [row(2, 'a', '2026-10-01'), row(3, 'b', null), row(4, 'a', '2026-08-01'), row(5, 'c', '2026-09-01'), row(6, 'A', '2026-09-01')];
    expect(importRounds(rows, '2026-11-01').map((round) => round.map((r) => r.line))).toEqual([[3, 4, 5], [6], [2]]);
  });

  it('refuses one account twice on one day, a row without a day counting the file’s day', () => {
    expect(() => importRounds([row(2, 'a', '2026-10-01'), row(3, 'a', null)], '2026-10-01')).toThrow('Line 3: @a on instagram is also on line 2');
  });
});
