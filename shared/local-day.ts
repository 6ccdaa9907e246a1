/**
 * The calendar day the user sees, as ISO `YYYY-MM-DD`: in their time zone, not UTC's. Between
 * midnight and 01:00 or 02:00 in the Netherlands the UTC date is still yesterday, so a snapshot
 * dated "today" in the window was refused as lying in the future, and an import at 00:30 and
 * another at 23:00 fell on different days. The backend runs on the user's machine, in their zone.
 */
export function localIsoDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
