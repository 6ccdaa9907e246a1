import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterQuery } from '@shared/domain/creators';
import { useApi } from '../../api/api-context';
import { apiErrorText } from '../../lib/api-error-text';
import { rosterFilterOf, rosterQueryKey } from './roster-filters';

interface Selection {
  /** The filters the selection was made under. */
  key: string;
  ids: ReadonlySet<number>;
  /** Every creator matching those filters, fetched from the backend (not only the rows loaded so far). */
  allMatching: boolean;
}

const nothing: ReadonlySet<number> = new Set();

/**
 * The creators ticked in the roster. A selection belongs to the filters (and bin) it was made
 * under and is gone as soon as they change, so a bulk action never reaches creators the roster
 * no longer shows. Sorting keeps it: the same creators are shown, in another order.
 */
export function useRosterSelection(query: Omit<RosterQuery, 'offset' | 'limit'>) {
  const api = useApi();
  const { t } = useTranslation();
  const key = rosterQueryKey(rosterFilterOf(query));
  const [selection, setSelection] = useState<Selection>({ key, ids: nothing, allMatching: false });
  const [fetchingFor, setFetchingFor] = useState<string | null>(null);
  const current = selection.key === key ? selection : { key, ids: nothing, allMatching: false };

  const toggle = useCallback(
    (creatorId: number) =>
      setSelection((s) => {
        const ids = new Set(s.key === key ? s.ids : nothing);
        if (ids.has(creatorId)) ids.delete(creatorId);
        else ids.add(creatorId);
        // Unticking one leaves "all matching" behind; ticking one more cannot reach it knowingly.
        return { key, ids, allMatching: false };
      }),
    [key],
  );

  const selectAll = useCallback(async () => {
    setFetchingFor(key);
    try {
      const { ids } = await api.creators.matchingIds(rosterFilterOf(query));
      // Tagged with the filters it was asked for: if they changed meanwhile, this selection is simply not shown.
      setSelection({ key, ids: new Set(ids), allMatching: true });
    } catch (error) {
      notifications.show({ color: 'red', message: apiErrorText(t, error) });
    } finally {
      setFetchingFor(null);
    }
  }, [api, key, query, t]);

  const clear = useCallback(() => setSelection({ key, ids: nothing, allMatching: false }), [key]);

  return { ids: current.ids, allMatching: current.allMatching, selectingAll: fetchingFor === key, toggle, selectAll, clear };
}
