import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readList } from '@shared/csv/creator-values';
import { creatorStatuses, maxTagLength, maxTags, type BulkAction, type CreatorStatus } from '@shared/domain/creators';
import { useBulkAction, useRestoreCreators } from '../../api/use-creators';
import { apiErrorText } from '../../lib/api-error-text';

/** Tag, status, archive and delete (into the bin) for the selected creators; a delete can be undone from its notification. */
export function RosterActions({ selected, onDone }: { selected: number[]; onDone: () => void }) {
  const { t } = useTranslation();
  const bulk = useBulkAction();
  const [tagText, setTagText] = useState('');
  // Several tags as the CSV import reads a tags cell ("pilot, zomer-2026"), held to the contract's
  // limits here so the field says them, in the user's language, before anything is sent.
  const tags = readList(tagText);
  const tagError = tags.some((tag) => tag.length > maxTagLength)
    ? t('creators.bulk.tagTooLong', { max: maxTagLength })
    : tags.length > maxTags
      ? t('creators.bulk.tooManyTags', { max: maxTags })
      : undefined;

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
      <TextInput
        size="xs"
        w={220}
        placeholder={t('creators.bulk.tagPlaceholder')}
        aria-label={t('creators.bulk.tagPlaceholder')}
        value={tagText}
        onChange={(e) => setTagText(e.currentTarget.value)}
        // Enter adds the tags, as the button does, when the button would.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && tags.length > 0 && tagError === undefined && !bulk.isPending) run({ type: 'addTags', tags });
        }}
        error={tagError}
      />
      <Button
        size="xs"
        variant="light"
        disabled={tags.length === 0 || tagError !== undefined}
        loading={bulk.isPending && bulk.variables?.action.type === 'addTags'}
        onClick={() => run({ type: 'addTags', tags })}
      >
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
