import { benchmarksContracts } from '@shared/api/benchmarks.contract';
import type { BenchmarksService } from '../services/benchmarks.service';
import { createTypedHandler } from './typed-handler';

export function benchmarksHandlers(benchmarks: BenchmarksService) {
  return {
    'benchmarks:get': createTypedHandler(benchmarksContracts['benchmarks:get'], () => benchmarks.get()),
    'benchmarks:override': createTypedHandler(benchmarksContracts['benchmarks:override'], ({ values }) => benchmarks.override(values)),
    'benchmarks:reset': createTypedHandler(benchmarksContracts['benchmarks:reset'], (request) => benchmarks.reset(request)),
  };
}
