import { engagementRateByFollowers } from '@shared/calc/engagement';
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

/** A snapshot's ER by followers; null where likes or comments were not recorded (a gap, not a zero). */
export function snapshotEr(s: AccountView['snapshots'][number]): number | null {
  const rate = engagementRateByFollowers({ ...(s.avgLikes !== null ? { likes: s.avgLikes } : {}), ...(s.avgComments !== null ? { comments: s.avgComments } : {}) }, s.followers);
  return rate.computable ? rate.value : null;
}

export interface HistoryPoints {
  days: number[];
  followers: number[];
  /** ER by followers per point (`snapshotEr`). */
  er: (number | null)[];
}

/** The account's history as chart points: its snapshots, one a day (a unique index keeps it so), in day order. */
export function historyPoints(snapshots: AccountView['snapshots']): HistoryPoints {
  return { days: snapshots.map((s) => dayNumber(s.asOf)), followers: snapshots.map((s) => s.followers), er: snapshots.map(snapshotEr) };
}
