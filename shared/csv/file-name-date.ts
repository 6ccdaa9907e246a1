import { parseDateInput } from '../date-input';

/**
 * The day an export's name gives, if it gives exactly one: exports are often named after the day
 * they were made ("creators-2026-08-01.csv", "export_20260801.csv", "roster 01-08-2026.csv").
 * ISO days (with -, _ or . between the parts, or none) are read as such; a day with the year
 * last is read in the user's order of day and month, as a date field would read it. Null when
 * there is no such day, more than one, or one after `today` (no export comes from the future).
 */
export function dateInFileName(name: string, locale: string, today: string): string | null {
  const base = name.replace(/\.[^.]*$/, '');
  const found = new Set<string>();
  for (const [, year, month, day] of base.matchAll(/(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/g)) {
    const iso = parseDateInput(`${year}-${month}-${day}`, locale);
    if (iso) found.add(iso);
  }
  for (const [token] of base.matchAll(/(?<!\d)\d{1,2}[-_.]\d{1,2}[-_.]\d{4}(?!\d)/g)) {
    const iso = parseDateInput(token.replace(/[_.]/g, '-'), locale);
    if (iso) found.add(iso);
  }
  if (found.size !== 1) return null;
  const [day] = found;
  return day! <= today && day! >= '2000-01-01' ? day! : null;
}
