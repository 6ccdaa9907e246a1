import { vetCreatorSubject } from '@shared/creators/creator-vetting';
import type { ImportRow } from '@shared/domain/creator-import';
import type { RateCardEntry } from '@shared/domain/creators';
import type { NewCreatorAccountRow, NewCreatorRow, NewMetricSnapshotRow } from '../db/schema';
import type { ImportContext } from './creator-import-existing';
import { accountRowFor, byFiguresDay, figuresDay, figuresOf, maxNotes, maxTags, rateCardOf, reportedEr, statusOf, union } from './creator-import-rows';
import { creatorListColumns, searchKey, snapshotRow } from './creator-rows';

/** The rows of one new creator: the creator, its accounts (ids consecutive) and their first snapshots. */
export interface NewCreatorRows {
  creator: NewCreatorRow & { id: number };
  accounts: (NewCreatorAccountRow & { id: number })[];
  snapshots: NewMetricSnapshotRow[];
}

/**
 * A new creator from the file's rows of one person (one creator id, else one name, in the file; at most ten), worked
 * out in memory for the bulk writer. Pure. Runs once per new creator of an import, 100,000 times
 * for a large file, so it builds each row once, whole, from values it already has (the niches as
 * a list, not parsed back from their JSON).
 */
export function newCreatorRows(rows: readonly ImportRow[], creatorId: number, firstAccountId: number, context: ImportContext): NewCreatorRows {
  const { fileName, currency, dataSet, stamp, asOf } = context;
  // The creator's details are those of its newest row (a day of its own can make a later line older).
  const oldestFirst = byFiguresDay(asOf);
  const newestFirst = rows.length === 1 ? rows : [...rows].sort((a, b) => oldestFirst(b, a));
  const first = newestFirst[0]!;
  // The CSV core keeps each list item once (case ignored), so one row's lists need no merging.
  const merged = (list: (row: ImportRow) => readonly string[]) => (rows.length === 1 ? [...list(first)] : union(...rows.map(list))).slice(0, maxTags);
  const tags = merged((r) => r.tags);
  const niches = merged((r) => r.niches);
  const audienceScore = newestFirst.find((r) => r.audienceAuthenticity !== null)?.audienceAuthenticity ?? null;
  // The newest row that names the creator: rows grouped by a creator id need not all give a name.
  const name = newestFirst.find((r) => r.name)?.name ?? `@${first.handle}`;
  const vettingScore = vetCreatorSubject(dataSet, {
    vetting: {},
    audienceAuthenticityScore: audienceScore,
    accounts: rows.map((r) => ({ ...figuresOf(r), erReported: reportedEr(r), snapshots: [{ asOf: figuresDay(r, asOf), followers: r.followers }] })),
  }).overall;
  const creator = {
    id: creatorId,
    name,
    status: statusOf(first.status),
    country: first.country,
    city: first.city ?? first.location,
    languages_json: JSON.stringify(merged((r) => r.languages)),
    niches_json: JSON.stringify(niches),
    tags_json: JSON.stringify(tags),
    email: newestFirst.find((r) => r.email)?.email ?? null,
    phone: newestFirst.find((r) => r.phone)?.phone ?? null,
    agent: newestFirst.find((r) => r.agent)?.agent ?? null,
    accepts_product_only: rows.some((r) => r.acceptsProductOnly) ? 1 : 0,
    audience_json: audienceScore === null ? null : JSON.stringify({ ageBands: {}, genderSplit: null, topCountries: [], authenticityScore: audienceScore }),
    // One fee per platform and deliverable, the newest row's; each note once (Microplan's own
    // export writes a creator's fee and notes on every account row of that creator).
    rate_card_json: JSON.stringify(rows.length === 1 ? rateCardOf(rows, currency) : oneFeeEach(rateCardOf(newestFirst, currency))),
    notes: rows.length === 1 ? (first.notes ?? '').slice(0, maxNotes) : [...new Set(rows.map((r) => r.notes).filter(Boolean))].join('\n').slice(0, maxNotes),
    vetting_json: '{}',
    vetting_score: vettingScore,
    is_demo: 0,
    deleted_at: null,
    created_at: stamp,
    updated_at: stamp,
  } satisfies NewCreatorRows['creator'];
  const listColumns = creatorListColumns(creator, niches);
  const accounts: NewCreatorRows['accounts'] = [];
  const snapshots: NewMetricSnapshotRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const id = firstAccountId + i;
    const day = figuresDay(row, asOf);
    accounts.push({ id, creator_id: creatorId, ...accountRowFor(row, fileName, dataSet, audienceScore, day), search_key: searchKey(name, row.handle, tags), ...listColumns });
    snapshots.push(snapshotRow(id, day, { ...row, engagementRate: reportedEr(row) }, fileName, stamp));
  }
  return { creator, accounts, snapshots };
}

/** The first entry per platform and deliverable of a rate card listed newest first. */
function oneFeeEach(entries: readonly RateCardEntry[]): RateCardEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.platform}:${e.deliverable}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
