import { Button, Group, Popover, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteView, useSaveView, useSavedViews } from '../../api/use-saved-views';
import { ConfirmButton } from '../../components/ConfirmButton';
import { apiErrorText } from '../../lib/api-error-text';
import { fromRosterQuery, rosterQueryKey, toRosterQuery, type RosterFilterState } from './roster-filters';

/**
 * Named roster queries. The picker shows a view only while the roster shows exactly that query
 * (filters and sort): after changing or clearing a filter it shows none, so choosing the view
 * again always applies it. Deleting the shown view asks first.
 */
export function SavedViews({ filters, onOpen }: { filters: RosterFilterState; onOpen: (filters: RosterFilterState) => void }) {
  const { t } = useTranslation();
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);

  // Each view's query as the filter bar would send it (percentages read back and rounded the way the bar holds them).
  const keyed = useMemo(() => (views.data ?? []).map((v) => ({ view: v, key: rosterQueryKey(toRosterQuery(fromRosterQuery(v.query))) })), [views.data]);
  // The bin is no part of a view: in the bin (where the views are hidden, keeping their place)
  // the open view stays the open one, so its delete button, and the width of the row, stay too.
  const currentKey = rosterQueryKey(toRosterQuery({ ...filters, bin: false }));
  const current = keyed.find((k) => k.key === currentKey)?.view ?? null;
  // Saving under a name in use replaces that view (names are unique): say so before, not after.
  const replaces = (views.data ?? []).find((v) => v.name === name.trim()) ?? null;

  const submit = () => {
    // As the button: Enter with no name asks nothing (the backend would only refuse it).
    if (!name.trim()) return;
    save.mutate(
      { name, query: toRosterQuery({ ...filters, bin: false }) },
      {
        onSuccess: (view) => {
          setOpen(false);
          notifications.show({ color: 'green', message: t('creators.views.saved', { name: view.name }) });
        },
        onError: (error) => notifications.show({ color: 'red', message: apiErrorText(t, error) }),
      },
    );
  };

  return (
    <Group gap="xs" align="flex-end">
      <Select
        size="xs"
        w={240}
        label={t('creators.views.label')}
        placeholder={t('creators.views.placeholder')}
        data={keyed.map(({ view }) => ({ value: String(view.id), label: view.name }))}
        value={current ? String(current.id) : null}
        onChange={(id) => {
          const view = views.data?.find((v) => String(v.id) === id);
          if (view) onOpen(fromRosterQuery(view.query));
        }}
        // No clear button: "Clear filters" does that, and a × here sat next to the view's delete.
        allowDeselect={false}
      />
      {current && (
        <ConfirmButton
          key={current.id}
          question={t('creators.views.deleteConfirm', { name: current.name })}
          loading={remove.isPending}
          onConfirm={() =>
            remove.mutate(current.id, {
              onSuccess: () => notifications.show({ message: t('creators.views.deleted', { name: current.name }) }),
              onError: (error) => notifications.show({ color: 'red', message: apiErrorText(t, error) }),
            })
          }
        >
          {t('creators.views.delete')}
        </ConfirmButton>
      )}
      <Popover opened={open} onChange={setOpen} position="bottom-start" trapFocus>
        <Popover.Target>
          <Button size="xs" variant="light" onClick={() => setOpen((o) => !o)}>
            {t('creators.views.save')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <TextInput
              size="xs"
              label={t('creators.views.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              // The contract's limit, so a longer name cannot be typed rather than refused after.
              maxLength={80}
              onKeyDown={(e) => e.key === 'Enter' && submit()}
              description={replaces ? t('creators.views.replaces', { name: replaces.name }) : undefined}
              inputWrapperOrder={['label', 'input', 'description']}
            />
            <Button size="xs" onClick={submit} loading={save.isPending} disabled={!name.trim()} color={replaces ? 'orange' : undefined}>
              {replaces ? t('creators.views.replace') : t('creators.views.save')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
