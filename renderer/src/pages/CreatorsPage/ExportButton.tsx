import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterQuery } from '@shared/domain/creators';
import { localIsoDay } from '@shared/local-day';
import { useApi } from '../../api/api-context';
import { downloadText } from '../../lib/download';
import { usePreferences } from '../../preferences/preferences';
import { rosterCsv } from './export-roster';

/** Exports exactly what the roster shows: the same filters and order, every row. */
/** `disabled` while the view is empty: a file with only a header exports nothing. */
export function ExportButton({ query, disabled = false }: { query: Omit<RosterQuery, 'offset' | 'limit'>; disabled?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const { locale } = usePreferences();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const rows = await api.creators.exportRows(query);
      downloadText(t('csvImport.export.fileName', { date: localIsoDay(new Date()) }), rosterCsv(rows, locale, t));
      notifications.show({ color: 'green', message: t('csvImport.export.done', { count: rows.length }) });
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="light" loading={busy} disabled={disabled} onClick={() => void run()}>
      {t('csvImport.export.button')}
    </Button>
  );
}
