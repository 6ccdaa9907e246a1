import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { Db } from '../db/database';
import { derivedRulesVersion, setDerivedRulesVersion } from '../repos/derived-rules.repo';
import { loadEffectiveBenchmarks } from './effective-benchmarks';

/**
 * Version of the rules behind the roster's stored figures (account tier, ER and verdict, flag
 * count; creator vetting score). Bump it with any change to shared/calc or shared/creators
 * that changes what those columns hold for the same data: every workspace then recomputes them
 * once, at its next start, so the roster (stored) and the creator page (computed live) agree.
 *
 * 1: an ER at or above the engagement-pods threshold no longer passes the vetting item
 *    "ER meets the benchmark" (it is unknown), which lowers those creators' scores.
 * 2: an ER an import reported (no likes and comments to compute one) is judged everywhere the
 *    roster already showed it: the vetting item "ER meets the benchmark" and the pods flag.
 */
export const ROSTER_RULES_VERSION = 2;
const ROSTER = 'roster';

/**
 * Recomputes the roster's derived columns when they were computed by older rules, in one
 * transaction with the effective benchmarks, and records the version. True when it did.
 * `refresh` is `creators.refreshDerived`, the same pass a benchmark change runs.
 */
export async function refreshIfRulesChanged(
  db: Db,
  refresh: (trx: Db, dataSet: BenchmarkDataSet) => Promise<void>,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if ((await derivedRulesVersion(trx, ROSTER)) >= ROSTER_RULES_VERSION) return false;
    await refresh(trx, await loadEffectiveBenchmarks(trx));
    await setDerivedRulesVersion(trx, ROSTER, ROSTER_RULES_VERSION, now().toISOString());
    return true;
  });
}
