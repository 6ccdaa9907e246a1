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
