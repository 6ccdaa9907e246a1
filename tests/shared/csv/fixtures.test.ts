import { describe, expect, it } from 'vitest';
import { MAX_FIELD_LENGTH, readCreatorCsv, type CsvProblem } from '@shared/csv';
import { fixture, utf8 } from './helpers';

function read(name: string) {
  return readCreatorCsv(fixture(name));
}

function refusal(name: string): CsvProblem {
  const result = read(name);
  if (result.ok) throw new Error(`expected ${name} to be refused`);
  return result.problem;
}

function problemsOf(name: string) {
  const result = read(name);
  if (!result.ok) throw new Error(`expected ${name} to be read, got ${result.problem.code}`);
  return result.problems.map(({ line, column, code, params }) => ({ line, column, code, params }));
}

describe('good files', () => {
  it('reads a Dutch Excel export with semicolons and decimal commas', () => {
    const result = read('dutch-excel-export.csv');
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252', delimiter: ';', decimal: ',', unmapped: [], problems: [] });
    if (!result.ok) return;
    expect(result.mapping).toEqual([
      'name',
      'platform',
      'handle',
      'followers',
      'engagementRate',
      'avgLikes',
      'country',
      'city',
      'niches',
      'email',
      'phone',
      'ratePerPost',
      'notes',
      'acceptsProductOnly',
    ]);
    expect(result.rows.map((r) => [r.line, r.name, r.platform, r.handle, r.followers, r.engagementRate, r.avgLikes, r.ratePerPostMinor])).toEqual([
      [2, 'Café Lotte', 'instagram', 'lotte.bakt', 12_500, 0.034, 425.5, 15_000],
      [3, 'Sanne de Vries', 'tiktok', 'sannedv', 8_250, 0.051, null, 9_550],
      [5, 'Daan Bakker', 'youtube', 'daan_fietst', 1_234_567, 0.008, 9_870, 125_000],
      [7, 'Émile Jansen', 'instagram', 'emile.j', 950, 0.12, 100, 7_500],
    ]);
    expect(result.rows[0]).toMatchObject({ country: 'Nederland', niches: ['bakken', 'food'], phone: '+31 6 1234 5678', acceptsProductOnly: true });
    expect(result.rows[1]).toMatchObject({ notes: 'Liever mail dan telefoon;\r\nniet op zondag', profileUrl: 'https://www.tiktok.com/@sannedv' });
    expect(result.rows[2]!.country).toBe('België');
    expect(result.rows[3]!.notes).toBe('Ex-kok € 10 korting');
  });

  it('reads an English UTF-8 file with a BOM, commas and quoted thousands', () => {
    const result = read('english-utf8-bom.csv');
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8-bom', delimiter: ',', decimal: '.', problems: [] });
    if (!result.ok) return;
    expect(result.header[0]).toBe('Name');
    expect(result.rows.map((r) => [r.line, r.name, r.handle, r.followers, r.engagementRate])).toEqual([
      [2, 'Smith, Jane', 'janesmith', 12_500, 0.034],
      [3, 'Tom Müller', 'tom.mueller', 980, 0.051],
      [4, 'Ana López', 'analopez', 1_204_000, 0.012],
    ]);
    expect(result.rows[0]!.notes).toBe('Prefers DMs 😀');
    expect(result.rows[1]!.notes).toBe('Said "maybe" to gifting');
  });

  it('decodes a Windows-1252 file with accents and the euro sign', () => {
    const result = read('windows-1252.csv');
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252', problems: [] });
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.name, r.notes])).toEqual([
      ['Café Noir', 'Tarief € 50 per post'],
      ['Zoë Åkesson', 'naïeve stijl'],
    ]);
  });
});

describe('refused files', () => {
  it('refuses an empty file', () => expect(refusal('empty.csv')).toEqual({ line: 0, column: null, field: null, code: 'emptyFile', params: {} }));
  it('refuses binary junk', () => expect(refusal('binary-junk.csv')).toMatchObject({ line: 0, code: 'binaryFile' }));
  it('refuses a file full of control characters', () => expect(refusal('control-characters.csv')).toMatchObject({ line: 0, code: 'binaryFile' }));
  it('refuses an unterminated quote at the line it opens, in its column', () => {
    expect(refusal('unterminated-quote.csv')).toEqual({ line: 3, column: 'name', field: null, code: 'unterminatedQuote', params: {} });
  });
  it('refuses a 10 MB single field with the limit', () => {
    const bytes = utf8(`name,platform,handle,notes\r\nAnna,instagram,anna,"${'x'.repeat(10 * 1024 * 1024)}"\r\n`);
    const result = readCreatorCsv(bytes);
    expect(result).toEqual({ ok: false, problem: { line: 2, column: 'notes', field: null, code: 'fieldTooLarge', params: { limit: MAX_FIELD_LENGTH } } });
  });
});

describe('files with problem rows', () => {
  it('reports a header without rows', () => expect(problemsOf('header-only.csv')).toEqual([{ line: 1, column: null, code: 'noDataRows', params: {} }]));

  it('reports ragged rows and imports the others', () => {
    expect(problemsOf('ragged-rows.csv')).toEqual([
      { line: 3, column: null, code: 'rowTooFewFields', params: { expected: 4, actual: 3 } },
      { line: 5, column: null, code: 'rowTooManyFields', params: { expected: 4, actual: 5 } },
    ]);
    const result = read('ragged-rows.csv');
    expect(result.ok && result.rows.map((r) => r.handle)).toEqual(['anna', 'chris', 'eva']);
  });

  it('reports negative, non-numeric and fractional followers', () => {
    expect(problemsOf('followers-invalid.csv')).toEqual([
      { line: 3, column: 'followers', code: 'followersNegative', params: { value: '-50' } },
      { line: 4, column: 'followers', code: 'followersNotNumber', params: { value: 'veel' } },
      { line: 5, column: 'followers', code: 'followersNotWhole', params: { value: '12.5' } },
    ]);
  });

  it('reports engagement over 100 %', () => {
    expect(problemsOf('engagement-over-100.csv')).toEqual([
      { line: 3, column: 'engagement_rate', code: 'engagementOver100', params: { value: '150', percent: 150 } },
      { line: 4, column: 'engagement_rate', code: 'engagementOver100', params: { value: '250%', percent: 250 } },
    ]);
  });

  it('reports duplicate handles with the line of the first occurrence', () => {
    expect(problemsOf('duplicate-handles.csv')).toEqual([
      { line: 5, column: 'handle', code: 'duplicateHandle', params: { platform: 'instagram', handle: 'anna', firstLine: 2 } },
      { line: 6, column: 'handle', code: 'duplicateHandle', params: { platform: 'instagram', handle: 'anna', firstLine: 2 } },
    ]);
  });

  it('reports formula cells, but not a negative number or a lone dash', () => {
    expect(problemsOf('formula-cells.csv')).toEqual([
      { line: 2, column: 'name', code: 'formulaCell', params: { value: '=HYPERLINK("http://evil.example","click")' } },
      { line: 3, column: 'notes', code: 'formulaCell', params: { value: "+cmd|' /C calc'!A0" } },
      { line: 4, column: 'followers', code: 'followersNegative', params: { value: '-5' } },
      { line: 5, column: 'notes', code: 'formulaCell', params: { value: '@SUM(1+1)' } },
      { line: 6, column: 'notes', code: 'formulaCell', params: { value: '-2+3' } },
      { line: 7, column: 'notes', code: 'formulaCell', params: { value: 'sneaky' } },
    ]);
    const result = read('formula-cells.csv');
    expect(result.ok && result.rows.map((r) => [r.line, r.handle, r.notes])).toEqual([[8, 'gus', null]]);
  });

  it('reports text after a closing quote', () => {
    expect(problemsOf('malformed-quote.csv')).toEqual([{ line: 2, column: 'name', code: 'malformedQuote', params: {} }]);
  });
});

describe('the whole import', () => {
  it('counts the data records, so the UI can say how many rows can be imported', () => {
    const result = read('ragged-rows.csv');
    expect(result.ok && [result.rows.length, result.recordCount]).toEqual([3, 5]);
  });

  it('uses the mapping the user corrected and lists what stays unmapped', () => {
    const result = readCreatorCsv(utf8('Wie;Kanaal;Waar;Kleur\nAnna;anna;IG;blauw\n'), { mapping: ['name', 'handle', 'platform', null] });
    expect(result).toMatchObject({
      ok: true,
      unmapped: [{ index: 3, header: 'Kleur' }],
      rows: [{ name: 'Anna', handle: 'anna', platform: 'instagram' }],
    });
  });

  it('takes the fallback delimiter for a single-column file', () => {
    expect(readCreatorCsv(utf8('handle\nanna\n'), { fallbackDelimiter: ';', defaultPlatform: 'instagram' })).toMatchObject({ ok: true, delimiter: ';', rows: [{ handle: 'anna' }] });
  });
});
