import { datePartOrder, isoDayOf, parseWrittenDate } from '../date-input';
import { localIsoDay } from '../local-day';

/**
 * Days in a file's "figures as of" column, as spreadsheets write them: ISO (`2026-08-01`, also
 * with `/` or `.`), or day, month and year in the order of the region the sheet was saved in
 * (`01-08-2026` in the Netherlands, `8/1/2026` in the US), or with the month in words
 * (`1 aug. 2026`, `August 1, 2026`), with a time after it or not (Excel
 * writes `1-8-2026 10:05` for a cell holding a moment). Which of day and month comes first is
 * decided per file, like the decimal separator: a cell whose first number is above 12 says
 * day-month, one whose second is, month-day; no such cell, or a tie, leaves the user's own order.
 */

export const dateOrders = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof dateOrders)[number];

/** The order of day and month in the user's numeric dates (ISO-style locales count as day first). */
export function dateOrderOfLocale(locale: string): DateOrder {
  const order = datePartOrder(locale);
  return order.indexOf('month') < order.indexOf('day') && order[0] !== 'year' ? 'mdy' : 'dmy';
}

/** A trailing time of day ("10:05", "10:05:12", ", 10:05", "3:05 PM"), which says nothing about the day. */
const timeOfDay = /(?:,?[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)$/;

/** A moment with its zone ("2026-08-01T23:30:00Z", "…+02:00"): its day is the user's, as everywhere in the app. */
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** The three numbers of a date cell, or null when it is not three numbers. */
function dateNumbers(text: string): string[] | null {
  const parts = text.trim().replace(timeOfDay, '').split(/[-/.\s]+/);
  return parts.length === 3 && parts.every((p) => /^\d{1,4}$/.test(p)) ? parts : null;
}

/**
 * A cell as an ISO day, or null when it is none. A year written first is ISO, whatever the order;
 * a two-digit year written last is this century's (no one imports last century's figures).
 */
export function readDay(text: string, order: DateOrder): string | null {
  const trimmed = text.trim();
  if (isoMoment.test(trimmed)) {
    const moment = new Date(trimmed.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(moment.getTime()) ? null : localIsoDay(moment);
  }
  const withoutTime = trimmed.replace(timeOfDay, '');
  if (/\p{L}/u.test(withoutTime)) return parseWrittenDate(withoutTime, { twoDigitYear: true });
  const parts = dateNumbers(withoutTime);
  if (!parts) return null;
  const [first, second, third] = parts as [string, string, string];
  if (first.length === 4) return isoDayOf(Number(first), Number(second), Number(third));
  if (third.length !== 4 && third.length !== 2) return null;
  const year = third.length === 2 ? 2000 + Number(third) : Number(third);
  return order === 'dmy' ? isoDayOf(year, Number(second), Number(first)) : isoDayOf(year, Number(first), Number(second));
}

/** The order of day and month a column's cells show, or null when they do not say (every day ≤ 12, or a tie). */
export function dateOrderOfCells(cells: Iterable<string>): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  let seen = 0;
  for (const cell of cells) {
    if (++seen > 5_000) break;
    const parts = dateNumbers(cell);
    if (!parts || parts[0]!.length === 4) continue;
    const first = Number(parts[0]);
    const second = Number(parts[1]);
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst > monthFirst ? 'dmy' : 'mdy';
}
