import { isRange, type BenchmarkDataSet, type BenchmarkFigure } from '../benchmarks/benchmark-schema';

/** Where a number came from, so the UI can say "benchmark X, source Y (year)". */
export interface FigureRef {
  readonly benchmarkKey: string;
  /** Key into the data set's `sources`. */
  readonly source: string;
  readonly year: number;
}

export interface NumberFigure extends FigureRef {
  readonly value: number;
}

export interface RangeFigure extends FigureRef {
  readonly low: number;
  readonly high: number;
}

// Data sets are treated as immutable (overrides produce a new one), so an index per
// figures array is safe and keeps lookups cheap in hot paths such as the allocation.
const indexCache = new WeakMap<readonly BenchmarkFigure[], ReadonlyMap<string, BenchmarkFigure>>();

// And the last one used, without the WeakMap lookup: an import reads one data set throughout.
let lastFigures: readonly BenchmarkFigure[] | undefined;
let lastIndex: ReadonlyMap<string, BenchmarkFigure> = new Map();

function indexOf(dataSet: BenchmarkDataSet): ReadonlyMap<string, BenchmarkFigure> {
  if (dataSet.figures === lastFigures) return lastIndex;
  let index = indexCache.get(dataSet.figures);
  if (!index) {
    index = new Map(dataSet.figures.map((f) => [f.key, f]));
    indexCache.set(dataSet.figures, index);
  }
  lastFigures = dataSet.figures;
  lastIndex = index;
  return index;
}

export function findFigure(dataSet: BenchmarkDataSet, key: string): BenchmarkFigure | undefined {
  return indexOf(dataSet).get(key);
}

/** A single-number figure; undefined when absent, a range, or not finite (callers then say `noBenchmark`/`missingData`). */
export function numberFigure(dataSet: BenchmarkDataSet, key: string): NumberFigure | undefined {
  const figure = findFigure(dataSet, key);
  if (!figure || isRange(figure.value) || !Number.isFinite(figure.value)) return undefined;
  return { benchmarkKey: key, source: figure.source, year: figure.year, value: figure.value };
}

/**
 * A range figure. A single number reads as a range of one point, so a data set
 * that simplifies a range still works; a reversed range is read in order.
 */
export function rangeFigure(dataSet: BenchmarkDataSet, key: string): RangeFigure | undefined {
  const figure = findFigure(dataSet, key);
  if (!figure) return undefined;
  const low = isRange(figure.value) ? figure.value.low : figure.value;
  const high = isRange(figure.value) ? figure.value.high : figure.value;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  return { benchmarkKey: key, source: figure.source, year: figure.year, low: Math.min(low, high), high: Math.max(low, high) };
}

export function midpoint(range: { readonly low: number; readonly high: number }): number {
  return range.low / 2 + range.high / 2;
}
