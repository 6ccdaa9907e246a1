import { ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvProblem } from '@shared/csv';
import { unknownStatusWords } from '@shared/domain/creator-status-words';
import type { ImportRow } from '@shared/domain/creator-import';
import { useProblemText } from './useProblemText';

/** Problems listed at most; the rest are counted (a broken 100,000-row file would list them all). */
const shownProblems = 200;

/** The preview's problems, by line and column, or that there are none. */
export function ImportProblems({ problems }: { problems: readonly CsvProblem[] }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return (
    <>
      <Title order={3} size="h5" data-testid="import-problem-count">
        {problems.length ? t('csvImport.problems', { count: problems.length }) : t('csvImport.noProblems')}
      </Title>
      {problems.length > 0 && (
        <ScrollArea.Autosize mah={260} type="auto">
          <Stack gap={2} data-testid="import-problems">
            {problems.slice(0, shownProblems).map((p, i) => (
              <Text size="sm" key={i} c="red.8">
                {problemText(p)}
              </Text>
            ))}
            {problems.length > shownProblems && <Text size="sm">{t('csvImport.moreProblems', { count: problems.length - shownProblems })}</Text>}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </>
  );
}

/**
 * Status words of the file that are no roster status ("Contacted", "On hold"): said before
 * importing, since they are not taken over: a new creator starts as a prospect, a known one keeps its status.
 */
export function ImportStatusNote({ rows }: { rows: readonly ImportRow[] }) {
  const { t } = useTranslation();
  const unknown = unknownStatusWords(rows.map((r) => r.status));
  if (unknown.length === 0) return null;
  const words = unknown.map(({ word, rows: count }) => t('csvImport.statusWord', { word, count })).join(', ');
  return (
    <Text size="sm" c="orange.8" data-testid="import-unknown-status">
      {t('csvImport.unknownStatus', { count: unknown.length, words })}
    </Text>
  );
}
