import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { campaignResults, type CampaignKpi, type CampaignResults as Results } from '@shared/campaigns/campaign-results';
import { resultFields } from '@shared/domain/partnership-results';
import type { PartnershipSummary } from '@shared/domain/campaigns';
import { useBenchmarks } from '../../api/use-benchmarks';
import { usePreferences, type Preferences } from '../../preferences/preferences';

/** The results of the campaign as its partnerships report them, on screen and on paper: `null` from the report when nothing is reported yet. */
export function useCampaignResults(currency: string, partnerships: readonly PartnershipSummary[]): Results | null {
  const benchmarks = useBenchmarks();
  return benchmarks.data ? campaignResults(benchmarks.data, currency, partnerships) : null;
}

/**
 * Totals (reach, impressions, engagements, clicks, conversions, revenue) and the KPIs of domain
 * §8, each with its formula, how many creators it is from, and the benchmark where there is one
 * (CTR 2–5 %, ROAS at least 3 : 1). The KPIs' cost is what the reporting partnerships cost:
 * their committed terms, or what was spent when more.
 */
export function CampaignResultsView({ results, currency }: { results: Results; currency: string }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  if (results.reporting === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="results-none">
        {t('campaigns.results.none')}
      </Text>
    );
  }
  const totals = [...resultFields, 'revenue' as const];
  return (
    <Stack gap="sm" data-testid="campaign-results">
      <Text size="sm">{t('campaigns.results.reporting', { count: results.reporting, total: results.partnerships })}</Text>
      <Group gap="xl" data-testid="results-totals">
        {totals.map((f) => (
          <Stack key={f} gap={0}>
            <Text size="xs" c="dimmed">
              {t(`partnership.results.fields.${f}`)}
            </Text>
            <Text fw={600}>{results.totals[f].from === 0 ? '–' : f === 'revenue' ? prefs.money(results.totals[f].value, currency) : prefs.number(results.totals[f].value)}</Text>
          </Stack>
        ))}
      </Group>
      <Table withTableBorder data-testid="results-kpis">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.results.kpi')}</Table.Th>
            <Table.Th ta="right">{t('campaigns.results.value')}</Table.Th>
            <Table.Th>{t('campaigns.results.formula')}</Table.Th>
            <Table.Th>{t('campaigns.results.benchmark')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.kpis.map((k) => (
            <Table.Tr key={k.key} data-kpi={k.key}>
              <Table.Td>{t(`campaigns.results.kpis.${k.key}`)}</Table.Td>
              <Table.Td ta="right">{kpiValue(k, prefs, currency, t)}</Table.Td>
              <Table.Td>
                <Text size="xs">{t(`campaigns.results.formulas.${k.key}`)}</Text>
                {k.value.computable && k.from < results.reporting && (
                  <Text size="xs" c="dimmed">
                    {t('campaigns.results.from', { count: k.from })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{k.benchmark ? <Text size="xs" c={k.benchmark.verdict === 'below' ? 'orange.8' : undefined}>{benchmarkText(k, prefs, t)}</Text> : null}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {t('campaigns.results.costNote')}
      </Text>
    </Stack>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function kpiValue(k: CampaignKpi, prefs: Preferences, currency: string, t: T): string {
  if (!k.value.computable) return t(`campaigns.results.reasons.${k.value.reason}`, { defaultValue: t('campaigns.results.reasons.other') });
  const value = k.value.value;
  if (typeof value !== 'number') return prefs.money(value.amount, value.currency || currency);
  switch (k.key) {
    case 'roas':
      return `${prefs.number(value, 2)} : 1`;
    case 'frequency':
      return prefs.number(value, 2);
    default:
      return prefs.percent(value, 2);
  }
}

function benchmarkText(k: CampaignKpi, prefs: Preferences, t: T): string {
  const b = k.benchmark!;
  if (k.key === 'roas') return t(`campaigns.results.roasTarget.${b.verdict}`, { target: `${prefs.number(b.low, 2)} : 1` });
  return t(`campaigns.results.ctrRange.${b.verdict}`, { low: prefs.percent(b.low), high: prefs.percent(b.high ?? b.low) });
}
