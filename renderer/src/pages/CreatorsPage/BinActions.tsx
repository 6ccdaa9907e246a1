import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { usePurgeCreators, useRestoreCreators } from '../../api/use-creators';
import { ConfirmButton } from '../../components/ConfirmButton';
import { apiErrorText } from '../../lib/api-error-text';

/** Restore the selected creators from the bin, or delete them for good after one confirmation. */
export function BinActions({ selected, onDone }: { selected: number[]; onDone: () => void }) {
  const { t } = useTranslation();
  const restore = useRestoreCreators();
  const purge = usePurgeCreators();
  const onError = (error: Error) => notifications.show({ color: 'red', message: apiErrorText(t, error) });

  return (
    <>
      <Button
        size="xs"
        variant="light"
        loading={restore.isPending}
        onClick={() =>
          restore.mutate(selected, {
            onSuccess: ({ affected }) => {
              onDone();
              notifications.show({ color: 'green', message: t('creators.bulk.restored', { count: affected }) });
            },
            onError,
          })
        }
      >
        {t('creators.bin.restore')}
      </Button>
      <ConfirmButton
        variant="light"
        loading={purge.isPending}
        question={t('creators.bin.purgeConfirm', { count: selected.length })}
        onConfirm={() =>
          purge.mutate(selected, {
            onSuccess: ({ purged, inUse }) => {
              onDone();
              notifications.show({ color: 'green', message: t('creators.bin.purged', { count: purged }) });
              // Kept, not failed: they are in campaigns or ambassador programmes, whose history must not go with them.
              if (inUse > 0) notifications.show({ color: 'orange', autoClose: false, message: t('creators.bin.inUse', { count: inUse }) });
            },
            onError,
          })
        }
      >
        {t('creators.bin.purge')}
      </ConfirmButton>
    </>
  );
}
