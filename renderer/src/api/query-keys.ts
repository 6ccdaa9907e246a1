import type { RosterQuery } from '@shared/domain/creators';

/** Every TanStack Query key in one place, so invalidations cannot drift from the queries. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  settings: ['settings'] as const,
  benchmarks: ['benchmarks'] as const,
  /** Prefix of everything about creators: invalidating it refreshes the roster and open creator pages. */
  creators: ['creators'] as const,
  roster: (query: Omit<RosterQuery, 'offset' | 'limit'>) => ['creators', 'roster', query] as const,
  creator: (id: number) => ['creators', 'detail', id] as const,
  savedViews: ['savedViews'] as const,
  plans: ['plans'] as const,
  wizard: ['wizard'] as const,
};
