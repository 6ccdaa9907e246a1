import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BulkAction, CreatorInput, RosterQuery, VettingAnswer } from '@shared/domain/creators';
import type { UiLanguage } from '@shared/domain/settings';
import type { DemoPlaces } from '@shared/domain/demo';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

export const rosterPageSize = 100;

/** The roster in pages of 100 rows, fetched as the user scrolls. */
export function useRoster(query: Omit<RosterQuery, 'offset' | 'limit'>) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: queryKeys.roster(query),
    queryFn: ({ pageParam }) => api.creators.list({ ...query, offset: pageParam, limit: rosterPageSize }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

/** The roster's niches, for the niche filter's suggestions; refreshed with everything about creators. */
export function useNiches() {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.creators, 'niches'], queryFn: () => api.creators.niches(), staleTime: 60_000 });
}

/** `fresh`: read again when mounted, even when cached (an edit form must start from what is stored now). */
export function useCreator(id: number, enabled = true, { fresh = false } = {}) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.creator(id), queryFn: () => api.creators.get({ id }), enabled, ...(fresh ? { refetchOnMount: 'always' as const } : {}) });
}

/** After any write the roster and that creator are stale, and so are campaign and ambassador pages (names, removed creators); benchmarks are not. */
function useInvalidateCreators() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.creators });
    await queryClient.invalidateQueries({ queryKey: queryKeys.work });
  };
}

export function useCreateCreator() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  return useMutation({ mutationFn: (input: CreatorInput) => api.creators.create(input), onSuccess: invalidate });
}

export function useUpdateCreator() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  return useMutation({ mutationFn: (input: { id: number; creator: CreatorInput; expectedUpdatedAt?: string }) => api.creators.update(input), onSuccess: invalidate });
}

export function useSetVetting() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  return useMutation({
    mutationFn: (input: { id: number; itemId: string; answer: VettingAnswer }) => api.creators.setVetting(input),
    onSuccess: invalidate,
  });
}

export function useBulkAction() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  return useMutation({ mutationFn: (input: { ids: number[]; action: BulkAction }) => api.creators.bulk(input), onSuccess: invalidate });
}

/** Takes creators out of the bin: the Undo of a delete, and Restore in the bin or on a creator's page. */
export function useRestoreCreators() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  return useMutation({ mutationFn: (ids: number[]) => api.creators.restore({ ids }), onSuccess: invalidate });
}

/** Deletes creators in the bin for good (those still in campaigns or programmes stay). */
export function usePurgeCreators() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  return useMutation({ mutationFn: (ids: number[]) => api.creators.purge({ ids }), onSuccess: invalidate });
}

export function useAddSnapshot() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  return useMutation({
    mutationFn: (input: { accountId: number; asOf: string; followers: number; avgLikes: number | null; avgComments: number | null }) =>
      api.creators.addSnapshot(input),
    onSuccess: invalidate,
  });
}

export function useDemoStatus() {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.creators, 'demo'], queryFn: () => api.demo.status() });
}

export function useLoadDemo() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  // In the interface's language: a Dutch user's demo roster says "België" and "reizen"; an American's lives in Austin.
  return useMutation({ mutationFn: ({ language, places }: { language: UiLanguage; places: DemoPlaces }) => api.demo.load({ language, places }), onSuccess: invalidate });
}

export function useRemoveDemo() {
  const api = useApi();
  const invalidate = useInvalidateCreators();
  return useMutation({ mutationFn: () => api.demo.remove(), onSuccess: invalidate });
}
