import { effectiveDataSet, type BenchmarkOverrides } from '@shared/benchmarks/benchmark-overrides';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import type { Computed, Money } from '@shared/calc';

export const ds: BenchmarkDataSet = defaultBenchmarks;

export function withOverrides(overrides: BenchmarkOverrides): BenchmarkDataSet {
  return effectiveDataSet(defaultBenchmarks, overrides);
}

export function usd(amount: number): Money {
  return { amount, currency: 'USD' };
}

export function eur(amount: number): Money {
  return { amount, currency: 'EUR' };
}

/** The value of a computed figure, failing the test with the reason when it was not computable. */
export function valueOf<T>(result: Computed<T>): T {
  if (!result.computable) throw new Error(`not computable: ${result.reason} (${result.formula})`);
  return result.value;
}

/** Paths of every number in a value that is NaN or ±Infinity. */
export function nonFiniteNumbers(value: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`, seen));
}

/** Benchmark keys a result reports: `value` keys (benchmarkKey/benchmarkKeys) and all keys (plus tierKeys). */
export function reportedKeys(value: unknown): { valueKeys: Set<string>; allKeys: Set<string> } {
  const valueKeys = new Set<string>();
  const allKeys = new Set<string>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      if ((k === 'benchmarkKey' || k === 'benchmarkKeys' || k === 'tierKeys') && child !== null) {
        const keys = Array.isArray(child) ? (child as string[]) : [child as string];
        for (const key of keys) {
          allKeys.add(key);
          if (k !== 'tierKeys') valueKeys.add(key);
        }
      }
      walk(child);
    }
  };
  walk(value);
  return { valueKeys, allKeys };
}
