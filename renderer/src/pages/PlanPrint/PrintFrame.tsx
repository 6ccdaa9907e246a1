import { Box, Button, Group, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OnPaper } from '../../components/charts/ChartCanvas';
import { usePrintPage } from '../../lib/use-print-page';
import { usePreferences } from '../../preferences/preferences';
import classes from './PlanPrintPage.module.css';

/**
 * What every printed page shares: the print setup (paper, page numbers, print-ready mark), a print
 * button for the screen only, and the header with the workspace, the date and the title.
 * Mounted only once everything to print is loaded, so "ready" means complete.
 */
export function PrintFrame({
  date,
  title,
  subtitle,
  documentTitle,
  children,
}: {
  date: string;
  title: string;
  subtitle?: ReactNode;
  /** What the browser and printToPDF name the PDF (its Title and the default file name); else the app's title. */
  documentTitle?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const size = usePrintPage();
  useEffect(() => {
    if (!documentTitle) return;
    const before = document.title;
    document.title = documentTitle;
    // Back to the app's title once the print view is left.
    return () => {
      document.title = before;
    };
  }, [documentTitle]);
  return (
    <Box className={classes.page} data-testid="print-page" data-paper={size}>
      <Group justify="flex-end" className={classes.noPrint} mb="md">
        <Button onClick={() => window.print()}>{t('plans.print.printNow')}</Button>
      </Group>
      <header className={classes.header}>
        <Text size="sm" c="dimmed">
          {t('plans.print.by', { workspace: prefs.settings.workspaceName, date: prefs.date(date) })}
        </Text>
        <Title order={1} size="h2">
          {title}
        </Title>
        {subtitle}
      </header>
      <OnPaper.Provider value={true}>{children}</OnPaper.Provider>
    </Box>
  );
}
