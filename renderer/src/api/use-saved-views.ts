import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedViewQueryInput } from '@shared/api/saved-views.contract';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useSavedViews() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.savedViews, queryFn: () => api.savedViews.list() });
}

export function useSaveView() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; query: SavedViewQueryInput }) => api.savedViews.save(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.savedViews }),
  });
}

export function useDeleteView() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.savedViews.delete({ id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.savedViews }),
  });
}
