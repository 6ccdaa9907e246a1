import { ActionIcon, Button, Group, Popover, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteView, useSaveView, useSavedViews } from '../../api/use-saved-views';
import { fromRosterQuery, toRosterQuery, type RosterFilterState } from './roster-filters';

export function SavedViews({ filters, onOpen }: { filters: RosterFilterState; onOpen: (filters: RosterFilterState) => void }) {
  const { t } = useTranslation();
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [current, setCurrent] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);

  const submit = () =>
    save.mutate(
      { name, query: toRosterQuery(filters) },
      {
        onSuccess: (view) => {
          setOpen(false);
          setCurrent(String(view.id));
          notifications.show({ color: 'green', message: t('creators.views.saved', { name: view.name }) });
        },
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
    );

  return (
    <Group gap="xs" align="flex-end">
      <Select
        size="xs"
        w={240}
        label={t('creators.views.label')}
        placeholder={t('creators.views.placeholder')}
        data={(views.data ?? []).map((v) => ({ value: String(v.id), label: v.name }))}
        value={current}
        onChange={(id) => {
          setCurrent(id);
          const view = views.data?.find((v) => String(v.id) === id);
          if (view) onOpen(fromRosterQuery(view.query));
        }}
        clearable
      />
      {current && (
        <ActionIcon
          size="md"
          variant="subtle"
          color="red"
          aria-label={t('creators.views.delete')}
          onClick={() => remove.mutate(Number(current), { onSuccess: () => (setCurrent(null), notifications.show({ message: t('creators.views.deleted') })) })}
        >
          ×
        </ActionIcon>
      )}
      <Popover opened={open} onChange={setOpen} position="bottom-start" trapFocus>
        <Popover.Target>
          <Button size="xs" variant="light" onClick={() => setOpen((o) => !o)}>
            {t('creators.views.save')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <TextInput size="xs" label={t('creators.views.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && submit()} />
            <Button size="xs" onClick={submit} loading={save.isPending} disabled={!name.trim()}>
              {t('creators.views.save')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
