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
  /** Prefix of campaigns, clients, partnerships, templates, ambassadors and reminders: one action often changes several. */
  work: ['work'] as const,
  clients: ['work', 'clients'] as const,
  campaigns: ['work', 'campaigns'] as const,
  campaign: (id: number) => ['work', 'campaigns', id] as const,
  partnership: (id: number) => ['work', 'partnerships', id] as const,
  templates: ['work', 'templates'] as const,
  ambassadors: ['work', 'ambassadors'] as const,
  ambassador: (id: number) => ['work', 'ambassadors', id] as const,
  reminders: (today: string) => ['work', 'reminders', today] as const,
  agenda: (from: string, to: string) => ['work', 'agenda', from, to] as const,
};
