import { describe, expect, it } from 'vitest';
import { readFileNameDate } from '@shared/csv';

const today = '2026-11-24';

describe('readFileNameDate', () => {
  it.each([
    ['creators-2026-08-01.csv', 'nl-NL', '2026-08-01'],
    ['export_20260801.csv', 'nl-NL', '2026-08-01'],
    ['roster 2026.08.01 final.csv', 'en-US', '2026-08-01'],
    // Year last: day and month in the user's order.
    ['bestand 01-08-2026.csv', 'nl-NL', '2026-08-01'],
    ['roster 08-01-2026.csv', 'en-US', '2026-08-01'],
    ['roster 1.8.2026.csv', 'en-GB', '2026-08-01'],
    // A two-digit year is this century's.
    ['export 01-08-26.csv', 'nl-NL', '2026-08-01'],
    ['export_8_1_26.csv', 'en-US', '2026-08-01'],
    // A time of day after the day is no second day.
    ['export_2026-08-01_10-05-12.csv', 'nl-NL', '2026-08-01'],
    ['creators 2026-08-01 11.05.24.csv', 'nl-NL', '2026-08-01'],
    ['Instagram export 2026-11-03 at 10.11.12.csv', 'en-US', '2026-11-03'],
    ['roster 01-08-2026 10-05-12.csv', 'nl-NL', '2026-08-01'],
    // The same day written twice is one day.
    ['2026-08-01 export (20260801).csv', 'nl-NL', '2026-08-01'],
    ['2026-11-24.csv', 'nl-NL', '2026-11-24'],
    // The month in words.
    ['creators 1 augustus 2026.csv', 'nl-NL', '2026-08-01'],
    ['export Aug 1, 2026.csv', 'en-US', '2026-08-01'],
    ['roster_1-aug-2026.csv', 'en-GB', '2026-08-01'],
  ])('reads %s in %s as %s', (name, locale, expected) => {
    expect(readFileNameDate(name, locale, today)).toEqual({ kind: 'day', day: expected });
  });

  it.each([
    ['creators.csv', { kind: 'none' }],
    // A month, not a day.
    ['creators-2026-08.csv', { kind: 'none' }],
    ['from 2026-08-01 to 2026-08-31.csv', { kind: 'several', days: ['2026-08-01', '2026-08-31'] }],
    ['creators-2026-11-25.csv', { kind: 'future', day: '2026-11-25' }],
    ['creators 01-08-27.csv', { kind: 'future', day: '2027-08-01' }],
    // A day that does not exist, an id.
    ['creators-2026-02-31.csv', { kind: 'none' }],
    ['creator_12345678.csv', { kind: 'none' }],
    ['creators-31-02-26.csv', { kind: 'none' }],
    // A time or a version alone is no day.
    ['export 10.05.12.csv', { kind: 'none' }],
    ['data 1.12.25.csv', { kind: 'none' }],
    // Two numbers are no day.
    ['top-10-20.csv', { kind: 'none' }],
    // Before any platform began: an id, or a year-first "26-08-01" read day first (26 August 2001).
    ['scan-1999-12-31.csv', { kind: 'none' }],
    ['creators 26-08-01.csv', { kind: 'none' }],
    ['creators-2004-12-31.csv', { kind: 'none' }],
  ])('gives no day for %s, saying why', (name, expected) => {
    expect(readFileNameDate(name, 'nl-NL', today)).toEqual(expected);
  });
});
