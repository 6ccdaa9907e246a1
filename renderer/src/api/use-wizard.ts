import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlatformAdviceInput } from '@shared/domain/platform-advice';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useAdviceList() {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.wizard, 'list'], queryFn: () => api.wizard.list() });
}

export function useAdvice(id: number | null) {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.wizard, id], queryFn: () => api.wizard.get({ id: id! }), enabled: id !== null });
}

export function useSaveAdvice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: number; advice: PlatformAdviceInput }) => api.wizard.save(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.wizard }),
  });
}

export function useDeleteAdvice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: number) => api.wizard.delete({ id }), onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.wizard }) });
}
