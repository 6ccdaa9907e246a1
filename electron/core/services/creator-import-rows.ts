import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { accountEngagementRate } from '@shared/calc/engagement';
import { primaryDeliverable } from '@shared/calc/pricing';
import type { ImportRow } from '@shared/domain/creator-import';
import { handleKey, type RateCardEntry } from '@shared/domain/creators';
import { accountFigureColumns, derivedAccountColumns } from './creator-rows';

/** An import row's values as stored, shared by the import's new-creator and existing-creator paths. Pure. */

/** Statuses as agencies write them in their sheets, English and Dutch. */
export { knownStatus, statusOf } from '@shared/domain/creator-status-words';

/** The limits of a creator (as in `creatorInputSchema`), so an imported creator can still be edited. */
export const maxAccounts = 10;
export { maxTags } from '@shared/domain/creators';
export const maxNotes = 20_000;

export { nameKey } from '@shared/domain/creator-names';
export const accountKey = (platform: string, handle: string) => `${platform}:${handleKey(handle)}`;

export function union(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const item of list) if (!seen.has(item.toLowerCase())) seen.set(item.toLowerCase(), item);
  return [...seen.values()];
}

/** The day a row's figures were measured: its own "figures as of" cell, else the file's day. */
export function figuresDay(row: ImportRow, fileDay: string): string {
  return row.figuresAsOf ?? fileDay;
}

/** Rows oldest day first (ISO days compare as text); rows of one day keep their order. */
export function byFiguresDay(fileDay: string): (a: ImportRow, b: ImportRow) => number {
  return (a, b) => {
    const [dayA, dayB] = [figuresDay(a, fileDay), figuresDay(b, fileDay)];
    return dayA < dayB ? -1 : dayA > dayB ? 1 : 0;
  };
}

export function figuresOf(row: ImportRow) {
  return {
    platform: row.platform,
    followers: row.followers,
    avgLikes: row.avgLikes,
    avgComments: row.avgComments,
    avgShares: row.avgShares,
    avgSaves: row.avgSaves,
    avgViews: row.avgViews,
  };
}

export function rateCardOf(rows: readonly ImportRow[], currency: string): RateCardEntry[] {
  return rows.flatMap((r) => (r.ratePerPostMinor === null ? [] : [{ deliverable: primaryDeliverable[r.platform], platform: r.platform, amount: r.ratePerPostMinor, currency: r.rateCurrency ?? currency }]));
}

/**
 * The ER a file reports, where it is the account's ER: not when likes and comments give one
 * (`accountEngagementRate` computes it then and the file's is never used), so such a row, or
 * Microplan's own export imported back, keeps no reported ER beside the computed one.
 */
export function reportedEr(figures: Pick<ImportRow, 'followers' | 'avgLikes' | 'avgComments' | 'engagementRate'>): number | null {
  if (figures.engagementRate === null) return null;
  const post = { ...(figures.avgLikes !== null ? { likes: figures.avgLikes } : {}), ...(figures.avgComments !== null ? { comments: figures.avgComments } : {}) };
  return accountEngagementRate([post], figures.followers).er.computable ? null : figures.engagementRate;
}

/** A new account's own columns from its row (the creator's list columns and search key come from the creator). */
export function accountRowFor(row: ImportRow, fileName: string, dataSet: BenchmarkDataSet, audienceScore: number | null, asOf: string) {
  return {
    platform: row.platform,
    handle: row.handle,
    handle_key: handleKey(row.handle),
    profile_url: row.profileUrl,
    ...accountFigureColumns(row),
    posts_per_week: row.postsPerWeek,
    er_reported: reportedEr(row),
    source_file: fileName,
    figures_as_of: asOf,
    ...derivedAccountColumns(dataSet, figuresOf(row), [{ date: asOf, followers: row.followers }], audienceScore, reportedEr(row)),
  };
}
