import { describe, expect, it } from 'vitest';
import { importableRows, readCreatorCsv } from '@shared/csv';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('importable rows', () => {
  it('moves a row without a follower count to the problems, at its line and column', () => {
    const read = readCreatorCsv(bytes('handle,platform,followers\nanna,instagram,1200\nbram,tiktok,\n'));
    if (!read.ok) throw new Error(read.problem.code);
    const result = importableRows(read.rows, read.problems, 'followers');
    expect(result.rows.map((r) => r.handle)).toEqual(['anna']);
    expect(result.problems).toEqual([{ line: 3, column: 'followers', field: 'followers', code: 'followersMissing', params: {} }]);
  });

  it('flags every row of a file without a followers column', () => {
    const read = readCreatorCsv(bytes('handle,platform\nanna,instagram\nbram,tiktok\n'));
    if (!read.ok) throw new Error(read.problem.code);
    const result = importableRows(read.rows, read.problems, null);
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'followersMissing'],
      [3, 'followersMissing'],
    ]);
  });
});
