import { SimpleGrid, Text } from '@mantine/core';
import type { ChartConfiguration } from 'chart.js';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationPlan } from '@shared/calc/allocation';
import { currencyDecimals } from '@shared/format';
import { budgetSplit } from '@shared/plans/plan-allocation';
import { ChartCanvas, chartPalette, type ChartColors } from '../../components/charts/ChartCanvas';
import keep from './keep-together.module.css';
import { wholeUnitAxis } from '../../components/charts/money-axis';
import { usePreferences } from '../../preferences/preferences';
import { lineLabel } from './plan-format';

/** The plan's charts: budget split (tier, platform), revenue range per line, and the pilot timeline. */
export function PlanCharts({ plan, pilotWeeks }: { plan: AllocationPlan; pilotWeeks: number | null }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const money = useCallback((minor: number) => prefs.money(minor, plan.budget.currency), [prefs, plan.budget.currency]);
  const moneyAxis = useMemo(() => wholeUnitAxis(currencyDecimals(plan.budget.currency)), [plan.budget.currency]);

  const split = useCallback(
    (by: 'tier' | 'platform') =>
      (colors: ChartColors): ChartConfiguration<'doughnut'> => {
        const split: { key: string; amount: number }[] = by === 'tier' ? budgetSplit(plan, 'tier') : budgetSplit(plan, 'platform');
        return {
          type: 'doughnut',
          data: {
            labels: split.map(({ key }) => (by === 'tier' ? t(`creators.tierNames.${key}`) : t(`platforms.${key}`))),
            datasets: [{ data: split.map(({ amount }) => amount), backgroundColor: chartPalette.slice(by === 'tier' ? 0 : 3) }],
          },
          options: {
            plugins: {
              legend: { position: 'bottom', labels: { color: colors.text } },
              tooltip: { callbacks: { label: (item) => `${item.label}: ${money(Number(item.raw))}` } },
            },
          },
        };
      },
    [plan, t, money],
  );

  const revenue = useCallback(
    (colors: ChartColors): ChartConfiguration<'bar'> => {
      const pick = (k: 'low' | 'expected' | 'high') => plan.lines.map((l) => (l.forecast.revenue.computable ? l.forecast.revenue[k].amount : 0));
      return {
        type: 'bar',
        data: {
          labels: plan.lines.map((l) => lineLabel(l, t)),
          datasets: [
            { label: t('plans.charts.low'), data: pick('low'), backgroundColor: '#a5d8ff' },
            { label: t('plans.charts.expected'), data: pick('expected'), backgroundColor: '#228be6' },
            { label: t('plans.charts.high'), data: pick('high'), backgroundColor: '#1864ab' },
          ],
        },
        options: {
          plugins: { legend: { labels: { color: colors.text } }, tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${money(Number(item.raw))}` } } },
          scales: {
            x: { ticks: { color: colors.text }, grid: { color: colors.grid } },
            y: { ...moneyAxis, ticks: { color: colors.text, callback: (v) => money(Number(v)) }, grid: { color: colors.grid } },
          },
        },
      };
    },
    [plan, t, money, moneyAxis],
  );

  const timeline = useCallback(
    (colors: ChartColors): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: [t('plans.charts.timeline')],
        datasets: [
          { label: t('plans.charts.pilotPhase', { weeks: pilotWeeks ?? 0 }), data: [plan.pilot?.budget.amount ?? 0], backgroundColor: '#fab005' },
          { label: t('plans.charts.scalePhase'), data: [plan.pilot?.scaleBudget.amount ?? 0], backgroundColor: '#12b886' },
        ],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { labels: { color: colors.text } }, tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${money(Number(item.raw))}` } } },
        scales: {
          x: { stacked: true, ...moneyAxis, ticks: { color: colors.text, callback: (v) => money(Number(v)) }, grid: { color: colors.grid } },
          y: { stacked: true, ticks: { color: colors.text }, grid: { display: false } },
        },
      },
    }),
    [plan, t, money, moneyAxis, pilotWeeks],
  );

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div className={keep.together}>
          <Text size="sm" fw={600} ta="center">
            {t('plans.charts.byTier')}
          </Text>
          <ChartCanvas build={split('tier')} ariaLabel={t('plans.charts.byTier')} testId="chart-tier" height={220} />
        </div>
        <div className={keep.together}>
          <Text size="sm" fw={600} ta="center">
            {t('plans.charts.byPlatform')}
          </Text>
          <ChartCanvas build={split('platform')} ariaLabel={t('plans.charts.byPlatform')} testId="chart-platform" height={220} />
        </div>
      </SimpleGrid>
      <div className={keep.together}>
        <Text size="sm" fw={600}>
          {t('plans.charts.revenueRange')}
        </Text>
        <ChartCanvas build={revenue} ariaLabel={t('plans.charts.revenueRange')} testId="chart-revenue" height={260} />
      </div>
      {plan.pilot && (
        <div className={keep.together}>
          <Text size="sm" fw={600}>
            {t('plans.charts.timeline')}
          </Text>
          <ChartCanvas build={timeline} ariaLabel={t('plans.charts.timeline')} testId="chart-timeline" height={120} />
        </div>
      )}
    </>
  );
}

