import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { AllocationPlan } from '@shared/calc/allocation';
import type { PlanInputs } from '@shared/plans/plan-inputs';
import { usePreferences } from '../../preferences/preferences';
import { PlanCharts } from './PlanCharts';
import { countScenario, deliverablesText, lineLabel, moneyScenario, planWarnings, priceText, rangeText } from './plan-format';
import { PlanSources } from './PlanSources';
import { PlanTotals } from './PlanTotals';
import keep from './keep-together.module.css';

/** Everything the plan computes, as the screen and the printed PDF show it. */
type LineColumn = 'deliverable' | 'share' | 'budget' | 'pilot' | 'price' | 'deliverables' | 'reach' | 'engagements' | 'clicks' | 'conversions' | 'revenue';

/** The allocation table; on paper it is split in two so every column fits the page. */
function LineTable({ plan, columns }: { plan: AllocationPlan; columns: LineColumn[] }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const money = (amount: number) => prefs.money(amount, plan.budget.currency);
  const shown = columns.filter((c) => c !== 'pilot' || plan.pilot);
  const cell = (line: AllocationPlan['lines'][number], column: LineColumn) => {
    switch (column) {
      case 'deliverable':
        return t(`creator.deliverables.${line.deliverable}`);
      case 'share':
        return prefs.percent(line.share, 1);
      case 'budget':
        return money(line.budget.amount);
      case 'pilot':
        return line.pilotBudget && line.scaleBudget ? `${money(line.pilotBudget.amount)} / ${money(line.scaleBudget.amount)}` : '–';
      case 'price':
        return priceText(line, prefs, t);
      case 'deliverables':
        return deliverablesText(line, prefs, t);
      case 'revenue':
        return moneyScenario(line.forecast.revenue, prefs, t);
      default:
        return countScenario(line.forecast[column], prefs, t);
    }
  };
  return (
    <Table withTableBorder striped fz="xs" data-testid="plan-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('plans.results.line')}</Table.Th>
          {shown.map((c) => (
            <Table.Th key={c}>{t(`plans.results.${c}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plan.lines.map((line) => (
          <Table.Tr key={`${line.tier}-${line.platform}`} data-line={`${line.tier}-${line.platform}`}>
            <Table.Td>{lineLabel(line, t)}</Table.Td>
            {shown.map((c) => (
              <Table.Td key={c} data-testid={c === 'budget' ? 'line-budget' : undefined}>
                {cell(line, c)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function PlanResults({
  plan,
  inputs,
  dataSet,
  overriddenBenchmarks,
  forPrint = false,
}: {
  plan: AllocationPlan;
  inputs: PlanInputs;
  dataSet: BenchmarkDataSet;
  overriddenBenchmarks: number;
  /** On paper the line table must fit the page width instead of scrolling. */
  forPrint?: boolean;
}) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const money = (amount: number) => prefs.money(amount, plan.budget.currency);
  const warnings = planWarnings(plan, inputs.assumptions.ctr !== null, overriddenBenchmarks, prefs, t);
  const resultsTitle = (
    <Title order={3} size="h4" className={keep.heading}>
      {t('plans.results.title')}
    </Title>
  );

  return (
    <Stack gap="md" data-testid="plan-results">
      {warnings.length > 0 && (
        <Alert color="yellow" title={t('plans.warnings.title')} data-testid="plan-warnings" className={keep.together}>
          <List size="sm">
            {warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <PlanTotals plan={plan} />

      {forPrint ? (
        <>
          <Stack gap="md" className={keep.together}>
            {resultsTitle}
            <LineTable plan={plan} columns={['deliverable', 'share', 'budget', 'pilot', 'price', 'deliverables']} />
          </Stack>
          <LineTable plan={plan} columns={['reach', 'engagements', 'clicks', 'conversions', 'revenue']} />
        </>
      ) : (
        <>
          {resultsTitle}
          <Table.ScrollContainer minWidth={1000}>
            <LineTable plan={plan} columns={['deliverable', 'share', 'budget', 'pilot', 'price', 'deliverables', 'reach', 'engagements', 'clicks', 'conversions', 'revenue']} />
          </Table.ScrollContainer>
        </>
      )}

      <PlanCharts plan={plan} pilotWeeks={inputs.pilot?.weeks ?? null} />

      <Text size="xs" c="dimmed" data-testid="plan-formulas">
        {t('plans.results.formulas')}
      </Text>
      <Text size="xs" c="dimmed" data-testid="plan-assumptions">
        {t('plans.results.assumptionsUsed', {
          ctr: rangeText(prefs.percent(plan.assumptions.ctr.low, 2), prefs.percent(plan.assumptions.ctr.high, 2), t),
          cr: plan.assumptions.conversionRate ? prefs.percent(plan.assumptions.conversionRate.expected, 2) : '–',
          aov: plan.assumptions.averageOrderValue ? money(plan.assumptions.averageOrderValue.amount) : '–',
        })}
      </Text>
      {plan.conversion && (
        <Text size="xs" c="dimmed">
          {t('plans.results.converted', { rate: prefs.number(plan.conversion.rate, 6), currency: plan.conversion.toCurrency })}
        </Text>
      )}
      <PlanSources plan={plan} dataSet={dataSet} />
      <Text size="xs" fs="italic" data-testid="plan-estimate-note">
        {t('plans.results.estimateNote')}
      </Text>
    </Stack>
  );
}
