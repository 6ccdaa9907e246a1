import { divide, notComputable, ok, type Computed } from './results';

/** A dated follower count (ISO date, YYYY-MM-DD), e.g. from a monthly import. */
export interface FollowerSnapshot {
  readonly date: string;
  readonly followers: number;
}

/**
 * Intervals shorter than a week are scaled as if they were a week, so that day-to-day
 * noise on small accounts does not extrapolate into a "spike".
 */
export const MIN_GROWTH_WINDOW_DAYS = 7;
/** The vetting checklist asks for the growth trend over 3–6 months. */
export const GROWTH_TREND_MIN_DAYS = 90;
export const GROWTH_TREND_MAX_DAYS = 183;

const DAY_MS = 86_400_000;

// The last answer, because an import dates every account's first snapshot the same day.
let lastDate: string | undefined;
let lastDay: number | undefined;

/** Days since 1970-01-01 for a valid ISO calendar date (time part ignored), else undefined. */
export function isoDateToDay(date: string): number | undefined {
  if (date === lastDate) return lastDay;
  const day = parseIsoDay(date);
  lastDate = date;
  lastDay = day;
  return day;
}

function parseIsoDay(date: string): number | undefined {
  const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2025-02-30 over into March; a real date survives the round trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(ms / DAY_MS);
}

export interface DatedCount {
  readonly date: string;
  readonly day: number;
  readonly followers: number;
}

/** Valid snapshots in date order (input order kept for equal dates), and how many were dropped as invalid. */
export function orderedSnapshots(snapshots: readonly FollowerSnapshot[]): { readonly valid: DatedCount[]; readonly invalid: number } {
  const valid: DatedCount[] = [];
  for (const s of snapshots) {
    const day = isoDateToDay(s.date);
    if (day !== undefined && Number.isFinite(s.followers) && s.followers >= 0) valid.push({ date: s.date.slice(0, 10), day, followers: s.followers });
  }
  valid.sort((a, b) => a.day - b.day);
  return { valid, invalid: snapshots.length - valid.length };
}

export interface GrowthInterval {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly fromFollowers: number;
  readonly toFollowers: number;
  readonly growth: Computed;
  readonly monthlyGrowth: Computed;
}

function interval(a: DatedCount, b: DatedCount): GrowthInterval {
  const days = b.day - a.day;
  const growth = divide(b.followers - a.followers, a.followers, 'growth.period', 'zeroFollowers');
  let monthlyGrowth: Computed;
  if (days === 0) monthlyGrowth = notComputable('zeroDays', 'growth.monthly');
  else if (!growth.computable) monthlyGrowth = { ...growth, formula: 'growth.monthly' };
  else {
    const monthly = (growth.value * 30) / Math.max(days, MIN_GROWTH_WINDOW_DAYS);
    monthlyGrowth = Number.isFinite(monthly) ? ok(monthly, 'growth.monthly') : notComputable('outOfRange', 'growth.monthly');
  }
  return { from: a.date, to: b.date, days, fromFollowers: a.followers, toFollowers: b.followers, growth, monthlyGrowth };
}

/** Growth between each pair of consecutive snapshots, in date order. */
export function growthIntervals(snapshots: readonly FollowerSnapshot[]): GrowthInterval[] {
  const { valid } = orderedSnapshots(snapshots);
  const intervals: GrowthInterval[] = [];
  for (let i = 1; i < valid.length; i++) intervals.push(interval(valid[i - 1]!, valid[i]!));
  return intervals;
}

export type GrowthTrend =
  | (GrowthInterval & { readonly computable: true })
  | { readonly computable: false; readonly reason: 'tooShortHistory' | 'zeroFollowers' | 'outOfRange' };

/**
 * Growth from the earliest snapshot 3–6 months before the latest one to the latest:
 * the longest window the checklist allows, so a single odd month weighs least.
 */
export function growthTrend(snapshots: readonly FollowerSnapshot[]): GrowthTrend {
  const { valid } = orderedSnapshots(snapshots);
  const latest = valid[valid.length - 1];
  if (!latest) return { computable: false, reason: 'tooShortHistory' };
  const start = valid.find((s) => latest.day - s.day <= GROWTH_TREND_MAX_DAYS && latest.day - s.day >= GROWTH_TREND_MIN_DAYS);
  if (!start) return { computable: false, reason: 'tooShortHistory' };
  const result = interval(start, latest);
  if (!result.growth.computable) return { computable: false, reason: result.growth.reason === 'zeroFollowers' ? 'zeroFollowers' : 'outOfRange' };
  return { ...result, computable: true };
}
