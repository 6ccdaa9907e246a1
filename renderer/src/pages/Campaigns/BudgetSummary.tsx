import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignBudgetView } from '@shared/domain/campaigns';
import { usePreferences } from '../../preferences/preferences';

/** Planned, committed, spent and remaining, always together, with a warning when commitments exceed the plan. */
export function BudgetSummary({ budget }: { budget: CampaignBudgetView }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  if (!budget.ok) return <Alert color="red">{t(`campaigns.budget.${budget.reason}`)}</Alert>;
  const planned = budget.planned.amount;
  const share = (amount: number) => (planned > 0 ? Math.min(100, (amount / planned) * 100) : 0);
  const figure = (key: string, amount: number) => (
    <Stack gap={0} data-testid={`budget-${key}`}>
      <Text size="xs" c="dimmed">
        {t(`campaigns.budget.${key}`)}
      </Text>
      <Text fw={600} c={key === 'remaining' && amount < 0 ? 'red' : undefined}>
        {prefs.money(amount, budget.planned.currency)}
      </Text>
    </Stack>
  );
  return (
    <Stack gap="xs" component="section" aria-label={t('campaigns.budget.title')}>
      <Group gap="xl">
        {figure('planned', planned)}
        {figure('committed', budget.committed.amount)}
        {figure('spent', budget.spent.amount)}
        {figure('remaining', budget.remaining.amount)}
      </Group>
      <Progress.Root size="lg" aria-label={t('campaigns.budget.bar')}>
        <Progress.Section value={share(budget.spent.amount)} color="green" />
        <Progress.Section value={Math.max(0, share(budget.committed.amount) - share(budget.spent.amount))} color="blue" />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {t('campaigns.budget.explain')}
      </Text>
      {budget.overCommitted && (
        <Alert color="orange" p="xs" data-testid="over-committed">
          {t('campaigns.budget.overCommitted', { amount: prefs.money(-budget.remaining.amount, budget.planned.currency) })}
        </Alert>
      )}
    </Stack>
  );
}
