import { describe, expect, it } from 'vitest';
import { datePartOrder, formatDateForInput, parseDateInput } from '@shared/date-input';
import { formatLocales } from '@shared/domain/settings';

describe('date fields', () => {
  it.each([
    ['nl-NL', '24-11-2026', ['day', 'month', 'year']],
    ['en-GB', '24/11/2026', ['day', 'month', 'year']],
    ['en-US', '11/24/2026', ['month', 'day', 'year']],
    ['de-DE', '24.11.2026', ['day', 'month', 'year']],
  ])('write %s dates as %s', (locale, written, order) => {
    expect(formatDateForInput('2026-11-24', locale)).toBe(written);
    expect(datePartOrder(locale)).toEqual(order);
  });

  it.each([
    ['nl-NL', '24-11-2026', '2026-11-24'],
    ['nl-NL', '1-2-2026', '2026-02-01'],
    ['nl-NL', ' 24 11 2026 ', '2026-11-24'],
    ['en-US', '11/24/2026', '2026-11-24'],
    ['en-US', '2/1/2026', '2026-02-01'],
    ['en-GB', '2/1/2026', '2026-01-02'],
    ['en-GB', '2026-11-24', '2026-11-24'],
    ['nl-NL', '29-02-2028', '2028-02-29'],
  ])('read what a %s user types (%j) as %s', (locale, typed, iso) => expect(parseDateInput(typed, locale)).toBe(iso));

  it.each([
    ['1 augustus 2026', '2026-08-01'],
    ['1 aug. 2026', '2026-08-01'],
    ['3 mrt 2026', '2026-03-03'],
    ['5 mei 2026', '2026-05-05'],
    ['1 okt 2026', '2026-10-01'],
    ['August 1, 2026', '2026-08-01'],
    ['1st of Sept 2026', '2026-09-01'],
    ['12 December 2026', '2026-12-12'],
    ['zaterdag 1 augustus 2026', '2026-08-01'],
    ['Sat, Aug 1, 2026', '2026-08-01'],
  ])('read a date with its month in words (%j) as %s, whatever the format', (typed, iso) => {
    expect(parseDateInput(typed, 'nl-NL')).toBe(iso);
    expect(parseDateInput(typed, 'en-US')).toBe(iso);
  });

  // Not yet a year, not one month, another word, a day that does not exist.
  it.each(['1 augustus 202', '1 augustus 26', 'augustus 2026', '1 ju 2026', '1 augustus 2026 x', '31 februari 2026', '1 morgen 2026'])('refuse %j, with its month in words, as a date', (typed) =>
    expect(parseDateInput(typed, 'nl-NL')).toBeNull(),
  );

  it.each(['31-02-2026', '24-13-2026', '0-11-2026', '24-11', 'morgen', '', '24-11-2026-1', '29-02-2027', '5-3-20', '5-3-202', '5-3-0026', '24.11.26'])('refuse %j as a date', (typed) =>
    expect(parseDateInput(typed, 'nl-NL')).toBeNull(),
  );

  it('reads back every date it writes, in every format the settings offer', () => {
    for (const locale of formatLocales)
      for (const iso of ['2026-01-02', '2026-12-31', '2027-07-04'])
        expect(parseDateInput(formatDateForInput(iso, locale), locale)).toBe(iso);
  });
});
