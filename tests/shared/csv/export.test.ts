import { describe, expect, it } from 'vitest';
import {
  creatorFields,
  csvTemplateHeader,
  csvTemplateHeaderNl,
  decodeCsvBytes,
  detectDecimal,
  exportDialectFor,
  formatCsvNumber,
  parseCsv,
  parseLocaleNumber,
  readCreatorCsv,
  stripNeutraliser,
  toCsv,
  type CsvCell,
  type CsvDialect,
} from '@shared/csv';
import { utf8 } from './helpers';

const nl: CsvDialect = { delimiter: ';', decimal: ',' };
const en: CsvDialect = { delimiter: ',', decimal: '.' };

describe('writing CSV', () => {
  it('writes a Dutch file with semicolons, decimal commas and CRLF line ends', () => {
    expect(toCsv(['naam', 'volgers', 'er'], [['Anna', 12_500, 0.034]], nl)).toBe('naam;volgers;er\r\nAnna;12500;0,034\r\n');
  });

  it('writes an English file with commas and decimal points', () => {
    expect(toCsv(['name', 'er'], [['Anna', 0.034]], en)).toBe('name,er\r\nAnna,0.034\r\n');
  });

  it('quotes cells with the delimiter, a quote or a line break, doubling quotes', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [['x;y', 'say "hi"', 'one\ntwo', 'x,y']], nl)).toBe('a;b;c;d\r\n"x;y";"say ""hi""";"one\ntwo";x,y\r\n');
  });

  it('quotes a decimal comma only when the delimiter is a comma too', () => {
    expect(toCsv(['er'], [[0.5]], { delimiter: ',', decimal: ',' })).toBe('er\r\n"0,5"\r\n');
  });

  it('writes null as an empty cell', () => expect(toCsv(['a', 'b'], [[null, 'x']], en)).toBe('a,b\r\n,x\r\n'));

  it('starts with a BOM when asked, so Excel reads UTF-8', () => {
    const text = toCsv(['naam'], [['Zoë']], { ...nl, bom: true });
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(toCsv(['naam'], [], nl).charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('formula neutralisation on export', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd|x', "'+cmd|x"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['+31 6 1234 5678', "'+31 6 1234 5678"],
    ['Anna', 'Anna'],
    ['-5', '-5'],
    ['-', '-'],
  ])('writes the text %j as %j', (cell, written) => expect(toCsv(['a'], [[cell]], en)).toBe(`a\r\n${written}\r\n`));

  it('quotes a carriage-return start as well as neutralising it', () => expect(toCsv(['a'], [['\rx']], en)).toBe(`a\r\n"'\rx"\r\n`));

  it('keeps negative numbers written by the app as numbers', () => expect(toCsv(['saldo'], [[-5.25]], nl)).toBe('saldo\r\n-5,25\r\n'));

  it('neutralises header cells too', () => expect(toCsv(['=x'], [], en)).toBe("'=x\r\n"));
});

describe('numbers on export', () => {
  it.each<[number, string, string]>([
    [1234567, '1234567', '1234567'],
    [0.034, '0.034', '0,034'],
    [-0, '0', '0'],
    [1e21, '1000000000000000000000', '1000000000000000000000'],
    [1e-7, '0.0000001', '0,0000001'],
    [Number.NaN, '', ''],
    [Number.POSITIVE_INFINITY, '', ''],
  ])('writes %d as %j (en) and %j (nl), never in exponent notation or with thousands separators', (value, english, dutch) => {
    expect(formatCsvNumber(value, '.')).toBe(english);
    expect(formatCsvNumber(value, ',')).toBe(dutch);
  });
});

describe('round trip', () => {
  const header = ['name', 'handle', 'followers', 'er', 'notes', 'balance'];
  const rows: CsvCell[][] = [
    ['Café "Lotte"; bakt, kookt', 'lotte.bakt', 12_500, 0.034, 'line one\r\nline two', -5.25],
    ['=HYPERLINK("http://x")', '@anna', 1_234_567, 0.5, '+31 6 1234 5678', null],
    ['Zoë € 😀', '-', 0, 1, '"quoted"', 1234.5678],
  ];

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('gives back the same values in the %s format', (_, dialect) => {
    const bytes = utf8(toCsv(header, rows, { ...dialect, bom: true }));
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) throw new Error(decoded.problem.code);
    const parsed = parseCsv(decoded.text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.delimiter).toBe(dialect.delimiter);
    const decimal = detectDecimal(parsed.records, parsed.delimiter);
    expect(decimal).toBe(dialect.decimal);
    expect(parsed.header).toEqual(header);
    const back = parsed.records.map((record) =>
      record.fields.map((cell, i) => {
        if (cell === '') return null;
        if (typeof rows[0]![i] === 'number' || i === 5) {
          const n = parseLocaleNumber(cell, decimal);
          return n.ok ? n.value : cell;
        }
        return stripNeutraliser(cell);
      }),
    );
    expect(back).toEqual(rows);
  });

  it.each([
    ['nl-NL', csvTemplateHeaderNl],
    ['en-GB', csvTemplateHeader],
  ] as const)('imports creators exported in the %s format unchanged', (locale, templateHeader) => {
    const columns = ['name', 'platform', 'handle', 'followers', 'engagementRate', 'avgLikes', 'notes', 'ratePerPost'] as const;
    const headerOut = columns.map((field) => templateHeader[creatorFields.indexOf(field)]!);
    const creators: CsvCell[][] = [
      ['Café Lotte', 'instagram', 'lotte.bakt', 12_500, 0.034, 425.5, 'Reageert snel; liever mail\r\nniet op zondag', 150.5],
      ['=cmd', 'tiktok', 'sannedv', 8_250, 0.051, 310, null, 95],
      ['Daan', 'youtube', 'daan_fietst', 1_234_567, 0.008, 9_870, '-', 1250],
    ];
    const csv = toCsv(headerOut, creators, { ...exportDialectFor(locale), bom: true });
    const result = readCreatorCsv(utf8(csv));
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[4, 'formulaCell']]);
    expect(result.rows.map((r) => [r.name, r.platform, r.handle, r.followers, r.engagementRate, r.avgLikes, r.notes, r.ratePerPostMinor])).toEqual([
      ['Café Lotte', 'instagram', 'lotte.bakt', 12_500, 0.034, 425.5, 'Reageert snel; liever mail\r\nniet op zondag', 15_050],
      ['Daan', 'youtube', 'daan_fietst', 1_234_567, 0.008, 9_870, null, 125_000],
    ]);
  });
});

