import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../preferences/preferences';
import classes from '../PlanPrint/PlanPrintPage.module.css';
import { SignLines } from '../PlanPrint/SignLines';

/**
 * Where the client signs the printed report: name, signature and date on lines to write on, and
 * who prepared it (Settings → your name). Kept on one page, as the plan's approval.
 */
export function ClientSignOff({ client }: { client: string }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const preparer = prefs.settings.userName;
  return (
    <Stack component="section" gap="sm" aria-label={t('campaigns.report.signOff.title')} className={classes.approval} data-testid="report-sign-off">
      <Title order={2} size="h4">
        {t('campaigns.report.signOff.title')}
      </Title>
      <Text size="sm">{t('campaigns.report.signOff.text', { client })}</Text>
      <SignLines labels={{ name: t('campaigns.report.signOff.name'), signature: t('campaigns.report.signOff.signature'), date: t('campaigns.report.signOff.date') }} />
      {preparer && (
        <Text size="xs" c="dimmed">
          {t('campaigns.report.signOff.preparedBy', { name: preparer, workspace: prefs.settings.workspaceName })}
        </Text>
      )}
    </Stack>
  );
}
