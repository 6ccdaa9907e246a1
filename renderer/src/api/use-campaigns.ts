import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContractInput, Contracts } from '@shared/api';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';
import { ApiError } from '@shared/api/contract';

/**
 * Every campaign-side change refreshes the whole work area (budgets, boards, reminders, ambassadors'
 * spend) and the roster. After a delete, the deleted thing's own page is left alone: refetching it
 * would only show "not found" while the window moves away.
 */
function useInvalidateWork() {
  const queryClient = useQueryClient();
  return async (deleted?: readonly unknown[]) => {
    const gone = deleted ? JSON.stringify(deleted) : null;
    await queryClient.invalidateQueries({ queryKey: queryKeys.work, predicate: (q) => JSON.stringify(q.queryKey) !== gone });
    await queryClient.invalidateQueries({ queryKey: queryKeys.creators });
  };
}

export function useClients() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.clients, queryFn: () => api.clients.list() });
}

export function useCampaigns(filter: ContractInput<Contracts['campaigns:list']>) {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.campaigns, 'list', filter], queryFn: () => api.campaigns.list(filter) });
}

/** `fresh`: read again when mounted, even when cached (an edit form must start from what is stored now). */
export function useCampaign(id: number | null, { fresh = false } = {}) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.campaign(id ?? 0), queryFn: () => api.campaigns.get({ id: id! }), enabled: id !== null, ...(fresh ? { refetchOnMount: 'always' as const } : {}) });
}

export function usePartnership(id: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.partnership(id), queryFn: () => api.partnerships.get({ id }) });
}

export function useCreatorWork(creatorId: number) {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.work, 'creator', creatorId], queryFn: () => api.partnerships.ofCreator({ creatorId }) });
}

export function useTemplates() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.templates, queryFn: () => api.templates.list() });
}

export function useAgenda(from: string, to: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.agenda(from, to), queryFn: () => api.deliverables.agenda({ from, to }) });
}

export function useDue(today: string, lookAheadDays = 3) {
  const api = useApi();
  // Refreshed now and then so an open app notices what becomes due during the day.
  return useQuery({ queryKey: queryKeys.reminders(today), queryFn: () => api.reminders.due({ today, lookAheadDays }), refetchInterval: 10 * 60_000 });
}

export function useAmbassadors() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.ambassadors, queryFn: () => api.ambassadors.list() });
}

export function useAmbassador(id: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.ambassador(id), queryFn: () => api.ambassadors.get({ id }) });
}

/** One mutation per user action; all of them refresh the work area when they succeed. */
export function useWorkActions() {
  const api = useApi();
  const invalidate = useInvalidateWork();
  const onSuccess = () => invalidate();
  // A save refused because another window saved first reads the work again, so the form can take
  // that save in (or the user sees it) without reloading: the desktop app has no reload button.
  const onError = (error: Error) => {
    if (error instanceof ApiError && error.issues.some((issue) => issue.rule === 'changedElsewhere')) invalidate();
  };
  const m = <I, O>(fn: (input: I) => Promise<O>) => ({ mutationFn: fn, onSuccess, onError });
  const removing = <I extends { id: number }, O>(fn: (input: I) => Promise<O>, key: (id: number) => readonly unknown[]) => ({
    mutationFn: fn,
    onSuccess: (_out: O, input: I) => invalidate(key(input.id)),
  });
  return {
    saveClient: useMutation(m(api.clients.save)),
    deleteClient: useMutation(m(api.clients.delete)),
    saveCampaign: useMutation(m(api.campaigns.save)),
    deleteCampaign: useMutation(removing(api.campaigns.delete, queryKeys.campaign)),
    addCreators: useMutation(m(api.partnerships.add)),
    move: useMutation(m(api.partnerships.move)),
    saveTerms: useMutation(m(api.partnerships.saveTerms)),
    saveResults: useMutation(m(api.partnerships.saveResults)),
    logContact: useMutation(m(api.partnerships.logContact)),
    removePartnership: useMutation(removing(api.partnerships.remove, queryKeys.partnership)),
    saveDeliverable: useMutation(m(api.deliverables.save)),
    transitionDeliverable: useMutation(m(api.deliverables.transition)),
    deleteDeliverable: useMutation(m(api.deliverables.delete)),
    saveTemplate: useMutation(m(api.templates.save)),
    deleteTemplate: useMutation(m(api.templates.delete)),
    saveAmbassador: useMutation(m(api.ambassadors.save)),
    logAmbassador: useMutation(m(api.ambassadors.log)),
    deleteAmbassadorEntry: useMutation(m(api.ambassadors.deleteEntry)),
    deleteAmbassador: useMutation(removing(api.ambassadors.delete, queryKeys.ambassador)),
  };
}
