import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Link } from 'react-router';
import type { PlatformAdvice } from '@shared/domain/platform-advice';
import { useAdviceList, useDeleteAdvice } from '../../api/use-wizard';
import { localDateOf } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';

export function WizardListPage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const list = useAdviceList();
  const remove = useDeleteAdvice();
  // Deleting cannot be undone, so it asks first, in place, as the plans list does.
  const [confirmDelete, setConfirmDelete] = useState<Pick<PlatformAdvice, 'id' | 'name'> | null>(null);
  return (
    <Stack>
      <PageHeader title={t('wizard.title')} intro={t('wizard.intro')}>
        <Button component={Link} to="/wizard/new">
          {t('wizard.new')}
        </Button>
      </PageHeader>
      <Title order={3} size="h5">
        {t('wizard.saved')}
      </Title>
      {list.data?.length === 0 && <Text c="dimmed">{t('wizard.empty')}</Text>}
      {confirmDelete && (
        <Group gap="xs" role="alertdialog" aria-label={t('wizard.delete')}>
          <Text size="sm">{t('wizard.deleteConfirm', { name: confirmDelete.name })}</Text>
          <Button
            size="xs"
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(confirmDelete.id, {
                onSuccess: () => {
                  notifications.show({ message: t('wizard.deleted') });
                  setConfirmDelete(null);
                },
              })
            }
          >
            {t('wizard.deleteYes')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setConfirmDelete(null)}>
            {t('benchmarks.cancel')}
          </Button>
        </Group>
      )}
      {list.data && list.data.length > 0 && (
        <Table withTableBorder striped>
          <Table.Tbody>
            {list.data.map((advice) => (
              <Table.Tr key={advice.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/wizard/${advice.id}`}>
                    {advice.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{advice.ranking.map((r) => `${t(`platforms.${r.platform}`)} ${r.budgetPercent}%`).join(' · ')}</Table.Td>
                <Table.Td>{prefs.date(localDateOf(advice.updatedAt))}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirmDelete(advice)}>
                    {t('wizard.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
