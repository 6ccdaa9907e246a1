import { Box, Button, Group, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { recommendPlatforms } from '@shared/calc/platform-recommendation';
import { useBenchmarks } from '../../api/use-benchmarks';
import { useAdvice } from '../../api/use-wizard';
import { QueryState } from '../../components/QueryState';
import { usePreferences } from '../../preferences/preferences';
import classes from '../PlanPrint/PlanPrintPage.module.css';
import { RecommendationView } from './RecommendationView';

/** Tells a printer (the Electron shell, a test) that the page is complete. */
function PrintReady() {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['printReady'] = 'true';
    return () => {
      delete root.dataset['printReady'];
    };
  }, []);
  return null;
}

/** The recommendation on paper, printed the same way as a budget plan. */
export function WizardPrintPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const prefs = usePreferences();
  const advice = useAdvice(Number(id));
  const benchmarks = useBenchmarks();
  useEffect(() => {
    const root = document.documentElement;
    const before = root.getAttribute('data-mantine-color-scheme');
    root.setAttribute('data-mantine-color-scheme', 'light');
    return () => {
      if (before) root.setAttribute('data-mantine-color-scheme', before);
    };
  }, []);
  return (
    <QueryState query={benchmarks}>
      {(view) => (
        <QueryState query={advice}>
          {(saved) => (
            <Box className={classes.page} data-testid="print-page">
              <PrintReady />
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
