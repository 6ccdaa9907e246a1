import type { RosterFilter, RosterQuery } from '@shared/domain/creators';

/** What the filter bar edits; percentages are typed as the user reads them (6 = 6 %). */
export interface RosterFilterState {
  search: string;
  platforms: string[];
  tiers: string[];
  statuses: string[];
  niche: string;
  location: string;
  erMinPercent: number | '';
  erMaxPercent: number | '';
  erVerdicts: string[];
  vettingMinPercent: number | '';
  flaggedOnly: boolean;
  sort: NonNullable<RosterQuery['sort']>;
  direction: 'asc' | 'desc';
  /** The bin (deleted creators) instead of the roster; the other filters apply to it as well. */
  bin: boolean;
}

export const emptyFilters: RosterFilterState = {
  search: '',
  platforms: [],
  tiers: [],
  statuses: [],
  niche: '',
  location: '',
  erMinPercent: '',
  erMaxPercent: '',
  erVerdicts: [],
  vettingMinPercent: '',
  flaggedOnly: false,
  sort: 'name',
  direction: 'asc',
  bin: false,
};

/** The percentage fields of the bar: an ER and a vetting score are shares, 0–100 %. */
export const inPercentRange = (percent: number) => percent >= 0 && percent <= 100;
export const percentFilters = ['erMinPercent', 'erMaxPercent', 'vettingMinPercent'] as const;
type PercentFilter = (typeof percentFilters)[number];

/**
 * What is wrong with a percentage field, shown at the field. `outOfRange` is refused: it is never
 * sent (the backend would refuse it anyway, in its own words and in fractions). A `reversed` ER
 * range is a question that can be asked; it finds nothing, and the field says why.
 */
export function percentProblems(f: RosterFilterState): Partial<Record<PercentFilter, 'outOfRange' | 'reversed'>> {
  const problems: Partial<Record<PercentFilter, 'outOfRange' | 'reversed'>> = {};
  for (const key of percentFilters) {
    const v = f[key];
    if (v !== '' && !inPercentRange(v)) problems[key] = 'outOfRange';
  }
  if (!problems.erMinPercent && !problems.erMaxPercent && f.erMinPercent !== '' && f.erMaxPercent !== '' && f.erMinPercent > f.erMaxPercent) problems.erMaxPercent = 'reversed';
  return problems;
}

/**
 * The filters the roster can ask: those of the bar, less any percentage out of range (refused at
 * its field). The others still apply, so what the roster shows, "select all" selects and the
 * export writes are always what the bar's valid filters say. The same object when nothing is dropped.
 */
export function askableFilters(f: RosterFilterState): RosterFilterState {
  const problems = percentProblems(f);
  const dropped = percentFilters.filter((key) => problems[key] === 'outOfRange');
  return dropped.length === 0 ? f : { ...f, ...Object.fromEntries(dropped.map((key) => [key, ''])) };
}

/** 4.1 % → 0.041 exactly (4.1 / 100 is 0.040999… in floating point, which would drop an ER of 0.041). */
const fraction = (percent: number) => Number((percent / 100).toFixed(8));

/** Only the filters that are set go to the backend, so the query key stays small and stable. */
export function toRosterQuery(f: RosterFilterState): Omit<RosterQuery, 'offset' | 'limit'> {
  const query: Omit<RosterQuery, 'offset' | 'limit'> = { sort: f.sort, direction: f.direction };
  if (f.search.trim()) query.search = f.search.trim();
  if (f.platforms.length) query.platforms = f.platforms as RosterQuery['platforms'];
  if (f.tiers.length) query.tiers = f.tiers as RosterQuery['tiers'];
  if (f.statuses.length) query.statuses = f.statuses as RosterQuery['statuses'];
  if (f.niche.trim()) query.niche = f.niche.trim();
  if (f.location.trim()) query.location = f.location.trim();
  if (f.erMinPercent !== '') query.erMin = fraction(f.erMinPercent);
  if (f.erMaxPercent !== '') query.erMax = fraction(f.erMaxPercent);
  if (f.erVerdicts.length) query.erVerdicts = f.erVerdicts as RosterQuery['erVerdicts'];
  if (f.vettingMinPercent !== '') query.vettingMin = fraction(f.vettingMinPercent);
  if (f.flaggedOnly) query.flaggedOnly = true;
  if (f.bin) query.bin = true;
  return query;
}

/** Which accounts a query matches, whatever their order: what "select all matching" asks for. */
export function rosterFilterOf(query: Omit<RosterQuery, 'offset' | 'limit'>): RosterFilter {
  const { sort: _sort, direction: _direction, ...filter } = query;
  return filter;
}

/**
 * One text per query, the same whatever order its keys or multi-select values were picked in:
 * to tell whether the roster shows exactly a saved view, and whether the filters changed.
 */
export function rosterQueryKey(query: Omit<RosterQuery, 'offset' | 'limit'>): string {
  const entries = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}

export function activeFilterCount(f: RosterFilterState): number {
  const q = toRosterQuery(f);
  return Object.keys(q).filter((k) => k !== 'sort' && k !== 'direction' && k !== 'bin').length;
}

/** A saved view's stored query back into the filter bar (views are of the roster, never of the bin). */
export function fromRosterQuery(q: Omit<RosterQuery, 'offset' | 'limit'>): RosterFilterState {
  return {
    search: q.search ?? '',
    platforms: q.platforms ?? [],
    tiers: q.tiers ?? [],
    statuses: q.statuses ?? [],
    niche: q.niche ?? '',
    location: q.location ?? '',
    erMinPercent: q.erMin !== undefined ? Number((q.erMin * 100).toFixed(4)) : '',
    erMaxPercent: q.erMax !== undefined ? Number((q.erMax * 100).toFixed(4)) : '',
    erVerdicts: q.erVerdicts ?? [],
    vettingMinPercent: q.vettingMin !== undefined ? Number((q.vettingMin * 100).toFixed(4)) : '',
    flaggedOnly: q.flaggedOnly ?? false,
    sort: q.sort ?? 'name',
    direction: q.direction ?? 'asc',
    bin: false,
  };
}
