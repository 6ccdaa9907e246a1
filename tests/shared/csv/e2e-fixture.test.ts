import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCreatorCsv } from '@shared/csv';

describe('the end-to-end Dutch roster fixture', () => {
  it('is a Windows-1252 semicolon file whose authenticity column needs mapping by hand, with one bad row', () => {
    const read = readCreatorCsv(new Uint8Array(readFileSync(new URL('../../fixtures/csv/e2e-dutch-roster.csv', import.meta.url))));
    if (!read.ok) throw new Error(read.problem.code);
    expect([read.encoding, read.delimiter, read.decimal]).toEqual(['windows-1252', ';', ',']);
    expect(read.unmapped.map((u) => u.header)).toEqual(['Echt publiek (%)']);
    expect(read.problems.map((p) => [p.line, p.code])).toEqual([[4, 'followersNegative']]);
    expect(read.rows.map((r) => r.name)).toEqual(['Lotte Bakt', 'Sanne Fietst', 'Émile Café']);
  });
});
