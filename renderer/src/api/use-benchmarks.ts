import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BenchmarksView } from '@shared/api';
import type { BenchmarkValue } from '@shared/benchmarks/benchmark-schema';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useBenchmarks() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.benchmarks, queryFn: () => api.benchmarks.get() });
}

export function useOverrideBenchmarks() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: Record<string, BenchmarkValue>) => api.benchmarks.override({ values }),
    onSuccess: (view: BenchmarksView) => {
      queryClient.setQueryData(queryKeys.benchmarks, view);
      // Tiers and ER verdicts in the roster, and the plans' figures, follow the benchmarks.
      void queryClient.invalidateQueries({ queryKey: queryKeys.creators });
      void queryClient.invalidateQueries({ queryKey: queryKeys.plans });
    },
  });
}

export function useResetBenchmarks() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { keys: string[] } | { all: true }) => api.benchmarks.reset(request),
    onSuccess: (view: BenchmarksView) => {
      queryClient.setQueryData(queryKeys.benchmarks, view);
      // Tiers and ER verdicts in the roster, and the plans' figures, follow the benchmarks.
      void queryClient.invalidateQueries({ queryKey: queryKeys.creators });
      void queryClient.invalidateQueries({ queryKey: queryKeys.plans });
    },
  });
}
