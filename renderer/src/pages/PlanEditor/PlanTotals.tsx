import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AllocationPlan } from '@shared/calc/allocation';
import { usePreferences } from '../../preferences/preferences';
import keep from './keep-together.module.css';
import { countScenario, moneyScenario, roasScenario } from './plan-format';

/** The plan's totals and its ROAS against the target; kept on one page with their heading. */
export function PlanTotals({ plan }: { plan: AllocationPlan }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const money = (amount: number) => prefs.money(amount, plan.budget.currency);
  const roas = plan.totals.roas;
  return (
    <Stack gap="md" className={keep.together}>
      <Title order={3} size="h4" className={keep.heading}>
        {t('plans.results.totals')}
      </Title>
      <Table withTableBorder data-testid="plan-totals">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w="26%">{t('plans.results.budget')}</Table.Th>
            <Table.Td data-testid="total-budget">{money(plan.budget.amount)}</Table.Td>
          </Table.Tr>
          {(['reach', 'engagements', 'clicks', 'conversions'] as const).map((k) => (
            <Table.Tr key={k}>
              <Table.Th>{t(`plans.results.${k}`)}</Table.Th>
              <Table.Td data-testid={`total-${k}`}>{countScenario(plan.totals[k], prefs, t)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th>{t('plans.results.revenue')}</Table.Th>
            <Table.Td data-testid="total-revenue">{moneyScenario(plan.totals.revenue, prefs, t)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('plans.results.roas')}</Table.Th>
            <Table.Td data-testid="total-roas">{roasScenario(roas, prefs, t)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {plan.roasTarget && roas.computable && (
        <Text size="sm" fw={500} c={plan.roasVerdict?.expected === 'meetsTarget' ? 'teal' : 'orange'} data-testid="roas-verdict">
          {(plan.roasVerdict?.expected === 'meetsTarget' ? t('plans.results.roasMeets', { roas: prefs.number(roas.expected, 2) }) : t('plans.results.roasBelow', { roas: prefs.number(roas.expected, 2) })) +
            ' · ' +
            t('plans.results.roasTarget', { target: prefs.number(plan.roasTarget.value, 2) })}
        </Text>
      )}
    </Stack>
  );
}
