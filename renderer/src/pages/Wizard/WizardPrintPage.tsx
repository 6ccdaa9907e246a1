import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { recommendPlatforms } from '@shared/calc/platform-recommendation';
import { useBenchmarks } from '../../api/use-benchmarks';
import { useAdvice } from '../../api/use-wizard';
import { QueryState } from '../../components/QueryState';
import { localDateOf } from '../../lib/dates';
import { PrintFrame } from '../PlanPrint/PrintFrame';
import { AdviceAnswers } from './AdviceAnswers';
import { RecommendationView } from './RecommendationView';
import classes from './WizardPrintPage.module.css';

/** The recommendation on paper, printed the same way as a budget plan. */
export function WizardPrintPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const advice = useAdvice(Number(id));
  const benchmarks = useBenchmarks();
  return (
    <QueryState query={benchmarks}>
      {(view) => (
        <QueryState query={advice}>
          {(saved) => (
            <PrintFrame date={localDateOf(saved.updatedAt)} title={saved.name} subtitle={<Text size="sm">{t('wizard.title')}</Text>}>
              <Stack mt="md">
                <AdviceAnswers answers={saved.answers} />
                <Box className={classes.recommendation}>
                  <RecommendationView recommendation={recommendPlatforms(view, saved.answers)} dataSet={view} checked={saved.checked} />
                </Box>
              </Stack>
            </PrintFrame>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}
