import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipDetail } from '@shared/domain/campaigns';
import { emptyResults, resultFields, type PartnershipResults, type ResultField } from '@shared/domain/partnership-results';
import { useWorkActions } from '../../api/use-campaigns';
import { DateField } from '../../components/DateField';
import { MoneyInput } from '../../components/MoneyInput';
import { NumberTextInput } from '../../components/NumberTextInput';
import { FieldProblemsScope, useFieldProblemsScope } from '../../components/field-problems';
import { apiErrorText, fieldErrors } from '../../lib/api-error-text';
import { localToday } from '../../lib/dates';
import { numberFieldError, numberFieldText, readNumberField, type NumberFieldProblem } from '../../lib/number-field';
import { useLeaveGuard } from '../../lib/use-leave-guard';
import { isCommitted } from '@shared/campaigns/pipeline';
import { usePreferences } from '../../preferences/preferences';

/** Counts as insights write them: whole, "12,5k" allowed, at most a trillion. */
const countRule = { whole: true, magnitude: true, max: 1e12 } as const;

/**
 * What the partnership's content achieved, typed from the creator's insights and the brand's
 * tracking (domain §8): reach, impressions, engagements, clicks, conversions and revenue, with
 * the day they were read and where from. A blank is "not known yet", never zero: the campaign's
 * KPIs leave out partnerships that have not reported what a KPI needs.
 */
export function ResultsForm({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const { locale } = usePreferences();
  const { saveResults } = useWorkActions();
  /** The saved results the form started from: what "unsaved" is measured against, and what a save may replace. */
  const [base, setBase] = useState(partnership.results);
  const textsOf = (r: PartnershipResults | null) => Object.fromEntries(resultFields.map((f) => [f, numberFieldText((r ?? emptyResults)[f], locale)])) as Record<ResultField, string>;
  const [counts, setCounts] = useState(() => textsOf(base));
  const [revenue, setRevenue] = useState((base ?? emptyResults).revenue);
  const [measuredOn, setMeasuredOn] = useState((base ?? emptyResults).measuredOn);
  const [source, setSource] = useState((base ?? emptyResults).source);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fieldProblems = useFieldProblemsScope();
  const started = base ?? emptyResults;
  // Compared by the numbers read, not the text: "20000" over a stored 20.000 changes nothing;
  // text that reads as no number is a change.
  const countsRead = resultFields.map((f) => {
    const reading = readNumberField(counts[f], locale, countRule);
    return reading.ok ? reading.value : `unreadable:${counts[f]}`;
  });
  const dirty = resultFields.some((f, i) => countsRead[i] !== started[f]) || revenue !== started.revenue || measuredOn !== started.measuredOn || source !== started.source;
  /** Fills the form from saved results (after its own save, or another's while it was untouched). */
  const startFrom = (r: PartnershipResults | null) => {
    setBase(r);
    setCounts(textsOf(r));
    setRevenue((r ?? emptyResults).revenue);
    setMeasuredOn((r ?? emptyResults).measuredOn);
    setSource((r ?? emptyResults).source);
  };
  if (!dirty && JSON.stringify(partnership.results) !== JSON.stringify(base)) startFrom(partnership.results);
  const leaveGuard = useLeaveGuard(dirty);

  const save = () => {
    // Every field's problem at once, and none left over from an earlier attempt.
    const problems: Record<string, string> = {};
    const read = Object.fromEntries(
      resultFields.map((f) => {
        const reading = readNumberField(counts[f], locale, countRule);
        if (!reading.ok) problems[f] = countProblem(reading.problem);
        return [f, reading.ok ? reading.value : null];
      }),
    ) as Record<ResultField, number | null>;
    setErrors(problems);
    if (fieldProblems.any || Object.keys(problems).length > 0) return void notifications.show({ color: 'red', message: t('app.fieldProblems') });
    const results: PartnershipResults = { ...read, revenue, measuredOn, source: source.trim() };
    saveResults.mutate(
      { id: partnership.id, results, expected: base },
      {
        onSuccess: (saved) => {
          startFrom(saved.results);
          notifications.show({ color: 'green', message: t('partnership.results.saved') });
        },
        onError: (error) => {
          setErrors(fieldErrors(t, error, 'results.'));
          notifications.show({ color: 'red', message: apiErrorText(t, error) });
        },
      },
    );
  };

  /** A count's problem in words: "whole number" here is of the count, not of followers. */
  const countProblem = (problem: NumberFieldProblem) => (problem === 'negative' || problem === 'notWhole' ? t('partnership.results.wholeCount') : numberFieldError(t, problem, locale, { max: countRule.max }));

  return (
    <FieldProblemsScope value={fieldProblems}>
      {leaveGuard.prompt}
      <Stack component="form" aria-label={t('partnership.results.title')} onSubmit={(e: React.FormEvent) => { e.preventDefault(); save(); }}>
        <Text size="sm" c="dimmed">
          {t('partnership.results.help')}
        </Text>
        {!isCommitted(partnership.stage) && (
          <Text size="sm" c="orange.8" data-testid="results-not-counted">
            {t('partnership.results.notCounted')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {resultFields.map((f) => (
            <NumberTextInput
              key={f}
              label={t(`partnership.results.fields.${f}`)}
              description={t(`partnership.results.describe.${f}`)}
              value={counts[f]}
              error={errors[f]}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setCounts((c) => ({ ...c, [f]: text }));
                setErrors(({ [f]: _cleared, ...rest }) => rest);
              }}
            />
          ))}
          <MoneyInput label={t('partnership.results.fields.revenue')} description={t('partnership.results.describe.revenue')} currency={partnership.campaignCurrency} value={revenue} error={errors['revenue']} onChange={setRevenue} />
        </SimpleGrid>
        <Group align="flex-start">
          <DateField label={t('partnership.results.fields.measuredOn')} value={measuredOn} maxDate={localToday()} clearable onChange={setMeasuredOn} error={errors['measuredOn']} />
          <TextInput label={t('partnership.results.fields.source')} placeholder={t('partnership.results.sourceExample')} maxLength={200} value={source} error={errors['source']} onChange={(e) => setSource(e.currentTarget.value)} w={320} />
        </Group>
        <Button type="submit" w="fit-content" loading={saveResults.isPending}>
          {t('partnership.results.save')}
        </Button>
      </Stack>
    </FieldProblemsScope>
  );
}
