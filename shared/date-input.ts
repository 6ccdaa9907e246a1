/**
 * Dates as the user types and reads them in a date field: numeric, in the order and with the
 * separators of their number-and-date format (nl-NL "24-11-2026", en-GB "24/11/2026",
 * en-US "11/24/2026"), stored as ISO `YYYY-MM-DD`. Intl says the order, so every format the
 * settings offer works without a table of patterns.
 */

type DatePart = 'day' | 'month' | 'year';

function numericFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
}

/** The order of day, month and year in this locale's numeric dates. */
export function datePartOrder(locale: string): DatePart[] {
  return numericFormat(locale)
    .formatToParts(new Date(Date.UTC(2026, 10, 24)))
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
}

/** An ISO date written the way the locale writes dates in numbers. */
export function formatDateForInput(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return numericFormat(locale).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/**
 * What the user typed, as an ISO date, or null when it is no date: three numbers in the
 * locale's order, separated by anything but digits ("24-11-2026", "24.11.2026", "24 11 2026"),
 * an ISO date, or a date with its month written out (`parseWrittenDate`). The year has four digits: a date field reads what is typed at every keystroke,
 * and "5-3-20" on the way to "5-3-2026" must not already be a date. Impossible dates (31-02) are null.
 */
export function parseDateInput(text: string, locale: string): string | null {
  const trimmed = text.trim();
  if (/\p{L}/u.test(trimmed)) return parseWrittenDate(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const numbers = iso ? [iso[1]!, iso[2]!, iso[3]!] : trimmed.split(/\D+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const order: DatePart[] = iso ? ['year', 'month', 'day'] : datePartOrder(locale);
  const value = (part: DatePart) => Number(numbers[order.indexOf(part)]);
  if (numbers[order.indexOf('year')]!.length !== 4) return null;
  return isoDayOf(value('year'), value('month'), value('day'));
}

/** Year, month (1–12) and day as an ISO day, or null when they make none (31-02, month 13, year 26). */
export function isoDayOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** Month names as people write them, Dutch and English, long and short ("mrt", "sept"), lower case without dots. */
const monthNames: readonly (readonly string[])[] = Array.from({ length: 12 }, (_, month) => {
  const names = new Set<string>();
  for (const language of ['nl', 'en']) {
    for (const width of ['long', 'short'] as const) {
      names.add(new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month, 1))).toLowerCase().replace('.', ''));
    }
  }
  return [...names];
});

/** Words around a written date that say nothing about it: "1st of", "zaterdag 1 augustus", "Sat, Aug 1". */
const fillerWords: ReadonlySet<string> = new Set([
  'st', 'nd', 'rd', 'th', 'of', 'de', 'e',
  ...['nl', 'en'].flatMap((language) =>
    (['long', 'short'] as const).flatMap((width) =>
      // 2026-11-23 is a Monday: seven days from it name every weekday.
      Array.from({ length: 7 }, (_, day) => new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 23 + day))).toLowerCase().replace('.', '')),
    ),
  ),
]);

/** The month (1–12) a word names: a name, or the start (three letters or more) of one; null when none or several. */
function monthOfWord(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return null;
  const months = new Set<number>();
  monthNames.forEach((names, index) => {
    if (names.some((name) => name === key || name.startsWith(key))) months.add(index + 1);
  });
  return months.size === 1 ? [...months][0]! : null;
}

/**
 * A date with its month in words, as Dutch and English users write one: "1 augustus 2026",
 * "1 aug. 2026", "August 1, 2026", "1st of Aug 2026", "zaterdag 1 augustus 2026". One word names
 * the month, one number of four digits is the year and the other the day; a weekday is passed
 * over; any other word makes it no date.
 */
export function parseWrittenDate(text: string, options: { twoDigitYear?: boolean } = {}): string | null {
  const words = text.toLowerCase().match(/\p{L}+\.?|\d+/gu) ?? [];
  const numbers = words.filter((w) => /^\d+$/.test(w));
  const letters = words.filter((w) => !/^\d+$/.test(w) && !fillerWords.has(w.replace(/\.$/, '')));
  if (numbers.length !== 2 || letters.length !== 1) return null;
  const month = monthOfWord(letters[0]!);
  // A two-digit year (a sheet's "1-aug-26") is this century's, and comes last; a field being typed waits for four digits.
  const shortYear = options.twoDigitYear && !numbers.some((n) => n.length === 4) && numbers[1]!.length === 2 ? `20${numbers[1]}` : undefined;
  const year = shortYear ?? numbers.find((n) => n.length === 4);
  const day = shortYear ? numbers[0] : numbers.find((n) => n !== year && n.length <= 2);
  if (month === null || year === undefined || day === undefined) return null;
  return isoDayOf(Number(year), month, Number(day));
}
