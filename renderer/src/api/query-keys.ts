/** Every TanStack Query key in one place, so invalidations cannot drift from the queries. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  settings: ['settings'] as const,
  benchmarks: ['benchmarks'] as const,
};
