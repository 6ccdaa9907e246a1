import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { campaignResults, type CampaignKpi, type CampaignResults as Results } from '@shared/campaigns/campaign-results';
import { resultFields } from '@shared/domain/partnership-results';
import type { PartnershipSummary } from '@shared/domain/campaigns';
import type { Money } from '@shared/calc/money';
import type { LineForecast } from '@shared/calc/forecast';
import { computePlan, planRate } from '@shared/plans/plan-allocation';
import { useBenchmarks } from '../../api/use-benchmarks';
import { usePlan } from '../../api/use-plans';
import { usePreferences, type Preferences } from '../../preferences/preferences';

/** The results of the campaign as its partnerships report them; null until the benchmarks are loaded. */
export function useCampaignResults(currency: string, partnerships: readonly PartnershipSummary[]): Results | null {
  const benchmarks = useBenchmarks();
  return benchmarks.data ? campaignResults(benchmarks.data, currency, partnerships) : null;
}

/** What the campaign's budget plan forecast, to set the results against: its name, budget and totals. */
export interface PlanForecast {
  name: string;
  budget: Money;
  totals: LineForecast;
}

/** The forecast of the plan a campaign came from, computed as the plan shows it (today's benchmarks and rate); null without one. */
export function usePlanForecast(planId: number | null): { forecast: PlanForecast | null; pending: boolean } {
  const plan = usePlan(planId);
  const benchmarks = useBenchmarks();
  const prefs = usePreferences();
  if (planId === null) return { forecast: null, pending: false };
  if (!plan.data || !benchmarks.data) return { forecast: null, pending: plan.isPending || benchmarks.isPending };
  const result = computePlan(benchmarks.data, plan.data.inputs, planRate(plan.data.inputs.budget.currency, prefs.settings));
  return { forecast: result.ok ? { name: plan.data.name, budget: plan.data.inputs.budget, totals: result.totals } : null, pending: false };
}

/**
 * Totals (reach, impressions, engagements, clicks, conversions, revenue) and the KPIs of domain
 * §8, each with its formula, how many creators it is from, and the benchmark where there is one
 * (CTR 2–5 %, ROAS at least 3 : 1). The KPIs' cost is what the reporting partnerships cost:
 * their committed terms, or what was spent when more.
 */
export function CampaignResultsView({ results, currency, forecast = null, budget }: { results: Results; currency: string; forecast?: PlanForecast | null; budget?: Money }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  if (results.reporting === 0) {
    return (
      <Stack gap={4}>
        <Text c="dimmed" size="sm" data-testid="results-none">
          {t('campaigns.results.none')}
        </Text>
        {results.leftOut > 0 && (
          <Text size="sm" c="dimmed" data-testid="results-left-out">
            {t('campaigns.results.leftOut', { count: results.leftOut })}
          </Text>
        )}
      </Stack>
    );
  }
  const totals = [...resultFields, 'revenue' as const];
  return (
    <Stack gap="sm" data-testid="campaign-results">
      <Text size="sm">
        {t('campaigns.results.reporting', { count: results.reporting, total: results.partnerships })}
        {results.measured &&
          ` ${results.measured.from === results.measured.to ? t('campaigns.results.readOnDay', { date: prefs.date(results.measured.from) }) : t('campaigns.results.readOn', { from: prefs.date(results.measured.from), to: prefs.date(results.measured.to) })}`}
      </Text>
      {results.leftOut > 0 && (
        <Text size="sm" c="dimmed" data-testid="results-left-out">
          {t('campaigns.results.leftOut', { count: results.leftOut })}
        </Text>
      )}
      {results.withoutCost > 0 && (
        <Text size="sm" c="orange.8" data-testid="results-without-cost">
          {t('campaigns.results.withoutCost', { count: results.withoutCost })}
        </Text>
      )}
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
      {forecast && <ForecastLine forecast={forecast} budget={budget} />}
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

/** The plan's forecast beside the results: expected, with the low–high range, for the plan's own budget. */
function ForecastLine({ forecast, budget }: { forecast: PlanForecast; budget: Money | undefined }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const figures = (['reach', 'engagements', 'clicks', 'conversions', 'revenue'] as const).flatMap((f) => {
    const figure = forecast.totals[f];
    if (!figure.computable) return [];
    const show = (v: number | Money) => (typeof v === 'number' ? prefs.number(Math.round(v)) : prefs.money(v.amount, v.currency));
    return [t('campaigns.results.forecastFigure', { name: t(`partnership.results.fields.${f}`).toLocaleLowerCase(), expected: show(figure.expected), low: show(figure.low), high: show(figure.high) })];
  });
  if (figures.length === 0) return null;
  // A pilot (or any campaign with another budget than its plan) is not to be held to the whole plan's figures.
  const part = budget && budget.currency === forecast.budget.currency && budget.amount !== forecast.budget.amount && forecast.budget.amount > 0 ? budget.amount / forecast.budget.amount : null;
  return (
    <Text size="sm" data-testid="results-forecast">
      {t('campaigns.results.forecast', { plan: forecast.name, budget: prefs.money(forecast.budget.amount, forecast.budget.currency), figures: figures.join('; ') })}
      {part !== null && ` ${t('campaigns.results.forecastPart', { budget: prefs.money(budget!.amount, budget!.currency), share: prefs.percent(part) })}`}
    </Text>
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
