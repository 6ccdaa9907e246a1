import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creatorStatuses, type BulkAction, type CreatorStatus } from '@shared/domain/creators';
import { useBulkAction, useRestoreCreators } from '../../api/use-creators';
import { apiErrorText } from '../../lib/api-error-text';

/** Tag, status, archive and delete (into the bin) for the selected creators; a delete can be undone from its notification. */
export function RosterActions({ selected, onDone }: { selected: number[]; onDone: () => void }) {
  const { t } = useTranslation();
  const bulk = useBulkAction();
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
                <UndoDelete ids={ids} notificationId={() => id} />
              </Group>
            ),
          });
        },
        onError: (error) => notifications.show({ color: 'red', message: apiErrorText(t, error) }),
      },
    );

  return (
    <>
      <TextInput size="xs" w={140} placeholder={t('creators.bulk.tagPlaceholder')} aria-label={t('creators.bulk.tagPlaceholder')} value={tag} onChange={(e) => setTag(e.currentTarget.value)} />
      <Button size="xs" variant="light" disabled={!tag.trim()} loading={bulk.isPending && bulk.variables?.action.type === 'addTag'} onClick={() => run({ type: 'addTag', tag: tag.trim() })}>
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
    </>
  );
}

/**
 * The Undo of a delete, rendered inside its notification: it lives as long as the notification,
 * not as long as the bulk bar, which closes with the selection the moment the delete is done.
 */
function UndoDelete({ ids, notificationId }: { ids: number[]; notificationId: () => string }) {
  const { t } = useTranslation();
  const undo = useRestoreCreators();
  return (
    <Button
      size="compact-xs"
      variant="light"
      loading={undo.isPending}
      onClick={() =>
        undo.mutate(ids, {
          onSuccess: ({ affected: restored }) => {
            notifications.hide(notificationId());
            notifications.show({ color: 'green', message: t('creators.bulk.restored', { count: restored }) });
          },
          onError: (error) => notifications.show({ color: 'red', message: apiErrorText(t, error) }),
        })
      }
    >
      {t('creators.bulk.undo')}
    </Button>
  );
}
