import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProgress as Progressed } from '@shared/domain/creator-import';
import { usePreferences } from '../../preferences/preferences';

/**
 * The import's progress as the backend reports it, step by step. Before the first report,
 * while the backend reads the file and while it saves (neither can report), the bar only says
 * that work is going on.
 */
export function ImportProgress({ rows, progress }: { rows: number; progress: Progressed | null }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const measured = progress !== null && progress.step !== 'reading' && progress.step !== 'saving' && progress.total > 0;
  const label = progress
    ? t(`csvImport.progress.${progress.step}`, { done: prefs.number(progress.done, 0), total: prefs.number(progress.total, 0) })
    : t('csvImport.writing', { count: rows });
  return (
    <Stack gap={4}>
      {/* A new bar per step, so it does not slide back from the last step's 100 %. */}
      <Progress key={progress?.step} value={measured ? (100 * progress.done) / progress.total : 100} striped={!measured} animated={!measured} aria-label={label} />
      <Text size="sm" data-testid="import-progress">
        {label}
      </Text>
      {progress && (
        <Text size="xs" c="dimmed">
          {t('csvImport.writing', { count: rows })}
        </Text>
      )}
    </Stack>
  );
}
