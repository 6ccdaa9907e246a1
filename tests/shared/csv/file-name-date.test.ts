import { describe, expect, it } from 'vitest';
import { dateInFileName } from '@shared/csv';

const today = '2026-11-24';

describe('dateInFileName', () => {
  it.each([
    ['creators-2026-08-01.csv', 'nl-NL', '2026-08-01'],
    ['export_20260801.csv', 'nl-NL', '2026-08-01'],
    ['roster 2026.08.01 final.csv', 'en-US', '2026-08-01'],
    // Year last: day and month in the user's order.
    ['bestand 01-08-2026.csv', 'nl-NL', '2026-08-01'],
    ['roster 08-01-2026.csv', 'en-US', '2026-08-01'],
    ['roster 1.8.2026.csv', 'en-GB', '2026-08-01'],
    // The same day written twice is one day.
    ['2026-08-01 export (20260801).csv', 'nl-NL', '2026-08-01'],
    ['2026-11-24.csv', 'nl-NL', '2026-11-24'],
  ])('reads %s in %s as %s', (name, locale, expected) => {
    expect(dateInFileName(name, locale, today)).toBe(expected);
  });

  it.each([
    ['creators.csv', 'no day at all'],
    ['creators-2026-08.csv', 'a month, not a day'],
    ['from 2026-08-01 to 2026-08-31.csv', 'two days'],
    ['creators-2026-11-25.csv', 'after today'],
    ['creators-2026-02-31.csv', 'a day that does not exist'],
    ['creator_12345678.csv', 'an id, not a day'],
    ['scan-1999-12-31.csv', 'before 2000'],
  ])('gives nothing for %s (%s)', (name, why) => {
    expect(dateInFileName(name, 'nl-NL', today), why).toBeNull();
  });
});
