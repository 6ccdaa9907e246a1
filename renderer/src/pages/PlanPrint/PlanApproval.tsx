import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/api/plans.contract';
import { localDateOf } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import classes from './PlanPrintPage.module.css';
import { SignLines } from './SignLines';

/**
 * The end of a client's copy: what the client approves (this plan, for its budget) and room to
 * sign. Paper only: nobody signs a screen. The version line tells two printouts of one plan apart.
 */
export function PlanApproval({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const { client, budget, date } = plan.inputs;
  const amount = prefs.money(budget.amount, budget.currency);
  return (
    <Stack gap="sm" mt="lg" className={classes.approval} data-testid="plan-approval">
      <Title order={3} size="h4">
        {t('plans.print.approval.title')}
      </Title>
      <Text size="sm">{client ? t('plans.print.approval.statement', { client, budget: amount }) : t('plans.print.approval.statementNoClient', { budget: amount })}</Text>
      {client && (
        <Text size="sm" fw={500}>
          {t('plans.print.approval.onBehalfOf', { client })}
        </Text>
      )}
      <SignLines labels={{ name: t('plans.print.approval.name'), signature: t('plans.print.approval.signature'), date: t('plans.print.approval.date') }} />
      <Text size="xs" c="dimmed" data-testid="plan-prepared">
        {t('plans.print.approval.prepared', { workspace: prefs.settings.workspaceName, date: prefs.date(date), updated: prefs.date(localDateOf(plan.updatedAt)) })}
      </Text>
    </Stack>
  );
}
