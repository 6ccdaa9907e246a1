import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiErrorIssue } from '@shared/api/contract';
import type { EffectiveFigure } from '@shared/benchmarks/benchmark-overrides';
import { isRange } from '@shared/benchmarks/benchmark-schema';
import { useOverrideBenchmarks } from '../../api/use-benchmarks';
import { usePreferences } from '../../preferences/preferences';
import { numberInputSeparators, numberInputValue } from '../../lib/number-format';
import { displayDecimals, toDisplayValue, toStoredValue, type DisplayValue } from './figure-input';

/** Turns a refusal from the backend into one translated line per problem. */
export function useIssueText() {
  const { t } = useTranslation();
  return (issue: ApiErrorIssue) => {
    if (!issue.rule || issue.rule.startsWith('zod.')) return issue.message;
    const params: Record<string, string | number> = { ...issue.params };
    if (typeof params['platform'] === 'string') params['platform'] = t(`platforms.${params['platform']}`, { defaultValue: params['platform'] });
    for (const tier of ['lower', 'upper'] as const) {
      if (typeof params[tier] === 'string') params[tier] = t(`tiers.${params[tier]}`, { defaultValue: params[tier] });
    }
    return t(`errors.rule.${issue.rule}`, { ...params, defaultValue: issue.message });
  };
}

const unitSuffix: Partial<Record<EffectiveFigure['unit'], string>> = { fraction: ' %', signedFraction: ' %' };

export function FigureEditor({ figure, currency, onDone }: { figure: EffectiveFigure; currency: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = usePreferences();
  const override = useOverrideBenchmarks();
  const issueText = useIssueText();
  const [value, setValue] = useState<DisplayValue>(toDisplayValue(figure.value, figure.unit));
  const [problems, setProblems] = useState<string[]>([]);
  const label = t(`figures.${figure.key}`, { defaultValue: figure.key });

  const separators = numberInputSeparators(locale);
  const inputProps = {
    decimalScale: displayDecimals(figure.unit),
    ...separators,
    // In a price a dot typed in Dutch groups thousands ("1.200" is twelve hundred), as in every
    // other money field; only small figures (percentages, ratios) take it as a decimal point.
    ...(figure.unit === 'money' ? { allowedDecimalSeparators: [separators.decimalSeparator] } : {}),
    suffix: unitSuffix[figure.unit],
    prefix: figure.unit === 'money' ? `${currency} ` : undefined,
    allowNegative: true,
    size: 'xs' as const,
    w: 150,
  };

  const save = () => {
    const numbers = typeof value === 'number' ? [value] : [value.low, value.high];
    if (numbers.some((n) => !Number.isFinite(n))) return setProblems([t('errors.rule.notANumber')]);
    setProblems([]);
    override.mutate(
      { [figure.key]: toStoredValue(value, figure.unit) },
      {
        onSuccess: onDone,
        onError: (error) => setProblems(error instanceof ApiError && error.issues.length > 0 ? error.issues.map(issueText) : [error.message]),
      },
    );
  };

  // Half-typed text ("2." on the way to 2,5) arrives as a string: read it, or the field would be
  // handed NaN and empty itself at the decimal separator.
  const asNumber = (v: string | number) => numberInputValue(v) ?? Number.NaN;

  return (
    <Stack gap={4}>
      {typeof value === 'number' || !isRange(figure.value) ? (
        <NumberInput
          {...inputProps}
          aria-label={t('benchmarks.editValue', { figure: label })}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => setValue(asNumber(v))}
        />
      ) : (
        <Group gap={4} wrap="nowrap">
          <NumberInput {...inputProps} aria-label={t('benchmarks.editLow', { figure: label })} value={value.low} onChange={(v) => setValue({ ...value, low: asNumber(v) })} />
          <Text size="xs">–</Text>
          <NumberInput {...inputProps} aria-label={t('benchmarks.editHigh', { figure: label })} value={value.high} onChange={(v) => setValue({ ...value, high: asNumber(v) })} />
        </Group>
      )}
      {problems.map((problem) => (
        <Text key={problem} size="xs" c="red" role="alert">
          {problem}
        </Text>
      ))}
      <Group gap={4}>
        <Button size="compact-xs" onClick={save} loading={override.isPending}>
          {t('benchmarks.save')}
        </Button>
        <Button size="compact-xs" variant="subtle" onClick={onDone}>
          {t('benchmarks.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
