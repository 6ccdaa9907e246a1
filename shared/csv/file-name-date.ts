import { parseDateInput, parseWrittenDate } from '../date-input';
import { firstPlatformDay } from '../domain/platform-start';

/**
 * The day an export's name gives, if it gives exactly one: exports are often named after the day
 * they were made ("creators-2026-08-01.csv", "export_20260801.csv", "roster 01-08-2026.csv",
 * "roster 01-08-26.csv", "creators 1 augustus 2026.csv"). ISO days (with -, _ or . between the parts, or none) are read as such; a
 * day with the year last is read in the user's order of day and month, as a date field would read
 * it, and a two-digit year there is this century's (no one imports last century's figures). A day after
 * `today` cannot be used (no export comes from the future), nor can one of several days.
 */
export type FileNameDate = { kind: 'day'; day: string } | { kind: 'several'; days: string[] } | { kind: 'future'; day: string } | { kind: 'none' };

export function readFileNameDate(name: string, locale: string, today: string): FileNameDate {
  const base = name.replace(/\.[^.]*$/, '');
  const found = new Set<string>();
  for (const [, year, month, day] of base.matchAll(/(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/g)) {
    const iso = parseDateInput(`${year}-${month}-${day}`, locale);
    if (iso) found.add(iso);
  }
  for (const [, first, second, year] of base.matchAll(/(?<!\d)(\d{1,2})[-_.](\d{1,2})[-_.](\d{4})(?!\d)/g)) {
    const iso = parseDateInput(`${first}-${second}-${year}`, locale);
    if (iso) found.add(iso);
  }
  // A two-digit year only where the name holds no four-digit one, and only between dashes or
  // underscores: "10.05.12" or "10-05-12" after a day is a time of day ("export 2026-08-01
  // 10-05-12"), and "1.12.25" a version, not a day.
  if (found.size === 0) {
    for (const [, first, , second, year] of base.matchAll(/(?<![\d.])(\d{1,2})([-_])(\d{1,2})\2(\d{2})(?![\d.])/g)) {
      const iso = parseDateInput(`${first}-${second}-20${year}`, locale);
      if (iso) found.add(iso);
    }
  }
  // A month in words: "creators 1 augustus 2026", "export Aug 1, 2026", "roster 1-aug-2026".
  for (const [written] of base.matchAll(/(?<![\p{L}\d])(?:\d{1,2}[\s_.-]+\p{L}{3,}\.?|\p{L}{3,}\.?[\s_.-]+\d{1,2},?)[\s_.-]+\d{4}(?!\d)/gu)) {
    const iso = parseWrittenDate(written.replace(/[_-]/g, ' '));
    if (iso) found.add(iso);
  }
  if (found.size === 0) return { kind: 'none' };
  if (found.size > 1) return { kind: 'several', days: [...found].sort() };
  const day = [...found][0]!;
  if (day > today) return { kind: 'future', day };
  // Before any platform began it is a number that looks like a day (an id, "26-08-01" read day
  // first), not the day of an export's figures.
  return day < firstPlatformDay ? { kind: 'none' } : { kind: 'day', day };
}
