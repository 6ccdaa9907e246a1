import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { AllocationPlan } from '@shared/calc/allocation';
import { usePreferences } from '../../preferences/preferences';
import keep from './keep-together.module.css';
import { planSourceEntries, type SourceEntry } from './plan-sources';

/**
 * "Benchmarks used": every figure with its kind and the value the plan used, grouped by source so
 * a long source name is said once, not on each of two dozen lines.
 */
export function PlanSources({ plan, dataSet }: { plan: AllocationPlan; dataSet: BenchmarkDataSet }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const bySource = new Map<string, SourceEntry[]>();
  for (const entry of planSourceEntries(plan, dataSet, prefs, t)) bySource.set(entry.source, [...(bySource.get(entry.source) ?? []), entry]);
  const groups = [...bySource].map(([source, entries]) => (
    // A group fits on a page; kept whole so its source name does not end a page without its list.
    <div key={source} className={keep.together}>
      <Text size="xs" fw={500} mt={4} data-testid="plan-source" className={keep.heading}>
        {source || t('plans.results.sourceUnknown')}
      </Text>
      <List size="xs">
        {entries.map((e) => (
          <List.Item key={e.key} data-key={e.key}>
            {t('plans.results.sourceEntry', { kind: t(`plans.results.sourceKinds.${e.kind}`), label: e.label, value: e.value, year: e.year ?? '–' })}
          </List.Item>
        ))}
      </List>
    </div>
  ));
  return (
    <div data-testid="plan-sources">
      <div className={keep.together}>
        <Title order={4} size="h6" className={keep.heading}>
          {t('plans.results.sources')}
        </Title>
        {groups[0]}
      </div>
      {groups.slice(1)}
    </div>
  );
}
