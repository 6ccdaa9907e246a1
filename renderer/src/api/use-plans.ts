import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanInputs } from '@shared/plans/plan-inputs';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

export interface PlanListQuery {
  search?: string;
  includeArchived: boolean;
  sort: 'name' | 'client' | 'date' | 'budget' | 'updated' | 'roas';
  direction: 'asc' | 'desc';
}

export function usePlans(query: PlanListQuery) {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.plans, 'list', query], queryFn: () => api.plans.list(query) });
}

export function usePlan(id: number | null) {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.plans, 'detail', id], queryFn: () => api.plans.get({ id: id! }), enabled: id !== null });
}

function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.plans });
}

export function useSavePlan() {
  const api = useApi();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ id, inputs }: { id: number | null; inputs: PlanInputs }) => (id === null ? api.plans.create(inputs) : api.plans.update({ id, inputs })),
    onSuccess: invalidate,
  });
}

export function usePlanActions() {
  const api = useApi();
  const invalidate = useInvalidatePlans();
  return {
    duplicate: useMutation({ mutationFn: (input: { id: number; name: string }) => api.plans.duplicate(input), onSuccess: invalidate }),
    setArchived: useMutation({ mutationFn: (input: { id: number; archived: boolean }) => api.plans.setArchived(input), onSuccess: invalidate }),
    remove: useMutation({ mutationFn: (id: number) => api.plans.delete({ id }), onSuccess: invalidate }),
  };
}
