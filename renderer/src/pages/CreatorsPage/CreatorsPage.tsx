import { Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Link } from 'react-router';
import type { RosterSortColumn } from '@shared/domain/creators';
import { useRoster } from '../../api/use-creators';
import { BulkBar } from './BulkBar';
import { DemoControls } from './DemoControls';
import { ExportButton } from './ExportButton';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { SavedViews } from './SavedViews';
import { emptyFilters, toRosterQuery, type RosterFilterState } from './roster-filters';

// Memoised: each page of 100 rows that arrives while scrolling re-renders this page, and the
// header, saved views, filters and bulk bar (dozens of Mantine inputs) do not depend on the rows.
const Filters = memo(RosterFilters);
const Views = memo(SavedViews);
const Bulk = memo(BulkBar);

type RosterQueryWithoutPage = ReturnType<typeof toRosterQuery>;

const CreatorsHeader = memo(function CreatorsHeader({ query }: { query: RosterQueryWithoutPage }) {
  const { t } = useTranslation();
  return (
    <PageHeader title={t('creators.title')} intro={t('creators.intro')}>
      <DemoControls />
      <ExportButton query={query} />
      <Button component={Link} to="/creators/import" variant="light">
        {t('csvImport.open')}
      </Button>
      <Button component={Link} to="/creators/new">
        {t('creators.add')}
      </Button>
    </PageHeader>
  );
});

export function CreatorsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RosterFilterState>(emptyFilters);
  // Typing in a text filter waits for a pause; other filters apply at once.
  const [debounced] = useDebouncedValue(filters, 250);
  const query = useMemo(() => toRosterQuery(debounced), [debounced]);
  const roster = useRoster(query);
  const [selected, setSelected] = useState<Set<number>>(new Set());

  const rows = useMemo(() => roster.data?.pages.flatMap((p) => p.rows) ?? [], [roster.data]);
  const total = roster.data?.pages[0]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = roster;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Stable callbacks, so memoised rows and bars are not re-rendered by a new function each time.
  const sortBy = useCallback(
    (column: RosterSortColumn) => setFilters((f) => ({ ...f, sort: column, direction: f.sort === column && f.direction === 'asc' ? 'desc' : 'asc' })),
    [],
  );
  const toggle = useCallback(
    (creatorId: number) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(creatorId)) next.delete(creatorId);
        else next.add(creatorId);
        return next;
      }),
    [],
  );
  const toggleAll = useCallback(
    () => setSelected((s) => (rows.length > 0 && rows.every((r) => s.has(r.creatorId)) ? new Set() : new Set(rows.map((r) => r.creatorId)))),
    [rows],
  );
  const selectedIds = useMemo(() => [...selected], [selected]);
  const clearSelection = useCallback(() => setSelected(new Set()), []);

  return (
    <Stack gap="sm">
      <CreatorsHeader query={query} />
      <Views filters={filters} onOpen={setFilters} />
      <Filters value={filters} onChange={setFilters} />
      <Bulk selected={selectedIds} onDone={clearSelection} />
      <Text size="sm" fw={500} data-testid="roster-total" aria-live="polite">
        {roster.isPending ? t('app.loading') : t('creators.total', { count: total })}
      </Text>
      {roster.isError && (
        <Text c="red" role="alert">
          {t('app.loadFailed', { message: roster.error.message })}
        </Text>
      )}
      {!roster.isPending && total === 0 ? (
        <Text c="dimmed">{Object.keys(query).length > 2 ? t('creators.empty') : t('creators.emptyRoster')}</Text>
      ) : (
        <RosterTable
          rows={rows}
          total={total}
          sort={filters.sort}
          direction={filters.direction}
          onSort={sortBy}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          hasMore={Boolean(hasNextPage)}
          loadMore={loadMore}
        />
      )}
    </Stack>
  );
}
