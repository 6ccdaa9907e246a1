import { describe, expect, it } from 'vitest';
import { dateOrderOfCells, dateOrderOfLocale, readDay, readImportableCsv } from '@shared/csv';
import { utf8 } from './helpers';

describe('readDay', () => {
  it.each([
    ['2026-08-01', 'dmy', '2026-08-01'],
    ['2026/8/1', 'mdy', '2026-08-01'],
    ['2026.08.01', 'dmy', '2026-08-01'],
    ['01-08-2026', 'dmy', '2026-08-01'],
    ['1-8-2026', 'dmy', '2026-08-01'],
    ['8/1/2026', 'mdy', '2026-08-01'],
    ['01.08.2026', 'dmy', '2026-08-01'],
    ['01 08 2026', 'dmy', '2026-08-01'],
    // A two-digit year is this century's.
    ['1-8-26', 'dmy', '2026-08-01'],
    ['8/1/26', 'mdy', '2026-08-01'],
    // A time after the day, as Excel writes a cell holding a moment.
    ['1-8-2026 10:05', 'dmy', '2026-08-01'],
    ['8/1/2026 3:05:12 PM', 'mdy', '2026-08-01'],
    // A moment with its zone falls on the user's day (the tests run in Dutch time).
    ['2026-08-01T10:05:12.000Z', 'mdy', '2026-08-01'],
    ['2026-08-01T23:30:00Z', 'dmy', '2026-08-02'],
    ['2026-08-02T00:30:00+02:00', 'dmy', '2026-08-02'],
    ['2026-08-02T00:30:00+0200', 'dmy', '2026-08-02'],
    ['01/08/2026, 10:05', 'dmy', '2026-08-01'],
    [' 01-08-2026 ', 'dmy', '2026-08-01'],
    // The month in words, as a sheet formatted for people writes it.
    ['1 aug. 2026', 'mdy', '2026-08-01'],
    ['August 1, 2026 10:05', 'dmy', '2026-08-01'],
    // Excel's "1-aug-26": in a file, a two-digit year is this century's, the month in words too.
    ['1-aug-26', 'mdy', '2026-08-01'],
    ['za 1 augustus 2026', 'dmy', '2026-08-01'],
  ] as const)('reads %s (%s) as %s', (text, order, expected) => {
    expect(readDay(text, order)).toBe(expected);
  });

  it.each([
    ['31-02-2026', 'dmy'],
    ['13/13/2026', 'mdy'],
    ['24-11-2026', 'mdy'],
    ['2026-08', 'dmy'],
    ['46000', 'dmy'],
    ['1 augustus', 'dmy'],
    ['01-08-026', 'dmy'],
    ['gisteren', 'dmy'],
    ['1-8-2026 kwart over tien', 'dmy'],
  ] as const)('refuses %s (%s)', (text, order) => {
    expect(readDay(text, order)).toBeNull();
  });
});

describe('dateOrderOfCells', () => {
  it('takes the order the days show, or says they do not', () => {
    expect(dateOrderOfCells(['01-08-2026', '24-11-2026'])).toBe('dmy');
    expect(dateOrderOfCells(['08/01/2026', '11/24/2026'])).toBe('mdy');
    // Every day ≤ 12 says nothing; ISO days neither.
    expect(dateOrderOfCells(['01-08-2026', '2026-11-24', ''])).toBeNull();
    // A majority wins; a tie says nothing.
    expect(dateOrderOfCells(['13-01-2026', '14-01-2026', '01/13/2026'])).toBe('dmy');
    expect(dateOrderOfCells(['13-01-2026', '01/13/2026'])).toBeNull();
  });

  it('knows the user’s own order from their locale', () => {
    expect(dateOrderOfLocale('nl-NL')).toBe('dmy');
    expect(dateOrderOfLocale('en-GB')).toBe('dmy');
    expect(dateOrderOfLocale('en-US')).toBe('mdy');
    expect(dateOrderOfLocale('sv-SE')).toBe('dmy');
  });
});

describe('a "figures as of" column in a creator file', () => {
  const today = '2026-11-24';

  it('dates each row by its own day, read in the order the file shows, and leaves a blank to the file’s day', () => {
    const csv = ['Naam;Platform;Handle;Volgers;Cijfers van', 'Lotte;instagram;lotte;12000;24-10-2026', 'Sem;tiktok;sem;3000;01-08-2026', 'Noor;youtube;noor;5000;'].join('\n');
    const read = readImportableCsv(utf8(csv), { fallbackDateOrder: 'mdy', today });
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.mapping[4]).toBe('figuresAsOf');
    // "24-10" can only be day-month: the whole file is read so, whatever the user's own order.
    expect(read.dateOrder).toBe('dmy');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.handle, r.figuresAsOf])).toEqual([
      ['lotte', '2026-10-24'],
      ['sem', '2026-08-01'],
      ['noor', null],
    ]);
  });

  it('reads ambiguous days in the user’s order, or in the order the user picks', () => {
    const csv = 'handle,platform,followers,figures as of\nlotte,instagram,12000,08/01/2026\n';
    const days = (options: Parameters<typeof readImportableCsv>[1]) => {
      const read = readImportableCsv(utf8(csv), options);
      if (!read.ok) throw new Error(read.problem.code);
      return [read.dateOrder, read.rows[0]?.figuresAsOf];
    };
    expect(days({ fallbackDateOrder: 'mdy' })).toEqual(['mdy', '2026-08-01']);
    expect(days({ fallbackDateOrder: 'dmy' })).toEqual(['dmy', '2026-01-08']);
    expect(days({ fallbackDateOrder: 'dmy', dateOrder: 'mdy' })).toEqual(['mdy', '2026-08-01']);
  });

  it('refuses a day that is none or lies after today, with line, column and the order it was read in', () => {
    const csv = ['handle,platform,followers,Peildatum', 'a,instagram,1,31-02-2026', 'b,instagram,1,25-11-2026', 'c,instagram,1,24-11-2026', 'd,instagram,1,morgen'].join('\n');
    const read = readImportableCsv(utf8(csv), { today });
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.problems).toEqual([
      { line: 2, column: 'Peildatum', field: 'figuresAsOf', code: 'dateInvalid', params: { value: '31-02-2026', order: 'dmy' } },
      { line: 3, column: 'Peildatum', field: 'figuresAsOf', code: 'dateInFuture', params: { value: '25-11-2026', day: '2026-11-25' } },
      // Words: the order of day and month is beside the point.
      { line: 5, column: 'Peildatum', field: 'figuresAsOf', code: 'dateUnreadable', params: { value: 'morgen' } },
    ]);
    expect(read.rows.map((r) => [r.handle, r.figuresAsOf])).toEqual([['c', '2026-11-24']]);
  });

  it('refuses a row that takes the file’s day when that day lies before the row’s platform began', () => {
    const csv = ['handle,platform,followers', 'a,tiktok,1', 'b,instagram,1'].join('\n');
    const read = readImportableCsv(utf8(csv), { today, fileDay: '2012-05-01' });
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.problems).toEqual([
      { line: 2, column: null, field: 'figuresAsOf', code: 'fileDayBeforePlatform', params: { day: '2012-05-01', platform: 'tiktok', year: 2016 } },
    ]);
    expect(read.rows.map((r) => r.handle)).toEqual(['b']);
  });

  it('refuses a day before the platform began, naming the day it was read as: a year read wrong', () => {
    // "26-08-01" is year-month-day to its writer; read day first it is 26 August 2001.
    const csv = ['handle,platform,followers,Peildatum', 'a,instagram,1,26-08-01', 'b,tiktok,1,01-08-2015', 'c,youtube,1,01-08-2015', 'd,instagram,1,01-01-2010'].join('\n');
    const read = readImportableCsv(utf8(csv), { today });
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.problems).toEqual([
      { line: 2, column: 'Peildatum', field: 'figuresAsOf', code: 'dateBeforePlatform', params: { value: '26-08-01', day: '2001-08-26', platform: 'instagram', year: 2010 } },
      { line: 3, column: 'Peildatum', field: 'figuresAsOf', code: 'dateBeforePlatform', params: { value: '01-08-2015', day: '2015-08-01', platform: 'tiktok', year: 2016 } },
    ]);
    expect(read.rows.map((r) => [r.handle, r.figuresAsOf])).toEqual([
      ['c', '2015-08-01'],
      ['d', '2010-01-01'],
    ]);
  });
});

describe('one account on several days', () => {
  it('is its history, not a duplicate; the same account twice on one day still is', () => {
    const csv = [
      'handle,platform,followers,figures as of',
      'lotte,instagram,9000,2026-08-01',
      'lotte,instagram,10000,2026-09-01',
      'Lotte,instagram,10100,2026-09-01',
      'lotte,instagram,12000,',
      'lotte,tiktok,3000,2026-09-01',
    ].join('\n');
    const read = readImportableCsv(utf8(csv));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.problems).toEqual([
      { line: 4, column: 'handle', field: 'handle', code: 'duplicateHandleOnDay', params: { platform: 'instagram', handle: 'Lotte', firstLine: 3, day: '2026-09-01' } },
    ]);
    expect(read.rows.map((r) => [r.line, r.figuresAsOf])).toEqual([
      [2, '2026-08-01'],
      [3, '2026-09-01'],
      [5, null],
      [6, '2026-09-01'],
    ]);
  });

  it('keeps the row that gives its own day over one that only takes the file’s, whichever comes first', () => {
    const read = (lines: string[]) => {
      const result = readImportableCsv(utf8(['handle,platform,followers,figures as of', ...lines].join('\n')), { fileDay: '2026-11-01' });
      if (!result.ok) throw new Error(result.problem.code);
      return { rows: result.rows.map((r) => [r.line, r.followers]), problems: result.problems.map((p) => [p.line, p.code, p.params['firstLine']]) };
    };
    const expected = (ownLine: number, borrowedLine: number) => ({ rows: [[ownLine, 48_200]], problems: [[borrowedLine, 'duplicateHandleOnFileDay', ownLine]] });
    expect(read(['sem,instagram,48000,', 'sem,instagram,48200,2026-11-01'])).toEqual(expected(3, 2));
    expect(read(['sem,instagram,48200,2026-11-01', 'sem,instagram,48000,'])).toEqual(expected(2, 3));
  });
});
