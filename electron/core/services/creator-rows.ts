import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { FollowerSnapshot } from '@shared/calc/growth';
import type { Platform } from '@shared/calc/tiers';
import { primaryDeliverable } from '@shared/calc/pricing';
import { accountMetrics, type AccountMetricsInput } from '@shared/creators/account-metrics';
import { vetCreatorSubject } from '@shared/creators/creator-vetting';
import { foldForSearch } from '@shared/text/fold';
import {
  audienceSchema,
  handleKey,
  rateCardEntrySchema,
  vettingAnswerSchema,
  type AccountView,
  type CreatorDetail,
  type ExportRow,
  type RosterRow,
  type ValidCreatorInput,
  type VettingAnswer,
} from '@shared/domain/creators';
import { z } from 'zod';
import type { CreatorAccountRow, CreatorRow, MetricSnapshotRow, NewCreatorRow, NewMetricSnapshotRow } from '../db/schema';

/** Rows ↔ domain objects for creators. Pure: no database access here. */

// Built once: building a zod schema costs more than parsing a small value with it, and the
// vetting score parses answers and audience for every creator an import or refresh touches.
const stringList = z.array(z.string());
const answersByItem = z.record(z.string(), vettingAnswerSchema);
const audienceOrNull = audienceSchema.nullable();
const rateCardList = z.array(rateCardEntrySchema);

function parseJson<T>(text: string | null, schema: z.ZodType<T>, fallback: T): T {
  if (text === null) return fallback;
  const parsed = schema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : fallback;
}

/** A stored list (niches, tags, languages: a JSON array of strings); empty when unreadable. */
export function storedList(json: string | null): string[] {
  return parseJson(json, stringList, []);
}

export function vettingAnswers(row: Pick<CreatorRow, 'vetting_json'>): Record<string, VettingAnswer> {
  return parseJson(row.vetting_json, answersByItem, {});
}

export function creatorRowValues(input: ValidCreatorInput, now: string): Omit<NewCreatorRow, 'created_at' | 'is_demo' | 'vetting_json'> {
  return {
    name: input.name,
    status: input.status,
    country: input.country,
    city: input.city,
    languages_json: JSON.stringify(input.languages),
    niches_json: JSON.stringify(input.niches),
    tags_json: JSON.stringify(input.tags),
    email: input.email,
    phone: input.phone,
    agent: input.agent,
    accepts_product_only: input.acceptsProductOnly ? 1 : 0,
    audience_json: input.audience ? JSON.stringify(input.audience) : null,
    rate_card_json: JSON.stringify(input.rateCard),
    notes: input.notes,
    updated_at: now,
  };
}

/** The creator's columns repeated on each account row, for single-table roster queries. */
export function accountCreatorColumns(creator: Pick<CreatorRow, 'name' | 'status' | 'country' | 'city' | 'niches_json' | 'vetting_score' | 'is_demo' | 'deleted_at'>) {
  return creatorListColumns(creator, storedList(creator.niches_json));
}

/** The same, with the niches already at hand as a list (an import builds them; parsing them back cost it a zod parse per creator). */
export function creatorListColumns(creator: Pick<CreatorRow, 'name' | 'status' | 'country' | 'city' | 'vetting_score' | 'is_demo' | 'deleted_at'>, niches: readonly string[]) {
  return {
    creator_name: creator.name,
    creator_status: creator.status,
    country: creator.country,
    city: creator.city,
    location_key: foldForSearch(`${creator.country ?? ''} ${creator.city ?? ''}`),
    niches_key: niches.length ? `|${niches.map(foldForSearch).join('|')}|` : '',
    vetting_score: creator.vetting_score,
    is_demo: creator.is_demo,
    deleted: creator.deleted_at === null ? 0 : 1,
  };
}

export function searchKey(name: string, handle: string, tags: readonly string[]): string {
  return foldForSearch([name, handle, `@${handle}`, ...tags].join(' '));
}

/** An account's figures as the core reads them (the same shape as the core's input). */
export type AccountFigures = AccountMetricsInput;

/** An account's figure columns, from its figures. */
export function accountFigureColumns(figures: Omit<AccountFigures, 'platform'>) {
  return {
    followers: figures.followers,
    avg_likes: figures.avgLikes,
    avg_comments: figures.avgComments,
    avg_shares: figures.avgShares,
    avg_saves: figures.avgSaves,
    avg_views: figures.avgViews,
  };
}

/** A dated snapshot of an account's figures, as stored; with the ER a file reported for that day, when it did. */
export function snapshotRow(
  accountId: number,
  asOf: string,
  figures: Omit<AccountFigures, 'platform'> & { readonly engagementRate?: number | null },
  source: string,
  createdAt: string,
): NewMetricSnapshotRow {
  return { account_id: accountId, as_of: asOf, ...accountFigureColumns(figures), er_reported: figures.engagementRate ?? null, source, created_at: createdAt };
}

/**
 * Tier, ER and flags as stored for the roster, from the effective benchmarks. The ER is computed
 * from likes and comments, else the one the import reported, and `er_source` says which.
 */
export function derivedAccountColumns(
  dataSet: BenchmarkDataSet,
  account: AccountFigures,
  snapshots: FollowerSnapshot[],
  audienceAuthenticityScore: number | null,
  erReported: number | null = null,
): Pick<CreatorAccountRow, 'tier' | 'er_followers' | 'er_verdict' | 'er_source' | 'flag_count'> {
  const metrics = accountMetrics(dataSet, account, { snapshots, audienceAuthenticityScore, erReported });
  return {
    tier: metrics.tier,
    er_followers: metrics.er.computable ? metrics.er.value : null,
    er_verdict: metrics.comparison.computable ? metrics.comparison.verdict : null,
    er_source: metrics.er.computable ? (metrics.erReported ? 'reported' : 'computed') : null,
    flag_count: metrics.authenticity.flags.length,
  };
}

export function audienceScoreOf(row: Pick<CreatorRow, 'audience_json'>): number | null {
  return parseJson(row.audience_json, audienceOrNull, null)?.authenticityScore ?? null;
}

export function toFollowerSnapshots(rows: readonly Pick<MetricSnapshotRow, 'as_of' | 'followers'>[]): FollowerSnapshot[] {
  return rows.map((s) => ({ date: s.as_of, followers: s.followers }));
}

/** Overall vetting score (0–1) from the user's answers and what the data says, on the largest account. */
export function vettingScore(
  dataSet: BenchmarkDataSet,
  creator: Pick<CreatorRow, 'vetting_json' | 'audience_json'>,
  accounts: readonly CreatorAccountRow[],
  snapshots: readonly Pick<MetricSnapshotRow, 'account_id' | 'as_of' | 'followers'>[],
): number {
  return vetCreatorSubject(dataSet, {
    vetting: vettingAnswers(creator),
    audienceAuthenticityScore: audienceScoreOf(creator),
    accounts: accounts.map((a) => ({
      platform: a.platform as Platform,
      followers: a.followers,
      avgLikes: a.avg_likes,
      avgComments: a.avg_comments,
      erReported: a.er_reported,
      snapshots: snapshots.filter((s) => s.account_id === a.id).map((s) => ({ asOf: s.as_of, followers: s.followers })),
    })),
  }).overall;
}

export function toCreatorDetail(row: CreatorRow, accounts: readonly CreatorAccountRow[], snapshots: readonly MetricSnapshotRow[]): CreatorDetail {
  return {
    id: row.id,
    name: row.name,
    status: row.status as CreatorDetail['status'],
    country: row.country,
    city: row.city,
    languages: storedList(row.languages_json),
    niches: storedList(row.niches_json),
    tags: storedList(row.tags_json),
    email: row.email,
    phone: row.phone,
    agent: row.agent,
    acceptsProductOnly: row.accepts_product_only === 1,
    audience: parseJson(row.audience_json, audienceOrNull, null),
    rateCard: parseJson(row.rate_card_json, rateCardList, []),
    notes: row.notes,
    vetting: vettingAnswers(row),
    vettingScore: row.vetting_score,
    isDemo: row.is_demo === 1,
    deleted: row.deleted_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    accounts: accounts.map((a) => ({
      id: a.id,
      platform: a.platform as Platform,
      handle: a.handle,
      profileUrl: a.profile_url,
      followers: a.followers,
      avgLikes: a.avg_likes,
      avgComments: a.avg_comments,
      avgShares: a.avg_shares,
      avgSaves: a.avg_saves,
      avgViews: a.avg_views,
      postsPerWeek: a.posts_per_week,
      tier: a.tier,
      erFollowers: a.er_followers,
      erVerdict: a.er_verdict,
      erReported: a.er_reported,
      erSource: a.er_source as AccountView['erSource'],
      sourceFile: a.source_file,
      flagCount: a.flag_count,
      snapshots: snapshots
        .filter((s) => s.account_id === a.id)
        .map((s) => ({
          asOf: s.as_of,
          followers: s.followers,
          avgLikes: s.avg_likes,
          avgComments: s.avg_comments,
          avgShares: s.avg_shares,
          avgSaves: s.avg_saves,
          avgViews: s.avg_views,
          erReported: s.er_reported,
          source: s.source,
        })),
    })),
  };
}

export function toRosterRow(row: CreatorAccountRow): RosterRow {
  return {
    accountId: row.id,
    creatorId: row.creator_id,
    name: row.creator_name,
    status: row.creator_status as RosterRow['status'],
    platform: row.platform as Platform,
    handle: row.handle,
    followers: row.followers,
    tier: row.tier,
    erFollowers: row.er_followers,
    erVerdict: row.er_verdict,
    erSource: row.er_source as RosterRow['erSource'],
    country: row.country,
    city: row.city,
    vettingScore: row.vetting_score,
    flagCount: row.flag_count,
    figuresAsOf: row.figures_as_of,
    isDemo: row.is_demo === 1,
  };
}

/** An account of the exported view with what the import reads of it and its creator. */
export function toExportRow(row: CreatorAccountRow, creator: CreatorRow): ExportRow {
  const platform = row.platform as Platform;
  const fee = parseJson(creator.rate_card_json, rateCardList, []).find((r) => r.platform === platform && r.deliverable === primaryDeliverable[platform]);
  return {
    ...toRosterRow(row),
    profileUrl: row.profile_url,
    email: creator.email,
    phone: creator.phone,
    niches: storedList(creator.niches_json),
    tags: storedList(creator.tags_json),
    languages: storedList(creator.languages_json),
    agent: creator.agent,
    notes: creator.notes,
    avgLikes: row.avg_likes,
    avgComments: row.avg_comments,
    avgShares: row.avg_shares,
    avgSaves: row.avg_saves,
    avgViews: row.avg_views,
    postsPerWeek: row.posts_per_week,
    ratePerPost: fee ? { amount: fee.amount, currency: fee.currency } : null,
    acceptsProductOnly: creator.accepts_product_only === 1,
    audienceAuthenticity: audienceScoreOf(creator),
  };
}

export { handleKey };
