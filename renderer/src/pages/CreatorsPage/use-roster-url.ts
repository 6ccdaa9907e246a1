import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { askableFilters, type RosterFilterState } from './roster-filters';
import { filtersFromSearch, filtersToSearch, rememberRosterSearch } from './roster-url';

/**
 * The filter bar's state, kept in the address. The bar changes at every keystroke; the address
 * (and the query) follow once typing pauses, replacing the history entry, so Back leaves the
 * roster instead of stepping through keystrokes. When the address changes by navigation (Back or
 * Forward between two roster views, a link), the bar follows it.
 */
export function useRosterUrlState() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<RosterFilterState>(() => filtersFromSearch(params));
  const [debounced] = useDebouncedValue(filters, 250);
  // A percentage out of range is refused at its field and left out of the query; the other filters
  // still apply. (Keeping the last valid query instead froze every other filter while the field
  // was wrong, and "select all" then selected creators the bar no longer asked for.)
  const settled = useMemo(() => askableFilters(debounced), [debounced]);
  const urlSearch = useMemo(() => filtersToSearch(filtersFromSearch(params)), [params]);
  const filtersSearch = filtersToSearch(filters);
  const settledSearch = filtersToSearch(settled);

  // Our own writes come back equal to what the bar holds (or held when it was written); anything
  // else is a navigation. Adjusted during render, as React advises for state that follows a prop.
  const [seenUrl, setSeenUrl] = useState(urlSearch);
  if (urlSearch !== seenUrl) {
    setSeenUrl(urlSearch);
    if (urlSearch !== filtersSearch && urlSearch !== settledSearch) setFilters(filtersFromSearch(params));
  }

  useEffect(() => {
    // Only once the bar has settled: a pending keystroke (or a navigation the bar just followed) must not be overwritten.
    if (settledSearch !== filtersSearch) return;
    // Remembered before the address changes: plain `/creators` opens what is remembered.
    rememberRosterSearch(settledSearch);
    if (settledSearch !== urlSearch) setParams(new URLSearchParams(settledSearch), { replace: true });
  }, [settledSearch, filtersSearch, urlSearch, setParams]);

  return { filters, setFilters, settled, settledSearch };
}
