import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creatorStatuses, type BulkAction, type CreatorStatus } from '@shared/domain/creators';
import { useBulkAction, useRestoreCreators } from '../../api/use-creators';

/** Actions on the selected creators; a delete can be undone from its notification. */
export function BulkBar({ selected, onDone }: { selected: number[]; onDone: () => void }) {
  const { t } = useTranslation();
  const bulk = useBulkAction();
  const undo = useRestoreCreators();
  const [tag, setTag] = useState('');

  const run = (action: BulkAction) =>
    bulk.mutate(
      { ids: selected, action },
      {
        onSuccess: ({ affected }) => {
          onDone();
          if (action.type !== 'delete') {
            notifications.show({ color: 'green', message: t('creators.bulk.done', { count: affected }) });
            return;
          }
          const ids = [...selected];
          const id = notifications.show({
            color: 'orange',
            autoClose: 10_000,
            message: (
              <Group gap="sm">
                <Text size="sm">{t('creators.bulk.deleted', { count: affected })}</Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() =>
                    undo.mutate(ids, {
                      onSuccess: ({ affected: restored }) => {
                        notifications.hide(id);
                        notifications.show({ color: 'green', message: t('creators.bulk.restored', { count: restored }) });
                      },
                    })
                  }
                >
                  {t('creators.bulk.undo')}
                </Button>
              </Group>
            ),
          });
        },
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
    );

  if (selected.length === 0) return null;
  return (
    <Paper withBorder p="xs" role="region" aria-label={t('creators.bulk.selected', { count: selected.length })}>
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {t('creators.bulk.selected', { count: selected.length })}
        </Text>
        <TextInput size="xs" w={140} placeholder={t('creators.bulk.tagPlaceholder')} aria-label={t('creators.bulk.tagPlaceholder')} value={tag} onChange={(e) => setTag(e.currentTarget.value)} />
        <Button size="xs" variant="light" disabled={!tag.trim()} onClick={() => run({ type: 'addTag', tag: tag.trim() })}>
          {t('creators.bulk.tag')}
        </Button>
        <Select
          size="xs"
          w={170}
          placeholder={t('creators.bulk.status')}
          aria-label={t('creators.bulk.status')}
          data={creatorStatuses.map((s) => ({ value: s, label: t(`creators.statuses.${s}`) }))}
          value={null}
          onChange={(status) => status && run({ type: 'setStatus', status: status as CreatorStatus })}
        />
        <Button size="xs" variant="light" onClick={() => run({ type: 'archive' })}>
          {t('creators.bulk.archive')}
        </Button>
        <Button size="xs" variant="light" color="red" onClick={() => run({ type: 'delete' })}>
          {t('creators.bulk.delete')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onDone}>
          {t('creators.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
