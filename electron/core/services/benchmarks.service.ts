import type { BenchmarksView } from '@shared/api';
import { applyOverrides, effectiveDataSet, validateOverrides, type BenchmarkOverrides } from '@shared/benchmarks/benchmark-overrides';
import type { BenchmarkDataSet, BenchmarkValue } from '@shared/benchmarks/benchmark-schema';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import type { Db } from '../db/database';
import { deleteAllBenchmarkOverrides, deleteBenchmarkOverrides, upsertBenchmarkOverride } from '../repos/benchmark-overrides.repo';
import { DomainError } from './domain-error';
import { loadOverrides } from './effective-benchmarks';

/** Runs inside the same transaction after figures change, so figures derived from them (tiers, ER verdicts) follow. */
export type BenchmarksChanged = (trx: Db, effective: BenchmarkDataSet) => Promise<void>;

function toView(dataSet: BenchmarkDataSet, overrides: BenchmarkOverrides): BenchmarksView {
  const figures = applyOverrides(dataSet, overrides);
  return { ...dataSet, figures, overrideCount: figures.filter((f) => f.overridden).length };
}

function refuse(issues: ReturnType<typeof validateOverrides>): never {
  const first = issues[0]!;
  throw new DomainError('invalid_input', first.message, issues);
}

/**
 * The benchmark figures the product computes with: shipped defaults with the
 * user's overrides stored as a separate layer, so newer defaults never erase them.
 */
export function createBenchmarksService(
  db: Db,
  dataSet: BenchmarkDataSet = defaultBenchmarks,
  now: () => Date = () => new Date(),
  onChanged: BenchmarksChanged = async () => {},
) {
  async function get(): Promise<BenchmarksView> {
    return toView(dataSet, await loadOverrides(db));
  }

  async function override(values: Record<string, BenchmarkValue>): Promise<BenchmarksView> {
    return db.transaction().execute(async (trx) => {
      const stored = await loadOverrides(trx);
      const issues = validateOverrides(dataSet, stored, values);
      if (issues.length > 0) refuse(issues);
      const updatedAt = now().toISOString();
      for (const [key, value] of Object.entries(values)) {
        await upsertBenchmarkOverride(trx, { figure_key: key, value_json: JSON.stringify(value), updated_at: updatedAt });
      }
      const next = { ...stored, ...values };
      await onChanged(trx, effectiveDataSet(dataSet, next));
      return toView(dataSet, next);
    });
  }

  async function reset(request: { keys: string[] } | { all: true }): Promise<BenchmarksView> {
    return db.transaction().execute(async (trx) => {
      if ('all' in request) {
        await deleteAllBenchmarkOverrides(trx);
        await onChanged(trx, dataSet);
        return toView(dataSet, {});
      }
      const unknown = request.keys.filter((key) => !dataSet.figures.some((f) => f.key === key));
      if (unknown.length > 0) {
        refuse(unknown.map((key) => ({ field: key, rule: 'unknownFigure', message: `There is no benchmark figure ${key}` })));
      }
      const remaining = { ...(await loadOverrides(trx)) };
      for (const key of request.keys) delete remaining[key];
      // Resetting one tier bound can make it clash with another that stays overridden.
      // Overrides kept for figures this data set no longer has are not checked (or used).
      const known = Object.fromEntries(Object.entries(remaining).filter(([key]) => dataSet.figures.some((f) => f.key === key)));
      const issues = validateOverrides(dataSet, {}, known);
      if (issues.length > 0) refuse(issues.map((i) => ({ ...i, rule: 'resetLeavesConflict', message: `Resetting would leave a conflict: ${i.message}` })));
      await deleteBenchmarkOverrides(trx, request.keys);
      await onChanged(trx, effectiveDataSet(dataSet, remaining));
      return toView(dataSet, remaining);
    });
  }

  return { get, override, reset };
}
export type BenchmarksService = ReturnType<typeof createBenchmarksService>;
