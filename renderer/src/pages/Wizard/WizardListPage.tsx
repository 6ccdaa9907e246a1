import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { PageHeader } from '../../components/PageHeader';
import { Link } from 'react-router';
import { useAdviceList, useDeleteAdvice } from '../../api/use-wizard';
import { localDateOf } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';

export function WizardListPage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const list = useAdviceList();
  const remove = useDeleteAdvice();
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
                  {/* Deleting cannot be undone: it asks first, in place. */}
                  <ConfirmButton
                    size="compact-xs"
                    question={t('wizard.deleteConfirm', { name: advice.name })}
                    loading={remove.isPending && remove.variables === advice.id}
                    onConfirm={() => remove.mutate(advice.id, { onSuccess: () => notifications.show({ message: t('wizard.deleted') }) })}
                  >
                    {t('wizard.delete')}
                  </ConfirmButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
