import { effectiveDataSet } from '@shared/benchmarks/benchmark-overrides';
import { benchmarkValueSchema, type BenchmarkDataSet, type BenchmarkValue } from '@shared/benchmarks/benchmark-schema';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import type { Db } from '../db/database';
import { listBenchmarkOverrides } from '../repos/benchmark-overrides.repo';

/** The user's stored overrides; a value that no longer parses is skipped, not fatal. */
export async function loadOverrides(db: Db): Promise<Record<string, BenchmarkValue>> {
  const overrides: Record<string, BenchmarkValue> = {};
  for (const row of await listBenchmarkOverrides(db)) {
    const parsed = benchmarkValueSchema.safeParse(JSON.parse(row.value_json));
    if (parsed.success) overrides[row.figure_key] = parsed.data;
  }
  return overrides;
}

/** The figures every computation uses: shipped defaults with the user's overrides applied. */
export async function loadEffectiveBenchmarks(db: Db, dataSet: BenchmarkDataSet = defaultBenchmarks): Promise<BenchmarkDataSet> {
  return effectiveDataSet(dataSet, await loadOverrides(db));
}
