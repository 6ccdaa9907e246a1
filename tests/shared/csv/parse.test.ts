import { describe, expect, it } from 'vitest';
import { MAX_FIELD_LENGTH, parseCsv } from '@shared/csv';
import { table } from './helpers';

function problemOf(text: string, options?: Parameters<typeof parseCsv>[1]) {
  const result = parseCsv(text, options);
  return result.ok ? null : result.problem;
}

describe('RFC 4180 fields', () => {
  it('reads quoted fields with escaped quotes, delimiters and line breaks', () => {
    const t = table('name,notes\r\n"Smith, Jane","said ""hi""\r\nthen left"\r\n');
    expect(t.header).toEqual(['name', 'notes']);
    expect(t.records).toEqual([{ line: 2, fields: ['Smith, Jane', 'said "hi"\r\nthen left'] }]);
  });

  it('reads empty and quoted-empty fields', () => {
    expect(table('a,b,c\n,"",x\n').records[0]!.fields).toEqual(['', '', 'x']);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(table('name,height\nAnna,5\'11"\n').records[0]!.fields).toEqual(['Anna', '5\'11"']);
  });

  it('reads a last record without a line end', () => expect(table('a,b\n1,2').records).toEqual([{ line: 2, fields: ['1', '2'] }]));

  it('trims header cells but not data cells', () => {
    const t = table(' name , handle \n Anna , anna \n');
    expect(t.header).toEqual(['name', 'handle']);
    expect(t.records[0]!.fields).toEqual([' Anna ', ' anna ']);
  });

  it('uses the delimiter it is given', () => expect(table('a;b\n1,5;2\n', { delimiter: ';' }).records[0]!.fields).toEqual(['1,5', '2']));
  it('ignores a text BOM', () => expect(table('\uFEFFname,handle\nAnna,anna\n').header).toEqual(['name', 'handle']));
});

describe('line numbers', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('counts %s line ends', (_, eol) => {
    const t = table(['name,notes', 'Anna,x', 'Bram,y', 'Chris,z'].join(eol) + eol);
    expect(t.records.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('gives each record the line where it starts, counting line breaks inside quotes', () => {
    const t = table('name,notes\nAnna,"one\ntwo\r\nthree\rfour"\nBram,x\n');
    expect(t.records.map((r) => [r.fields[0], r.line])).toEqual([
      ['Anna', 2],
      ['Bram', 6],
    ]);
  });

  it('skips blank lines and rows of empty cells but keeps counting them', () => {
    const t = table('\nname;handle\n\n;\n  ;  \nAnna;anna\n');
    expect(t.headerLine).toBe(2);
    expect(t.records).toEqual([{ line: 6, fields: ['Anna', 'anna'] }]);
  });

  it('skips an Excel "sep=" line and uses its delimiter', () => {
    const result = parseCsv('sep=;\r\nname;followers\r\nAnna;1,5\r\n');
    expect(result).toMatchObject({ ok: true, delimiter: ';', headerLine: 2, records: [{ line: 3, fields: ['Anna', '1,5'] }] });
  });
});

describe('refused files', () => {
  it('reports an unterminated quote at the line where the quote opens', () => {
    expect(problemOf('name,notes\nAnna,x\nBram,"never closed\nChris,y\n')).toEqual({
      line: 3,
      column: 'notes',
      field: null,
      code: 'unterminatedQuote',
      params: {},
    });
  });

  it('refuses a 10 MB quoted field with the limit, without hanging', () => {
    const text = `name,notes\nAnna,"${'x'.repeat(10 * 1024 * 1024)}"\n`;
    expect(problemOf(text)).toEqual({ line: 2, column: 'notes', field: null, code: 'fieldTooLarge', params: { limit: MAX_FIELD_LENGTH } });
  });

  it('refuses a 10 MB unquoted field', () => {
    const text = `name,notes\nAnna,${'x'.repeat(10 * 1024 * 1024)}\n`;
    expect(problemOf(text)).toMatchObject({ line: 2, column: 'notes', code: 'fieldTooLarge' });
  });

  it('refuses a 10 MB field made of escaped quotes', () => {
    expect(problemOf(`notes\n"${'""'.repeat(5 * 1024 * 1024)}"\n`)).toMatchObject({ line: 2, code: 'fieldTooLarge' });
  });

  it('sets the field limit at 1 MiB, and accepts a field just under it', () => {
    expect(MAX_FIELD_LENGTH).toBe(1024 * 1024);
    expect(parseCsv(`notes\n"${'x'.repeat(MAX_FIELD_LENGTH)}"\n`).ok).toBe(true);
    expect(problemOf(`notes\n"${'x'.repeat(MAX_FIELD_LENGTH + 1)}"\n`)).toMatchObject({ code: 'fieldTooLarge' });
  });

  it('takes a smaller limit when given one', () => {
    expect(problemOf('name,notes\nAnna,abcdef\n', { maxFieldLength: 5 })).toMatchObject({ code: 'fieldTooLarge', params: { limit: 5 } });
  });

  it('refuses a text of blank lines as empty', () => expect(problemOf('\n;;\n\n')).toMatchObject({ code: 'emptyFile', line: 0 }));
});

describe('ragged and suspect records', () => {
  const ragged = parseCsv('name,platform,handle\nAnna,instagram,anna\nBram,instagram\nChris,tiktok,chris,extra\nDirk,tiktok,dirk,,\n');

  it('reports a row with fewer fields than the header and leaves it out', () => {
    expect(ragged).toMatchObject({ ok: true });
    if (!ragged.ok) return;
    expect(ragged.problems).toContainEqual({ line: 3, column: null, field: null, code: 'rowTooFewFields', params: { expected: 3, actual: 2 } });
    expect(ragged.records.map((r) => r.line)).toEqual([2, 5]);
  });

  it('reports a row with more fields than the header', () => {
    if (!ragged.ok) return;
    expect(ragged.problems).toContainEqual({ line: 4, column: null, field: null, code: 'rowTooManyFields', params: { expected: 3, actual: 4 } });
  });

  it('accepts extra empty cells at the end of a row (Excel padding) and drops them', () => {
    if (!ragged.ok) return;
    expect(ragged.records[1]!.fields).toEqual(['Dirk', 'tiktok', 'dirk']);
  });

  it('reports text after a closing quote as a malformed quote and leaves the row out', () => {
    const result = parseCsv('name,handle\n"Anna" Smith,anna\nBram,bram\n');
    expect(result).toMatchObject({
      ok: true,
      problems: [{ line: 2, column: 'name', code: 'malformedQuote' }],
      records: [{ line: 3, fields: ['Bram', 'bram'] }],
    });
  });

  it('reports a header without data rows at the header line', () => {
    expect(parseCsv('name,handle\r\n\r\n')).toMatchObject({ ok: true, records: [], problems: [{ line: 1, code: 'noDataRows' }] });
  });
});

describe('size', () => {
  it('parses a generated 100,000-row, 15-column file', () => {
    const header = Array.from({ length: 15 }, (_, i) => `column${i}`).join(',');
    const row = (i: number) => `Creator ${i},instagram,creator_${i},${1000 + i},0.0${(i % 9) + 1},${i % 500},${i % 50},NL,Utrecht,"food, travel",c${i}@example.nl,+31 6 ${i},"a ""quoted"" note",prospect,${i % 300}.50`;
    const text = [header, ...Array.from({ length: 100_000 }, (_, i) => row(i))].join('\r\n');
    const t = table(text);
    expect(t.records).toHaveLength(100_000);
    const last = t.records[99_999]!;
    expect(last.line).toBe(100_001);
    expect(last.fields).toHaveLength(15);
    expect([last.fields[0], last.fields[9], last.fields[12]]).toEqual(['Creator 99999', 'food, travel', 'a "quoted" note']);
  });
});
