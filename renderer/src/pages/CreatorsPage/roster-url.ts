import { platforms, tiers } from '@shared/calc/tiers';
import { creatorStatuses, erVerdicts, rosterSortColumns } from '@shared/domain/creators';
import { emptyFilters, inPercentRange, type RosterFilterState } from './roster-filters';

/**
 * The roster's filters, sort and bin in the address (`#/creators?platform=tiktok&sort=er&dir=desc`):
 * Back from a creator returns to the same view, and the link can be shared. Only what differs
 * from the empty roster is written, with readable names; percentages as the user typed them.
 */
export function filtersToSearch(f: RosterFilterState): string {
  const params = new URLSearchParams();
  if (f.bin) params.set('bin', '1');
  if (f.search.trim()) params.set('q', f.search.trim());
  for (const p of f.platforms) params.append('platform', p);
  for (const tier of f.tiers) params.append('tier', tier);
  for (const s of f.statuses) params.append('status', s);
  if (f.niche.trim()) params.set('niche', f.niche.trim());
  if (f.location.trim()) params.set('location', f.location.trim());
  if (f.erMinPercent !== '') params.set('erMin', String(f.erMinPercent));
  if (f.erMaxPercent !== '') params.set('erMax', String(f.erMaxPercent));
  for (const v of f.erVerdicts) params.append('verdict', v);
  if (f.vettingMinPercent !== '') params.set('vettingMin', String(f.vettingMinPercent));
  if (f.flaggedOnly) params.set('flagged', '1');
  if (f.sort !== emptyFilters.sort || f.direction !== emptyFilters.direction) {
    params.set('sort', f.sort);
    params.set('dir', f.direction);
  }
  return params.toString();
}

/** The filters an address asks for. Anything the roster does not know (an edited or old link) is left out, never refused. */
export function filtersFromSearch(params: URLSearchParams): RosterFilterState {
  const known = <T extends string>(name: string, values: readonly T[]): T[] => [...new Set(params.getAll(name))].filter((v): v is T => (values as readonly string[]).includes(v));
  const text = (name: string, max: number) => (params.get(name) ?? '').trim().slice(0, max);
  // Out of range (0–100 %) is left out like anything unknown, so a link never opens a bar the roster refuses.
  const percent = (name: string): number | '' => {
    const raw = params.get(name);
    const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(value) && inPercentRange(value) ? value : '';
  };
  const sort = params.get('sort');
  return {
    search: text('q', 200),
    platforms: known('platform', platforms),
    tiers: known('tier', [...tiers, 'unclassified']),
    statuses: known('status', creatorStatuses),
    niche: text('niche', 60),
    location: text('location', 100),
    erMinPercent: percent('erMin'),
    erMaxPercent: percent('erMax'),
    erVerdicts: known('verdict', erVerdicts),
    vettingMinPercent: percent('vettingMin'),
    flaggedOnly: params.get('flagged') === '1',
    sort: (rosterSortColumns as readonly string[]).includes(sort ?? '') ? (sort as RosterFilterState['sort']) : emptyFilters.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    bin: params.get('bin') === '1',
  };
}

const storageKey = 'microplan.roster.search';

/**
 * The roster's last address for this session (the window's sessionStorage): the menu and
 * "Back to the roster" link to plain `/creators`, which then opens the view the user left.
 */
export function rememberRosterSearch(search: string): void {
  try {
    sessionStorage.setItem(storageKey, search);
  } catch {
    // Storage refused (a locked-down browser): the roster then opens unfiltered, as before.
  }
}

export function rememberedRosterSearch(): string {
  try {
    return sessionStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}

/** How far each view was scrolled, by its address, for this session: coming back to a view lands on the same rows. */
const scrollByView = new Map<string, number>();

export function rememberScroll(view: string, top: number): void {
  scrollByView.set(view, top);
}

export function rememberedScroll(view: string): number {
  return scrollByView.get(view) ?? 0;
}
