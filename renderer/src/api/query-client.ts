import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@shared/api/contract';

/** The app is offline by design: queries must run whatever the browser thinks of the network. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
      },
      mutations: { networkMode: 'always' },
    },
  });
}
