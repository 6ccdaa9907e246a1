import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demoPlacesFor } from '@shared/domain/demo';
import { useDemoStatus, useLoadDemo, useRemoveDemo } from '../../api/use-creators';
import { usePreferences } from '../../preferences/preferences';

/**
 * Load the sample roster on an empty workspace; remove it in one click once it is there — with a
 * confirmation only when demo creators were put in campaigns, made ambassadors or edited, since
 * that work goes too.
 */
export function DemoControls() {
  const { t } = useTranslation();
  const status = useDemoStatus();
  const load = useLoadDemo();
  const { language, systemLocale } = usePreferences();
  const remove = useRemoveDemo();
  const [confirming, setConfirming] = useState(false);
  if (!status.data) return null;
  if (status.data.demoCreators > 0) {
    const inUse = status.data.demoInUse;
    const used = inUse.partnerships + inUse.ambassadors > 0;
    const edited = status.data.demoEdited;
    const doRemove = () =>
      remove.mutate(undefined, {
        onSuccess: ({ removed }) => {
          setConfirming(false);
          notifications.show({ message: t('creators.demo.removed', { count: removed }) });
        },
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      });
    if (confirming) {
      return (
        <Group gap="xs" role="alertdialog" aria-label={t('creators.demo.remove', { count: status.data.demoCreators })}>
          <Text size="sm">
            {[used ? t('creators.demo.confirmInUse', { partnerships: inUse.partnerships, ambassadors: inUse.ambassadors }) : null, edited > 0 ? t('creators.demo.confirmEdited', { count: edited }) : null]
              .filter(Boolean)
              .join(' ')}
          </Text>
          <Button size="xs" color="red" loading={remove.isPending} onClick={doRemove}>
            {t('creators.demo.confirmYes')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setConfirming(false)}>
            {t('campaigns.cancel')}
          </Button>
        </Group>
      );
    }
    return (
      <Button variant="light" color="gray" loading={remove.isPending} onClick={() => (used || edited > 0 ? setConfirming(true) : doRemove())}>
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
        load.mutate({ language, places: demoPlacesFor(systemLocale) }, {
          onSuccess: ({ created }) => notifications.show({ color: 'green', message: t('creators.demo.loaded', { count: created }) }),
          onError: (error) => notifications.show({ color: 'red', message: error.message }),
        })
      }
    >
      {t('creators.demo.load')}
    </Button>
  );
}
