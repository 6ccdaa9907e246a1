import { accountEngagementRate } from '@shared/calc/engagement';
import type { AccountView } from '@shared/domain/creators';

const msPerDay = 86_400_000;

/** An ISO day as a count of days, so a chart spaces days as far apart as they are. */
export function dayNumber(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!) / msPerDay;
}

/** The ISO day of a day count (ticks between points fall on whole days or between them). */
export function isoDayOf(days: number): string {
  return new Date(Math.round(days) * msPerDay).toISOString().slice(0, 10);
}

/**
 * Where a day axis from `first` to `last` (day counts) puts its labels: on calendar days a
 * reader counts by (every day, every other day, Mondays, every other Monday, the first of every
 * 1, 2, 3, 6 or 12 months), the shortest step that gives at most `maxTicks`. Monthly exports
 * get one label per file ("1 aug", "1 sep"), never "30 sep" beside "1 okt".
 */
export function calendarTicks(first: number, last: number, maxTicks = 6): number[] {
  const from = Math.ceil(first);
  const to = Math.floor(last);
  // Day 4 (1970-01-05) was a Monday: weekly labels fall on Mondays.
  for (const [step, anchor] of [[1, from], [2, from], [7, 4], [14, 4]] as const) {
    const start = from + ((((anchor - from) % step) + step) % step);
    if (Math.floor((to - start) / step) + 1 <= maxTicks) return range(start, to, step);
  }
  for (const months of [1, 2, 3, 6, 12]) {
    const ticks = monthStarts(from, to, months);
    if (ticks.length <= maxTicks) return ticks;
  }
  // Longer than six years: a label at the start of every few years.
  const years = Math.ceil((to - from) / 365 / maxTicks);
  return monthStarts(from, to, 12 * years);
}

function range(start: number, end: number, step: number): number[] {
  const values: number[] = [];
  for (let v = start; v <= end; v += step) values.push(v);
  return values;
}

/** The first days of the months between the two day counts whose month number is a multiple of `every`. */
function monthStarts(from: number, to: number, every: number): number[] {
  const start = new Date(from * msPerDay);
  let monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  monthIndex += (every - (monthIndex % every)) % every;
  const ticks: number[] = [];
  for (let day = Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / msPerDay; day <= to; ) {
    ticks.push(day);
    monthIndex += every;
    day = Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / msPerDay;
  }
  return ticks;
}

/**
 * A snapshot's ER by followers: from its likes and comments, else the one its file reported for
 * that day, as an account's own ER is chosen (`accountEngagementRate`). `value` is null where
 * neither is known: a gap, not a zero.
 */
export function snapshotEr(s: AccountView['snapshots'][number]): { value: number | null; reported: boolean } {
  const post = { ...(s.avgLikes !== null ? { likes: s.avgLikes } : {}), ...(s.avgComments !== null ? { comments: s.avgComments } : {}) };
  const { er, reported } = accountEngagementRate([post], s.followers, s.erReported);
  return { value: er.computable ? er.value : null, reported };
}

export interface HistoryPoints {
  days: number[];
  followers: number[];
  /** ER by followers per point (`snapshotEr`), and whether it is the file's reported one. */
  er: (number | null)[];
  erReported: boolean[];
}

/** The account's history as chart points: its snapshots, one a day (a unique index keeps it so), in day order. */
export function historyPoints(snapshots: AccountView['snapshots']): HistoryPoints {
  const ers = snapshots.map(snapshotEr);
  return { days: snapshots.map((s) => dayNumber(s.asOf)), followers: snapshots.map((s) => s.followers), er: ers.map((e) => e.value), erReported: ers.map((e) => e.reported) };
}
