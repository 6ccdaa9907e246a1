import { Checkbox, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RosterRow, RosterSortColumn } from '@shared/domain/creators';
import { usePreferences } from '../../preferences/preferences';
import classes from './RosterTable.module.css';
import { useRememberedScroll } from './use-remembered-scroll';

const rowHeight = 44;
/** The header row's height: it sits, sticky, at the top of the scrolled area, above the rows. */
const headerHeight = 40;
/** Rows fetched ahead of the last one on screen. */
const rosterPrefetchRows = 100;

const columns: { key: string; sort?: RosterSortColumn; width: string }[] = [
  { key: 'select', width: '40px' },
  { key: 'name', sort: 'name', width: 'minmax(150px, 2fr)' },
  { key: 'platform', sort: 'platform', width: '84px' },
  { key: 'handle', sort: 'handle', width: 'minmax(110px, 1.3fr)' },
  { key: 'followers', sort: 'followers', width: '92px' },
  { key: 'tier', sort: 'tier', width: '84px' },
  { key: 'er', sort: 'er', width: '128px' },
  { key: 'status', sort: 'status', width: '104px' },
  { key: 'location', sort: 'country', width: 'minmax(90px, 1fr)' },
  { key: 'vetting', sort: 'vettingScore', width: '100px' },
  { key: 'flags', sort: 'flags', width: '92px' },
  { key: 'figuresAsOf', sort: 'figuresAsOf', width: '104px' },
];
const gridTemplateColumns = columns.map((c) => c.width).join(' ');
/**
 * The narrowest the grid gets (each column's least width, the gaps and the padding): a narrower
 * window scrolls the roster sideways instead of cutting off its last columns.
 */
const gridMinWidth = `calc(${columns.reduce((sum, c) => sum + Number(/\d+/.exec(c.width)![0]), 0)}px + ${columns.length + 1} * var(--mantine-spacing-xs))`;

const verdictColor: Record<string, string> = { above: 'teal', within: 'blue', below: 'orange' };

export interface RosterTableProps {
  rows: RosterRow[];
  total: number;
  sort: RosterSortColumn;
  direction: 'asc' | 'desc';
  onSort: (column: RosterSortColumn) => void;
  selected: ReadonlySet<number>;
  /** The header checkbox: every creator matching the filters selected, some of them, or none. */
  selection: 'all' | 'some' | 'none';
  /** While the ids of every matching creator are being fetched. */
  selectingAll?: boolean;
  onToggle: (creatorId: number) => void;
  onToggleAll: () => void;
  hasMore: boolean;
  loadMore: () => void;
  /** The view shown (its address): coming back to it scrolls to where the user left it. */
  scrollKey?: string;
}

/**
 * The roster as a virtualised grid: only the visible rows are in the DOM, pages of 100
 * are fetched as the user scrolls, so 100,000 accounts scroll like 100.
 */
export function RosterTable({ rows, total, sort, direction, onSort, selected, selection, selectingAll = false, onToggle, onToggleAll, hasMore, loadMore, scrollKey = '' }: RosterTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // The rows start below the header, inside the same scrolled area.
    scrollMargin: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1]!.index : 0;

  // A page ahead: a fast scroll (600 px a frame is 14 rows) must not reach the end of what is loaded.
  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - rosterPrefetchRows) loadMore();
  }, [hasMore, lastIndex, rows.length, loadMore]);

  useRememberedScroll(scrollRef, scrollKey, { rows: rows.length, rowHeight, hasMore, loadMore });

  return (
    <div className={classes.table} role="table" aria-rowcount={total + 1} aria-label={t('creators.title')}>
      {/* One area scrolls both ways, so the header moves sideways with the columns it names. */}
      <div ref={scrollRef} className={classes.body} data-testid="roster-scroll">
        <RosterHeader sort={sort} direction={direction} onSort={onSort} selection={selection} selectingAll={selectingAll} onToggleAll={onToggleAll} />
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: gridMinWidth }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <RosterRowView
                key={row.accountId}
                row={row}
                index={item.index}
                top={item.start - headerHeight}
                height={item.size}
                selected={selected.has(row.creatorId)}
                onToggle={onToggle}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RosterHeaderProps {
  sort: RosterSortColumn;
  direction: 'asc' | 'desc';
  onSort: (column: RosterSortColumn) => void;
  selection: 'all' | 'some' | 'none';
  selectingAll: boolean;
  onToggleAll: () => void;
}

/** The column headers; memoised, because the table re-renders on every scrolled frame. */
const RosterHeader = memo(function RosterHeader({ sort, direction, onSort, selection, selectingAll, onToggleAll }: RosterHeaderProps) {
  const { t } = useTranslation();
  return (
    <div className={classes.header} role="row" style={{ gridTemplateColumns, height: headerHeight, minWidth: gridMinWidth }}>
      {columns.map((column) => (
        <div key={column.key} role="columnheader" className={classes.cell} aria-sort={column.sort === sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
          {column.key === 'select' ? (
            <Checkbox
              size="xs"
              aria-label={t('creators.bulk.selectAll')}
              checked={selection === 'all'}
              indeterminate={selection === 'some'}
              disabled={selectingAll}
              onChange={onToggleAll}
            />
          ) : column.sort ? (
            <UnstyledButton className={classes.sort} onClick={() => onSort(column.sort!)} aria-label={t('creators.sortBy', { column: t(`creators.columns.${column.key}`) })}>
              {t(`creators.columns.${column.key}`)}
              {column.sort === sort ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
            </UnstyledButton>
          ) : (
            t(`creators.columns.${column.key}`)
          )}
        </div>
      ))}
    </div>
  );
});

interface RosterRowViewProps {
  row: RosterRow;
  index: number;
  top: number;
  height: number;
  selected: boolean;
  onToggle: (creatorId: number) => void;
}

/**
 * One row; memoised so scrolling renders only the rows that enter the view. Plain elements
 * styled like Mantine's (see the CSS module) instead of Checkbox, Anchor, Group, Text and Badge:
 * a fast scroll brings in 14 rows a frame, and each of those components costs a little.
 */
const RosterRowView = memo(function RosterRowView({ row, index, top, height, selected, onToggle }: RosterRowViewProps) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-account={row.accountId}
      className={classes.row}
      style={{ gridTemplateColumns, height, transform: `translateY(${top}px)` }}
    >
      <div role="cell" className={classes.cell}>
        <input type="checkbox" className={classes.check} aria-label={`${t('creators.columns.select')}: ${row.name}`} checked={selected} onChange={() => onToggle(row.creatorId)} />
      </div>
      <div role="cell" className={`${classes.cell} ${classes.inline}`}>
        {/* Titles: a name, handle or place cut off by the column's width is read on hover. */}
        <Link to={`/creators/${row.creatorId}`} className={classes.link} title={row.name}>
          {row.name}
        </Link>
        {row.isDemo && <span className={`${classes.badge} ${classes.outline}`}>{t('creators.demoBadge')}</span>}
      </div>
      <div role="cell" className={classes.cell}>
        {t(`platforms.${row.platform}`)}
      </div>
      <div role="cell" className={classes.cell} title={`@${row.handle}`}>
        @{row.handle}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.number}`}>
        {prefs.number(row.followers, 0)}
      </div>
      <div role="cell" className={classes.cell}>
        {t(`creators.tierNames.${row.tier}`)}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.inline}`} data-testid="roster-er">
        {row.erFollowers === null ? (
          '–'
        ) : (
          <>
            {/* A reported ER (formula unknown) is marked, and says so on hover. */}
            <span
              className={row.erSource === 'reported' ? classes.reported : undefined}
              title={row.erSource === 'reported' ? t('creators.erReported') : row.erVerdict ? undefined : t('creators.verdicts.none')}
            >
              {prefs.percent(row.erFollowers, 1, true)}
            </span>
            {row.erVerdict && (
              <span className={classes.badge} data-color={verdictColor[row.erVerdict] ?? 'gray'} title={t(`creators.verdicts.${row.erVerdict}`)}>
                {t(`creators.verdictsShort.${row.erVerdict}`)}
              </span>
            )}
          </>
        )}
      </div>
      <div role="cell" className={classes.cell}>
        {t(`creators.statuses.${row.status}`)}
      </div>
      <div role="cell" className={classes.cell} title={[row.city, row.country].filter(Boolean).join(', ')}>
        {[row.city, row.country].filter(Boolean).join(', ')}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.number}`}>
        {row.vettingScore === null ? '–' : prefs.percent(row.vettingScore, 0)}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.number}`} data-testid="roster-flags">
        {row.flagCount > 0 ? (
          <span className={`${classes.badge} ${classes.flags}`} data-color="red">
            {row.flagCount}
          </span>
        ) : (
          ''
        )}
      </div>
      <div role="cell" className={classes.cell} data-testid="roster-figures-as-of" title={row.figuresAsOf ? prefs.date(row.figuresAsOf) : undefined}>
        {row.figuresAsOf ? prefs.date(row.figuresAsOf, 'medium') : '–'}
      </div>
    </div>
  );
});
