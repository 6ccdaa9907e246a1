import { Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
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

  const sortBy = (column: RosterSortColumn) =>
    setFilters((f) => ({ ...f, sort: column, direction: f.sort === column && f.direction === 'asc' ? 'desc' : 'asc' }));
  const toggle = (creatorId: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(creatorId)) next.delete(creatorId);
      else next.add(creatorId);
      return next;
    });
  const toggleAll = () =>
    setSelected((s) => (rows.length > 0 && rows.every((r) => s.has(r.creatorId)) ? new Set() : new Set(rows.map((r) => r.creatorId))));

  return (
    <Stack gap="sm">
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
      <SavedViews filters={filters} onOpen={setFilters} />
      <RosterFilters value={filters} onChange={setFilters} />
      <BulkBar selected={[...selected]} onDone={() => setSelected(new Set())} />
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
