import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { Db } from '../db/database';
import { derivedRulesVersion, setDerivedRulesVersion } from '../repos/derived-rules.repo';
import { plansComputedWithOtherBenchmarks } from '../repos/plans.repo';
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
  return refreshIfBehind(db, ROSTER, ROSTER_RULES_VERSION, refresh, now);
}

/**
 * Version of the rules behind a plan's stored figures (`results_json`, expected revenue and
 * ROAS, which the plans list shows and sorts by); bump it like `ROSTER_RULES_VERSION`.
 *
 * 1: a line's scenario whose price buys no content item forecasts nothing.
 * 2: a line whose expected price buys no content item is warned about (the stored warnings).
 */
export const PLAN_RULES_VERSION = 2;
const PLANS = 'plans';

/**
 * Computes every plan's stored figures again when older rules computed them, or when a plan was
 * computed with other benchmarks than those in effect (a release with new defaults): the list
 * then shows what the editor, comparison and printout compute. True when it did.
 */
export async function refreshPlansIfStale(
  db: Db,
  refresh: (trx: Db, dataSet: BenchmarkDataSet) => Promise<void>,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  return refreshIfBehind(db, PLANS, PLAN_RULES_VERSION, refresh, now, (trx, dataSet) => plansComputedWithOtherBenchmarks(trx, dataSet.version));
}

async function refreshIfBehind(
  db: Db,
  key: string,
  version: number,
  refresh: (trx: Db, dataSet: BenchmarkDataSet) => Promise<void>,
  now: () => Date,
  staleAnyway: (trx: Db, dataSet: BenchmarkDataSet) => Promise<boolean> = async () => false,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const dataSet = await loadEffectiveBenchmarks(trx);
    if ((await derivedRulesVersion(trx, key)) >= version && !(await staleAnyway(trx, dataSet))) return false;
    await refresh(trx, dataSet);
    await setDerivedRulesVersion(trx, key, version, now().toISOString());
    return true;
  });
}
