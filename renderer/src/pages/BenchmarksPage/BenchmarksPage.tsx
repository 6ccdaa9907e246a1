import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BenchmarksView } from '@shared/api';
import { benchmarkGroups } from '@shared/benchmarks/benchmark-schema';
import { QueryState } from '../../components/QueryState';
import { useBenchmarks } from '../../api/use-benchmarks';
import { usePreferences } from '../../preferences/preferences';
import { formatFigureValue } from './format-figure';

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

function BenchmarkTables({ view }: { view: BenchmarksView }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  return (
    <Stack gap="xl">
      <Text size="sm">
        {t('benchmarks.dataSet', { version: view.version, date: prefs.date(view.publishedOn), currency: view.currency })}{' '}
        {view.overrideCount > 0 ? t('benchmarks.overrideCount', { count: view.overrideCount }) : t('benchmarks.noOverrides')}
      </Text>
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
                  <Table.Th w="32%">{t('benchmarks.figure')}</Table.Th>
                  <Table.Th w="22%">{t('benchmarks.value')}</Table.Th>
                  <Table.Th>{t('benchmarks.source')}</Table.Th>
                  <Table.Th w={70}>{t('benchmarks.year')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.map((figure) => (
                  <Table.Tr key={figure.key} data-figure={figure.key}>
                    <Table.Td>{t(`figures.${figure.key}`, { defaultValue: figure.key })}</Table.Td>
                    <Table.Td data-testid="figure-value">
                      {formatFigureValue(figure.value, figure.unit, view.currency, prefs, t)}
                      {figure.overridden && (
                        <Badge ml="xs" size="xs" color="orange" variant="light">
                          {t('benchmarks.overridden')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`benchmarks.sources.${figure.source}`, { defaultValue: view.sources[figure.source] ?? figure.source })}</Text>
                      {figure.note && (
                        <Text size="xs" c="dimmed">
                          {figure.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{figure.year}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}
    </Stack>
  );
}
