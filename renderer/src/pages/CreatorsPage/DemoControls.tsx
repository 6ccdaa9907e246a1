import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useDemoStatus, useLoadDemo, useRemoveDemo } from '../../api/use-creators';

/** Load the sample roster on an empty workspace; remove it in one click once it is there. */
export function DemoControls() {
  const { t } = useTranslation();
  const status = useDemoStatus();
  const load = useLoadDemo();
  const remove = useRemoveDemo();
  if (!status.data) return null;
  if (status.data.demoCreators > 0) {
    return (
      <Button
        variant="light"
        color="gray"
        loading={remove.isPending}
        onClick={() =>
          remove.mutate(undefined, {
            onSuccess: ({ removed }) => notifications.show({ message: t('creators.demo.removed', { count: removed }) }),
            onError: (error) => notifications.show({ color: 'red', message: error.message }),
          })
        }
      >
        {t('creators.demo.remove', { count: status.data.demoCreators })}
      </Button>
    );
  }
  if (status.data.creators > 0) return null;
  return (
    <Button
      variant="light"
      loading={load.isPending}
      onClick={() =>
        load.mutate(undefined, {
          onSuccess: ({ created }) => notifications.show({ color: 'green', message: t('creators.demo.loaded', { count: created }) }),
          onError: (error) => notifications.show({ color: 'red', message: error.message }),
        })
      }
    >
      {t('creators.demo.load')}
    </Button>
  );
}
