import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchmarksView } from '@shared/api';
import { ApiError } from '@shared/api/contract';
import type { EffectiveFigure } from '@shared/benchmarks/benchmark-overrides';
import { benchmarkGroups } from '@shared/benchmarks/benchmark-schema';
import { QueryState } from '../../components/QueryState';
import { useBenchmarks, useResetBenchmarks } from '../../api/use-benchmarks';
import { usePreferences } from '../../preferences/preferences';
import { FigureEditor, useIssueText } from './FigureEditor';
import { convertedFigureValue, formatFigureValue } from './format-figure';

export function BenchmarksPage() {
  const { t } = useTranslation();
  const benchmarks = useBenchmarks();
  return (
    <Stack>
      <Title order={2}>{t('benchmarks.title')}</Title>
      <Text c="dimmed">{t('benchmarks.intro')}</Text>
      <QueryState query={benchmarks}>{(view) => <BenchmarkTables view={view} />}</QueryState>
    </Stack>
  );
}

function ResetAll({ count }: { count: number }) {
  const { t } = useTranslation();
  const reset = useResetBenchmarks();
  const [confirming, setConfirming] = useState(false);
  if (count === 0) return null;
  if (!confirming) {
    return (
      <Button size="xs" variant="light" color="orange" onClick={() => setConfirming(true)}>
        {t('benchmarks.resetAll')}
      </Button>
    );
  }
  return (
    <Group gap="xs" role="group" aria-label={t('benchmarks.resetAll')}>
      <Text size="sm">{t('benchmarks.resetAllConfirm', { count })}</Text>
      <Button size="xs" color="orange" loading={reset.isPending} onClick={() => reset.mutate({ all: true }, { onSettled: () => setConfirming(false) })}>
        {t('benchmarks.resetAllYes')}
      </Button>
      <Button size="xs" variant="subtle" onClick={() => setConfirming(false)}>
        {t('benchmarks.cancel')}
      </Button>
    </Group>
  );
}

function FigureRow({ figure, view }: { figure: EffectiveFigure; view: BenchmarksView }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const reset = useResetBenchmarks();
  const issueText = useIssueText();
  const [editing, setEditing] = useState(false);
  const label = t(`figures.${figure.key}`, { defaultValue: figure.key });
  const format = (value: EffectiveFigure['value']) => formatFigureValue(value, figure.unit, view.currency, prefs, t);

  const resetOne = () =>
    reset.mutate(
      { keys: [figure.key] },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('benchmarks.resetDone') }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('benchmarks.resetFailed'),
            message: error instanceof ApiError && error.issues[0] ? issueText(error.issues[0]) : error.message,
          }),
      },
    );

  return (
    <Table.Tr data-figure={figure.key} data-overridden={figure.overridden || undefined}>
      <Table.Td>{label}</Table.Td>
      <Table.Td>
        {editing ? (
          <FigureEditor figure={figure} currency={view.currency} onDone={() => setEditing(false)} />
        ) : (
          <>
            <span data-testid="figure-value">
              {format(figure.value)}
              {figure.overridden && (
                <Badge ml="xs" size="xs" color="orange" variant="light">
                  {t('benchmarks.overridden')}
                </Badge>
              )}
            </span>
            {convertedFigureValue(figure.value, figure.unit, view.currency, prefs, t) && (
              <Text size="xs" data-testid="figure-converted">
                {convertedFigureValue(figure.value, figure.unit, view.currency, prefs, t)}
              </Text>
            )}
            {figure.overridden && (
              <Text size="xs" c="dimmed" data-testid="figure-default">
                {t('benchmarks.defaultWas', { value: format(figure.defaultValue) })}
              </Text>
            )}
          </>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`benchmarks.sources.${figure.source}`, { defaultValue: view.sources[figure.source] ?? figure.source })}</Text>
        {figure.note && (
          <Text size="xs" c="dimmed">
            {t(`figureNotes.${figure.key}`, { defaultValue: figure.note })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{figure.year}</Table.Td>
      <Table.Td>
        {!editing && (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" aria-label={`${t('benchmarks.edit')}: ${label}`} onClick={() => setEditing(true)}>
              {t('benchmarks.edit')}
            </Button>
            {figure.overridden && (
              <Button size="compact-xs" variant="subtle" color="orange" aria-label={t('benchmarks.resetLabel', { figure: label })} onClick={resetOne} loading={reset.isPending}>
                {t('benchmarks.reset')}
              </Button>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function BenchmarkTables({ view }: { view: BenchmarksView }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="center">
        <Text size="sm" data-testid="benchmarks-summary">
          {t('benchmarks.dataSet', { version: view.version, date: prefs.date(view.publishedOn), currency: view.currency })}{' '}
          {view.overrideCount > 0 ? t('benchmarks.overrideCount', { count: view.overrideCount }) : t('benchmarks.noOverrides')}
        </Text>
        <ResetAll count={view.overrideCount} />
      </Group>
      {benchmarkGroups.map((group) => {
        const figures = view.figures.filter((f) => f.group === group);
        if (figures.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <Title order={3} size="h4" id={`group-${group}`} mb="xs">
              {t(`benchmarks.groups.${group}`)}
            </Title>
            {group === 'tiers' && (
              <Text size="sm" c="dimmed" mb="xs">
                {t('benchmarks.tierBoundaries')}
              </Text>
            )}
            <Table striped highlightOnHover withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="28%">{t('benchmarks.figure')}</Table.Th>
                  <Table.Th w="24%">{t('benchmarks.value')}</Table.Th>
                  <Table.Th>{t('benchmarks.source')}</Table.Th>
                  <Table.Th w={60}>{t('benchmarks.year')}</Table.Th>
                  <Table.Th w={150}>{t('benchmarks.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.map((figure) => (
                  <FigureRow key={figure.key} figure={figure} view={view} />
                ))}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}
    </Stack>
  );
}
