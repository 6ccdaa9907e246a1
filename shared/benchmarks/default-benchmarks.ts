import raw from '../../resources/benchmarks/default-benchmarks.json';
import { benchmarkDataSetSchema, type BenchmarkDataSet } from './benchmark-schema';

/** The shipped defaults, validated once when first imported so a broken data file fails loudly. */
export const defaultBenchmarks: BenchmarkDataSet = benchmarkDataSetSchema.parse(raw);
