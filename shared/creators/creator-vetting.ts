import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import type { Platform } from '../calc/tiers';
import { vetCreator, type ItemStatus, type VettingItemId, type VettingResult } from '../calc/vetting';
import type { VettingAnswer } from '../domain/creators';

export interface VettingSubject {
  vetting: Readonly<Record<string, VettingAnswer>>;
  audienceAuthenticityScore: number | null;
  accounts: readonly {
    platform: Platform;
    /** Only to say which account was judged; the import's scoring has no need of it. */
    handle?: string;
    followers: number;
    avgLikes: number | null;
    avgComments: number | null;
    /** An ER an import reported (formula unknown); judged when likes and comments give none. */
    erReported?: number | null;
    snapshots: readonly { asOf: string; followers: number }[];
  }[];
}

/** The account whose figures answered the items with scope `account`. */
export interface JudgedAccount {
  readonly platform: Platform;
  readonly handle: string | null;
  readonly followers: number;
}

export interface CreatorVetting extends VettingResult {
  /** Null when the creator has no account (then no item has scope `account`). */
  readonly judgedAccount: JudgedAccount | null;
}

/**
 * The checklist for a creator: the user's answers over what the data says about the
 * largest account (the one a brand mostly pays for), which the result names so a page can
 * say which account an ER or growth item is about. "Unknown" is not an answer: it leaves the
 * item to the data. The backend stores the overall score from this; the creator page shows the detail.
 */
export function vetCreatorSubject(dataSet: BenchmarkDataSet, subject: VettingSubject): CreatorVetting {
  const answers: Partial<Record<VettingItemId, ItemStatus>> = {};
  for (const [id, answer] of Object.entries(subject.vetting)) if (answer.status !== 'unknown') answers[id as VettingItemId] = answer.status;
  const main = [...subject.accounts].sort((a, b) => b.followers - a.followers)[0];
  if (!main) return { ...vetCreator(dataSet, { answers }), judgedAccount: null };
  const result = vetCreator(dataSet, {
    answers,
    data: {
      platform: main.platform,
      followers: main.followers,
      posts: [{ ...(main.avgLikes !== null ? { likes: main.avgLikes } : {}), ...(main.avgComments !== null ? { comments: main.avgComments } : {}) }],
      snapshots: main.snapshots.map((s) => ({ date: s.asOf, followers: s.followers })),
      platforms: [...new Set(subject.accounts.map((a) => a.platform))],
      ...(subject.audienceAuthenticityScore !== null ? { audienceAuthenticityScore: subject.audienceAuthenticityScore } : {}),
      ...(main.erReported !== undefined && main.erReported !== null ? { reportedEr: main.erReported } : {}),
    },
  });
  return { ...result, judgedAccount: { platform: main.platform, handle: main.handle ?? null, followers: main.followers } };
}
