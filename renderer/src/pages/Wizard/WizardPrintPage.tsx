import { Box, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { recommendPlatforms } from '@shared/calc/platform-recommendation';
import { useBenchmarks } from '../../api/use-benchmarks';
import { useAdvice } from '../../api/use-wizard';
import { QueryState } from '../../components/QueryState';
import { usePreferences } from '../../preferences/preferences';
import classes from '../PlanPrint/PlanPrintPage.module.css';
import { usePrintPage } from '../../lib/use-print-page';
import { RecommendationView } from './RecommendationView';

/** Applies the print setup once the advice is there to print. */
function PrintSetup() {
  usePrintPage();
  return null;
}

/** The recommendation on paper, printed the same way as a budget plan. */
export function WizardPrintPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const prefs = usePreferences();
  const advice = useAdvice(Number(id));
  const benchmarks = useBenchmarks();
  return (
    <QueryState query={benchmarks}>
      {(view) => (
        <QueryState query={advice}>
          {(saved) => (
            <Box className={classes.page} data-testid="print-page">
              <PrintSetup />
              <Group justify="flex-end" className={classes.noPrint} mb="md">
                <Button onClick={() => window.print()}>{t('plans.print.printNow')}</Button>
              </Group>
              <header className={classes.header}>
                <Text size="sm" c="dimmed">
                  {t('plans.print.by', { workspace: prefs.settings.workspaceName, date: prefs.date(saved.updatedAt) })}
                </Text>
                <Title order={1} size="h2">
                  {saved.name}
                </Title>
                <Text size="sm">{t('wizard.title')}</Text>
              </header>
              <RecommendationView recommendation={recommendPlatforms(view, saved.answers)} dataSet={view} checked={saved.checked} />
            </Box>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}
