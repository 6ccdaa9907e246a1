import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import type { Platform } from '../calc/tiers';
import { vetCreator, type ItemStatus, type VettingItemId, type VettingResult } from '../calc/vetting';
import type { VettingAnswer } from '../domain/creators';

export interface VettingSubject {
  vetting: Readonly<Record<string, VettingAnswer>>;
  audienceAuthenticityScore: number | null;
  accounts: readonly {
    platform: Platform;
    followers: number;
    avgLikes: number | null;
    avgComments: number | null;
    snapshots: readonly { asOf: string; followers: number }[];
  }[];
}

/**
 * The checklist for a creator: the user's answers over what the data says about the
 * largest account. "Unknown" is not an answer: it leaves the item to the data.
 * The backend stores the overall score from this; the creator page shows the detail.
 */
export function vetCreatorSubject(dataSet: BenchmarkDataSet, subject: VettingSubject): VettingResult {
  const answers: Partial<Record<VettingItemId, ItemStatus>> = {};
  for (const [id, answer] of Object.entries(subject.vetting)) if (answer.status !== 'unknown') answers[id as VettingItemId] = answer.status;
  const main = [...subject.accounts].sort((a, b) => b.followers - a.followers)[0];
  if (!main) return vetCreator(dataSet, { answers });
  return vetCreator(dataSet, {
    answers,
    data: {
      platform: main.platform,
      followers: main.followers,
      posts: [{ ...(main.avgLikes !== null ? { likes: main.avgLikes } : {}), ...(main.avgComments !== null ? { comments: main.avgComments } : {}) }],
      snapshots: main.snapshots.map((s) => ({ date: s.asOf, followers: s.followers })),
      platforms: [...new Set(subject.accounts.map((a) => a.platform))],
      ...(subject.audienceAuthenticityScore !== null ? { audienceAuthenticityScore: subject.audienceAuthenticityScore } : {}),
    },
  });
}
