import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BinActions } from './BinActions';
import { RosterActions } from './RosterActions';

export interface BulkBarProps {
  selected: number[];
  /** The selection is every creator matching the filters (not only the rows loaded so far). */
  allMatching: boolean;
  selectingAll: boolean;
  /** The bin is shown: restore or delete for good instead of the roster's actions. */
  bin: boolean;
  onSelectAll: () => void;
  onDone: () => void;
}

/** How many creators are selected, and what can be done to them. */
export function BulkBar({ selected, allMatching, selectingAll, bin, onSelectAll, onDone }: BulkBarProps) {
  const { t } = useTranslation();
  if (selected.length === 0) return null;
  const summary = t(allMatching ? 'creators.bulk.allSelected' : 'creators.bulk.selected', { count: selected.length });
  return (
    <Paper withBorder p="xs" role="region" aria-label={summary}>
      {/* Lined up by the controls' tops, so an error under the tags field lifts nothing; the text is as tall as the xs controls (30 px). */}
      <Group gap="sm" align="flex-start">
        <Text size="sm" fw={500} lh="calc(1.875rem * var(--mantine-scale))" data-testid="bulk-selected">
          {summary}
        </Text>
        {!allMatching && (
          <Button size="xs" variant="subtle" loading={selectingAll} onClick={onSelectAll}>
            {t('creators.bulk.selectAll')}
          </Button>
        )}
        {bin ? <BinActions selected={selected} onDone={onDone} /> : <RosterActions selected={selected} onDone={onDone} />}
        <Button size="xs" variant="subtle" onClick={onDone}>
          {t('creators.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
