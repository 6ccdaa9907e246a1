import { describe, expect, it } from 'vitest';
import { decimalHint, detectDecimal, detectDelimiter, exportDialectFor, type CsvDelimiter, type DecimalSeparator } from '@shared/csv';

function records(...rows: string[][]) {
  return rows.map((fields, i) => ({ line: i + 2, fields }));
}

describe('delimiter', () => {
  it('picks ";" for a Dutch Excel export even though its decimal commas outnumber the semicolons', () => {
    const text = 'naam;volgers;er\r\nAnna;12,5;3,4\r\nBram;1,5;0,8\r\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('picks "," for an English export', () => expect(detectDelimiter('name,followers,er\nAnna,12500,0.034\n')).toBe(','));
  it('picks tab for a tab-separated file', () => expect(detectDelimiter('name\tfollowers\nAnna\t12500\n')).toBe('\t'));

  it('ignores delimiters inside quotes', () => {
    const text = 'name;notes\n"Smith, Jane";"likes, food, travel"\n"Doe, John";"x, y"\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('ignores a line break inside quotes', () => {
    expect(detectDelimiter('name,notes\nAnna,"first; line\nsecond; line"\nBram,x\n')).toBe(',');
  });

  it('picks the most consistent candidate when the header has both', () => {
    // The header has one comma (in a column name) and two semicolons; rows agree with the semicolons.
    const text = 'name;city, country;followers\nAnna;Utrecht;1200\nBram;Gent;3400\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('obeys an Excel "sep=" first line', () => expect(detectDelimiter('sep=;\nname,handle;followers\n')).toBe(';'));

  it.each<[CsvDelimiter | undefined, CsvDelimiter]>([
    [undefined, ','],
    [';', ';'],
  ])('gives a single-column file the fallback (%j → %j)', (fallback, expected) => expect(detectDelimiter('handle\nanna\nbram\n', fallback)).toBe(expected));
});

describe('decimal hint of one cell', () => {
  it.each<[string, DecimalSeparator | null]>([
    ['12,5', ','],
    ['0,034', ','],
    ['1234,5', ','],
    ['1.234,5', ','],
    ['1.234.567', ','],
    ['12.5', '.'],
    ['0.034', '.'],
    ['1,234.5', '.'],
    ['1,234,567', '.'],
    ['3,4%', ','],
    ['-12,5', ','],
    ['1.234', null],
    ['12,500', null],
    ['1234', null],
    ['12.03.2024', null],
    ['abc', null],
    ['+31 6 12345678', null],
  ])('%j says %j', (cell, expected) => expect(decimalHint(cell)).toBe(expected));
});

describe('decimal separator of a file', () => {
  it('is a comma when decimal commas outvote, and thousands points do not count against it', () => {
    expect(detectDecimal(records(['Anna', '12.500', '3,4'], ['Bram', '1.234.567', '0,8']), ';')).toBe(',');
  });

  it('is a point for English numbers with thousands commas', () => {
    expect(detectDecimal(records(['Anna', '"12,500"', '0.034'], ['Bram', '1,234,567', '0.8']), ',')).toBe('.');
  });

  it.each<[CsvDelimiter, DecimalSeparator]>([
    [';', ','],
    [',', '.'],
    ['\t', '.'],
  ])('follows the delimiter when no cell decides (%j → %j)', (delimiter, expected) => {
    expect(detectDecimal(records(['Anna', '1.234'], ['Bram', '12,500']), delimiter)).toBe(expected);
  });
});

describe('export dialect per locale', () => {
  it.each<[string, CsvDelimiter, DecimalSeparator]>([
    ['nl-NL', ';', ','],
    ['nl-BE', ';', ','],
    ['de-DE', ';', ','],
    ['en-GB', ',', '.'],
    ['en-US', ',', '.'],
    ['not a locale!', ',', '.'],
  ])('%s exports with %j and decimal %j', (locale, delimiter, decimal) => expect(exportDialectFor(locale)).toEqual({ delimiter, decimal }));
});
