import { Box, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { RosterSortColumn } from '@shared/domain/creators';
import { useRoster } from '../../api/use-creators';
import { BulkBar } from './BulkBar';
import { DemoControls } from './DemoControls';
import { FirstRunCurrency } from './FirstRunCurrency';
import { ExportButton } from './ExportButton';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { SavedViews } from './SavedViews';
import { activeFilterCount, toRosterQuery } from './roster-filters';
import { rememberedRosterSearch } from './roster-url';
import { useRosterSelection } from './use-roster-selection';
import { useRosterUrlState } from './use-roster-url';

// Memoised: each page of 100 rows that arrives while scrolling re-renders this page, and the
// header, saved views, filters and bulk bar (dozens of Mantine inputs) do not depend on the rows.
const Filters = memo(RosterFilters);
const Views = memo(SavedViews);
const Bulk = memo(BulkBar);

type RosterQueryWithoutPage = ReturnType<typeof toRosterQuery>;

const CreatorsHeader = memo(function CreatorsHeader({ query, nothingToExport }: { query: RosterQueryWithoutPage; nothingToExport: boolean }) {
  const { t } = useTranslation();
  return (
    <PageHeader title={t('creators.title')} intro={t('creators.intro')}>
      <DemoControls />
      <ExportButton query={query} disabled={nothingToExport} />
      <Button component={Link} to="/creators/import" variant="light">
        {t('csvImport.open')}
      </Button>
      <Button component={Link} to="/creators/new">
        {t('creators.add')}
      </Button>
    </PageHeader>
  );
});

/**
 * `/creators` without a query (the menu, "Back to the roster") opens the view the user left in
 * this session; a query in the address (Back, a shared link) is shown as it is.
 */
export function CreatorsPage() {
  const [params] = useSearchParams();
  const remembered = rememberedRosterSearch();
  if (params.size === 0 && remembered !== '') return <Navigate to={{ search: remembered }} replace />;
  return <Roster />;
}

function Roster() {
  const { t } = useTranslation();
  const { filters, setFilters, settled, settledSearch } = useRosterUrlState();
  const query = useMemo(() => toRosterQuery(settled), [settled]);
  const roster = useRoster(query);
  const selection = useRosterSelection(query);

  const rows = useMemo(() => roster.data?.pages.flatMap((p) => p.rows) ?? [], [roster.data]);
  const total = roster.data?.pages[0]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = roster;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Stable callbacks, so memoised rows and bars are not re-rendered by a new function each time.
  const sortBy = useCallback(
    (column: RosterSortColumn) => setFilters((f) => ({ ...f, sort: column, direction: f.sort === column && f.direction === 'asc' ? 'desc' : 'asc' })),
    [setFilters],
  );
  const { ids: selected, allMatching, selectingAll, toggle, selectAll, clear } = selection;
  const toggleAll = useCallback(() => (selected.size > 0 ? clear() : void selectAll()), [selected, clear, selectAll]);
  const selectedIds = useMemo(() => [...selected], [selected]);
  const inBin = settled.bin;

  return (
    // At least the window's height below the header, so the roster grid fills what the filters
    // leave and its sideways scrollbar is on screen (the grid grows into the free space).
    <Stack gap="sm" mih="calc(100dvh - 56px - 2 * var(--mantine-spacing-lg))">
      <CreatorsHeader query={query} nothingToExport={!roster.isPending && total === 0} />
      <FirstRunCurrency />
      <Group gap="md" align="flex-end">
        <SegmentedControl
          size="xs"
          aria-label={t('creators.bin.show')}
          data={[
            { value: 'roster', label: t('creators.bin.roster') },
            { value: 'bin', label: t('creators.bin.bin') },
          ]}
          value={filters.bin ? 'bin' : 'roster'}
          onChange={(v) => setFilters((f) => ({ ...f, bin: v === 'bin' }))}
        />
        {/* Views are of the roster; the bin is a place to restore from, not to plan with. Hidden,
            not removed, in the bin: the filters below keep their place when switching. */}
        <Box style={filters.bin ? { visibility: 'hidden' } : undefined}>
          <Views filters={filters} onOpen={setFilters} />
        </Box>
      </Group>
      <Filters value={filters} onChange={setFilters} />
      <Bulk selected={selectedIds} allMatching={allMatching} selectingAll={selectingAll} bin={inBin} onSelectAll={selectAll} onDone={clear} />
      <Text size="sm" fw={500} data-testid="roster-total" aria-live="polite" aria-busy={roster.isFetching}>
        {roster.isPending && !roster.isError ? t('app.loading') : roster.data ? t(inBin ? 'creators.bin.total' : 'creators.total', { count: total }) : null}
      </Text>
      {roster.isError && (
        <Group gap="xs" role="alert">
          <Text c="red">{t('app.loadFailed', { message: roster.error.message })}</Text>
          <Button size="compact-sm" variant="light" color="red" onClick={() => void roster.refetch()}>
            {t('app.retry')}
          </Button>
        </Group>
      )}
      {/* A roster that could not be read is not an empty one: say nothing of its size then. */}
      {roster.isError && !roster.data ? null : !roster.isPending && total === 0 ? (
        <Text c="dimmed">{activeFilterCount(settled) > 0 ? t('creators.empty') : t(inBin ? 'creators.bin.empty' : 'creators.emptyRoster')}</Text>
      ) : (
        <RosterTable
          rows={rows}
          total={total}
          sort={filters.sort}
          direction={filters.direction}
          onSort={sortBy}
          selected={selected}
          selection={allMatching ? 'all' : selected.size > 0 ? 'some' : 'none'}
          selectingAll={selectingAll}
          onToggle={toggle}
          onToggleAll={toggleAll}
          hasMore={Boolean(hasNextPage)}
          loadMore={loadMore}
          scrollKey={settledSearch}
        />
      )}
    </Stack>
  );
}
