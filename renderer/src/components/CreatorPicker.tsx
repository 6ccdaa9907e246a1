import { Checkbox, Group, Radio, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterRow } from '@shared/domain/creators';
import { useApi } from '../api/api-context';
import { queryKeys } from '../api/query-keys';
import { usePreferences } from '../preferences/preferences';

export interface PickedCreator {
  id: number;
  name: string;
}

/** Search the roster (name, handle, tag) and pick creators: several with checkboxes, or one with radios. */
export function CreatorPicker({ multiple, picked, onChange, exclude = [] }: { multiple: boolean; picked: PickedCreator[]; onChange: (next: PickedCreator[]) => void; exclude?: readonly number[] }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const api = useApi();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const query = { search: debounced || undefined, sort: 'name' as const, direction: 'asc' as const };
  const roster = useQuery({ queryKey: [...queryKeys.roster(query), 'picker'], queryFn: () => api.creators.list({ ...query, limit: 100 }) });
  // The roster lists accounts; a creator with two platforms appears once here.
  const creators = new Map<number, RosterRow[]>();
  for (const row of roster.data?.rows ?? []) if (!exclude.includes(row.creatorId)) creators.set(row.creatorId, [...(creators.get(row.creatorId) ?? []), row]);
  const isPicked = (id: number) => picked.some((p) => p.id === id);
  const toggle = (id: number, name: string) => onChange(multiple ? (isPicked(id) ? picked.filter((p) => p.id !== id) : [...picked, { id, name }]) : [{ id, name }]);
  const label = (rows: RosterRow[]) => (
    <Group gap={6}>
      <Text size="sm" fw={500}>
        {rows[0]!.name}
      </Text>
      <Text size="xs" c="dimmed">
        {rows.map((r) => `${t(`platforms.${r.platform}`)} @${r.handle} (${prefs.number(r.followers)})`).join(' · ')}
      </Text>
    </Group>
  );
  return (
    <Stack gap="xs">
      <TextInput label={t('campaigns.picker.search')} placeholder={t('campaigns.picker.placeholder')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} data-autofocus />
      <ScrollArea h={280} type="auto">
        <Stack gap={6} role="group" aria-label={t('campaigns.picker.results')}>
          {creators.size === 0 && !roster.isPending && (
            <Text size="sm" c="dimmed">
              {t('campaigns.picker.none')}
            </Text>
          )}
          {[...creators].map(([id, rows]) =>
            multiple ? (
              <Checkbox key={id} checked={isPicked(id)} onChange={() => toggle(id, rows[0]!.name)} label={label(rows)} aria-label={rows[0]!.name} />
            ) : (
              <Radio key={id} checked={isPicked(id)} onChange={() => toggle(id, rows[0]!.name)} label={label(rows)} aria-label={rows[0]!.name} />
            ),
          )}
        </Stack>
      </ScrollArea>
      {(roster.data?.total ?? 0) > 100 && (
        <Text size="xs" c="dimmed">
          {t('campaigns.picker.more', { count: roster.data!.total })}
        </Text>
      )}
    </Stack>
  );
}
