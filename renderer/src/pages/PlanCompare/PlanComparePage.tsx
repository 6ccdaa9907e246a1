import { Alert, Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { ChartConfiguration } from 'chart.js';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AllocationPlan } from '@shared/calc/allocation';
import { computePlan, planRate } from '@shared/plans/plan-allocation';
import { useApi } from '../../api/api-context';
import { queryKeys } from '../../api/query-keys';
import { useBenchmarks } from '../../api/use-benchmarks';
import { ChartCanvas, type ChartColors } from '../../components/charts/ChartCanvas';
import { QueryState } from '../../components/QueryState';
import { usePreferences } from '../../preferences/preferences';

type Expected = 'reach' | 'clicks' | 'conversions';

/** Two to four plans side by side: inputs, expected totals and the difference from the first. */
export function PlanComparePage() {
  const { t } = useTranslation();
  const api = useApi();
  const prefs = usePreferences();
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0).slice(0, 4);
  const benchmarks = useBenchmarks();
  const plans = useQueries({ queries: ids.map((id) => ({ queryKey: [...queryKeys.plans, 'detail', id], queryFn: () => api.plans.get({ id }) })) });
  const loaded = plans.map((p) => p.data).filter((p) => p !== undefined);
  // A plan deleted since (an old link, the browser's back button) is left out and said so; waiting
  // for it would show "Loading…" for ever.
  const pending = plans.some((p) => p.isPending);
  const missing = plans.filter((p) => p.isError).length;

  const chart = useCallback(
    (rows: { name: string; budget: number; revenue: number }[], currency: string) =>
      (colors: ChartColors): ChartConfiguration<'bar'> => ({
        type: 'bar',
        data: {
          labels: rows.map((r) => r.name),
          datasets: [
            { label: t('plans.compareView.budget'), data: rows.map((r) => r.budget), backgroundColor: '#adb5bd' },
            { label: t('plans.compareView.revenue'), data: rows.map((r) => r.revenue), backgroundColor: '#12b886' },
          ],
        },
        options: {
          plugins: { legend: { labels: { color: colors.text } }, tooltip: { callbacks: { label: (i) => `${i.dataset.label}: ${prefs.money(Number(i.raw), currency)}` } } },
          scales: {
            x: { ticks: { color: colors.text }, grid: { color: colors.grid } },
            y: { ticks: { color: colors.text, callback: (v) => prefs.money(Number(v), currency) }, grid: { color: colors.grid } },
          },
        },
      }),
    [t, prefs],
  );

  return (
    <Stack>
      <Anchor component={Link} to="/plans" size="sm">
        ← {t('plans.editor.back')}
      </Anchor>
      <Title order={2}>{t('plans.compareView.title')}</Title>
      {ids.length < 2 && <Text c="dimmed">{t('plans.compareHint')}</Text>}
      <QueryState query={benchmarks}>
        {(view) => {
          if (pending) return <Text>{t('app.loading')}</Text>;
          const gone = missing > 0 && (
            <Alert color="yellow" data-testid="compare-missing">
              {t('plans.compareView.missing', { count: missing })}
            </Alert>
          );
          if (loaded.length === 0) return gone;
          const computed = loaded.map((p) => ({ plan: p, result: computePlan(view, p.inputs, planRate(p.inputs.budget.currency, prefs.settings)) }));
          const results = computed.map((c) => (c.result.ok ? c.result : null));
          const currency = loaded[0]!.inputs.budget.currency;
          // Differences only make sense between plans in the same currency.
          const sameCurrency = loaded.every((p) => p.inputs.budget.currency === currency);
          const currencyOf = (i: number) => loaded[i]!.inputs.budget.currency;
          const expected = (r: AllocationPlan | null, k: Expected) => (r && r.totals[k].computable ? r.totals[k].expected : null);
          const revenue = (r: AllocationPlan | null) => (r && r.totals.revenue.computable ? r.totals.revenue.expected.amount : null);
          const roas = (r: AllocationPlan | null) => (r && r.totals.roas.computable ? r.totals.roas.expected : null);
          const delta = (values: (number | null)[], i: number, format: (n: number) => string) => {
            const first = values[0];
            const value = values[i];
            if (i === 0 || !sameCurrency || first === null || first === undefined || value === null || value === undefined) return '';
            const d = value - first;
            return ` (${d >= 0 ? '+' : '−'}${format(Math.abs(d))})`;
          };
          const numberRow = (label: string, values: (number | null)[], format: (n: number, plan: number) => string) => (
            <Table.Tr key={label}>
              <Table.Th>{label}</Table.Th>
              {values.map((v, i) => (
                <Table.Td key={i}>{v === null ? '–' : `${format(v, i)}${delta(values, i, (n) => format(n, i))}`}</Table.Td>
              ))}
            </Table.Tr>
          );
          return (
            <>
              {gone}
              <Table withTableBorder striped data-testid="compare-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('plans.compareView.figure')}</Table.Th>
                    {loaded.map((p) => (
                      <Table.Th key={p.id}>
                        <Anchor component={Link} to={`/plans/${p.id}`}>
                          {p.name}
                        </Anchor>
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {numberRow(t('plans.compareView.budget'), loaded.map((p) => p.inputs.budget.amount), (n, i) => prefs.money(n, currencyOf(i)))}
                  {numberRow(t('plans.compareView.microShare'), loaded.map((p) => p.inputs.microShare), (n) => prefs.percent(n, 0))}
                  <Table.Tr>
                    <Table.Th>{t('plans.compareView.platforms')}</Table.Th>
                    {loaded.map((p) => (
                      <Table.Td key={p.id}>
                        {(['instagram', 'tiktok', 'youtube'] as const)
                          .filter((k) => p.inputs.platformMix[k] > 0)
                          .map((k) => `${t(`platforms.${k}`)} ${prefs.percent(p.inputs.platformMix[k], 0)}`)
                          .join(', ')}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('plans.compareView.pilot')}</Table.Th>
                    {loaded.map((p) => (
                      <Table.Td key={p.id}>{p.inputs.pilot ? prefs.percent(p.inputs.pilot.share, 0) : t('plans.compareView.none')}</Table.Td>
                    ))}
                  </Table.Tr>
                  {numberRow(t('plans.compareView.reach'), results.map((r) => expected(r, 'reach')), (n) => prefs.number(n, 0))}
                  {numberRow(t('plans.compareView.clicks'), results.map((r) => expected(r, 'clicks')), (n) => prefs.number(n, 0))}
                  {numberRow(t('plans.compareView.conversions'), results.map((r) => expected(r, 'conversions')), (n) => prefs.number(n, 0))}
                  {numberRow(t('plans.compareView.revenue'), results.map(revenue), (n, i) => prefs.money(n, currencyOf(i)))}
                  {numberRow(t('plans.compareView.roas'), results.map(roas), (n) => `${prefs.number(n, 2)} : 1`)}
                </Table.Tbody>
              </Table>
              <ChartCanvas
                build={chart(
                  loaded.map((p, i) => ({ name: p.name, budget: p.inputs.budget.amount, revenue: revenue(results[i]!) ?? 0 })),
                  currency,
                )}
                ariaLabel={t('plans.compareView.chart')}
                testId="compare-chart"
              />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
