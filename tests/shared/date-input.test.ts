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

  it.each(['31-02-2026', '24-13-2026', '0-11-2026', '24-11', 'morgen', '', '24-11-2026-1', '29-02-2027', '5-3-20', '5-3-202', '5-3-0026', '24.11.26'])('refuse %j as a date', (typed) =>
    expect(parseDateInput(typed, 'nl-NL')).toBeNull(),
  );

  it('reads back every date it writes, in every format the settings offer', () => {
    for (const locale of formatLocales)
      for (const iso of ['2026-01-02', '2026-12-31', '2027-07-04'])
        expect(parseDateInput(formatDateForInput(iso, locale), locale)).toBe(iso);
  });
});
