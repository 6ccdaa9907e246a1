import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings, SettingsPatch } from '@shared/domain/settings';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

/** `fresh`: read again when mounted (the settings form starts from what is stored now, not this window's copy). */
export function useSettings({ fresh = false } = {}) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => api.settings.get(), ...(fresh ? { refetchOnMount: 'always' as const } : {}) });
}

export function useUpdateSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => api.settings.update(patch),
    onSuccess: (settings: Settings, patch) => {
      queryClient.setQueryData(queryKeys.settings, settings);
      // The plans' figures are computed again in the new currency or at the new rate.
      if (patch.currency !== undefined || patch.benchmarkExchangeRate !== undefined) void queryClient.invalidateQueries({ queryKey: queryKeys.plans });
    },
  });
}

export function useAppInfo() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => api.app.info() });
}
