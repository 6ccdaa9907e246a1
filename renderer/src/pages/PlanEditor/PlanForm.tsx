import { Checkbox, Group, NumberInput, Select, Slider, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { rangeFigure } from '@shared/calc/figures';
import { platformDeliverables } from '@shared/calc/pricing';
import { platforms } from '@shared/calc/tiers';
import type { PlanInputs } from '@shared/plans/plan-inputs';
import { usePreferences } from '../../preferences/preferences';
import { numberInputSeparators, numberInputValue } from '../../lib/number-format';
import { DateField } from '../../components/DateField';
import { MoneyInput } from '../../components/MoneyInput';
import { rangeText } from './plan-format';

const pct = (fraction: number) => Number((fraction * 100).toFixed(4));
const frac = (percent: number) => Number((percent / 100).toFixed(8));

/** The plan's inputs. Percentages are typed as read (65 = 65 %); money in major units. */
export function PlanForm({
  inputs,
  errors,
  dataSet,
  onChange,
  onNameBlur,
}: {
  inputs: PlanInputs;
  errors: Record<string, string>;
  dataSet: BenchmarkDataSet;
  onChange: (next: PlanInputs) => void;
  /** Leaving the name field counts as touching it: from then on a missing name is said. */
  onNameBlur?: () => void;
}) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const num = { ...numberInputSeparators(prefs.locale), size: 'sm' as const };
  const recommended = rangeFigure(dataSet, 'budget.microShare');
  const ctrBenchmark = rangeFigure(dataSet, 'kpi.ctr');
  const set = (patch: Partial<PlanInputs>) => onChange({ ...inputs, ...patch });
  const mixSum = inputs.platformMix.instagram + inputs.platformMix.tiktok + inputs.platformMix.youtube;

  return (
    <Stack gap="sm" component="section" aria-label={t('plans.editor.assumptions')}>
      <TextInput label={t('plans.editor.name')} withAsterisk value={inputs.name} error={errors['name']} onBlur={onNameBlur} onChange={(e) => set({ name: e.currentTarget.value })} />
      <Group grow>
        <TextInput label={t('plans.editor.client')} value={inputs.client} error={errors['client']} onChange={(e) => set({ client: e.currentTarget.value })} />
        <TextInput label={t('plans.editor.campaign')} value={inputs.campaign} error={errors['campaign']} onChange={(e) => set({ campaign: e.currentTarget.value })} />
      </Group>
      <Group grow>
        <DateField label={t('plans.editor.date')} withAsterisk required value={inputs.date} error={errors['date']} onChange={(v) => set({ date: v ?? '' })} />
        {/* Emptied, the field stays empty (with its error) instead of showing a 0 the next digits are typed in front of. */}
        <MoneyInput
          label={t('plans.editor.budget')}
          currency={inputs.budget.currency}
          required
          value={inputs.budget.amount || null}
          error={errors['budget.amount']}
          onChange={(amount) => set({ budget: { ...inputs.budget, amount: amount ?? 0 } })}
        />
      </Group>

      <Text size="sm" fw={500} id="micro-share-label">
        {t('plans.editor.microShare', { share: prefs.percent(inputs.microShare, 0) })}
      </Text>
      <Slider
        aria-labelledby="micro-share-label"
        min={0}
        max={100}
        step={1}
        value={Math.round(inputs.microShare * 100)}
        onChange={(v) => set({ microShare: frac(v) })}
        label={(v) => `${v}%`}
        // The recommended range as two marks; its figures are in the line below (as labels, 10 points apart, they ran together: "60%70%").
        marks={recommended ? [{ value: pct(recommended.low) }, { value: pct(recommended.high) }] : []}
      />
      {recommended && (
        <Text size="xs" c="dimmed">
          {t('plans.editor.microShareHelp', { range: rangeText(prefs.percent(recommended.low, 0), prefs.percent(recommended.high, 0), t) })}
        </Text>
      )}

      <Group grow>
        <NumberInput
          {...num}
          label={t('plans.editor.nanoOfMicro')}
          min={0}
          max={100}
          decimalScale={1}
          value={pct(inputs.tierSplit.nanoOfMicro)}
          onChange={(v) => set({ tierSplit: { ...inputs.tierSplit, nanoOfMicro: frac(Math.min(100, Number(v) || 0)) } })}
        />
        <NumberInput
          {...num}
          label={t('plans.editor.midOfRest')}
          min={0}
          max={100}
          decimalScale={1}
          value={pct(inputs.tierSplit.midOfRest)}
          onChange={(v) => set({ tierSplit: { ...inputs.tierSplit, midOfRest: frac(Math.min(100, Number(v) || 0)) } })}
        />
      </Group>

      <Title order={4} size="h6">
        {t('plans.editor.platformMix')}
      </Title>
      <Group grow>
        {platforms.map((p) => (
          <NumberInput
            key={p}
            {...num}
            label={`${t(`platforms.${p}`)} (%)`}
            min={0}
            max={100}
            decimalScale={1}
            value={pct(inputs.platformMix[p])}
            onChange={(v) => set({ platformMix: { ...inputs.platformMix, [p]: frac(numberInputValue(v) ?? 0) } })}
          />
        ))}
      </Group>
      <Group grow>
        {platforms.map((p) => (
          <Select
            key={p}
            size="sm"
            label={t('plans.editor.deliverable', { platform: t(`platforms.${p}`) })}
            data={platformDeliverables[p].map((d) => ({ value: d, label: t(`creator.deliverables.${d}`) }))}
            value={inputs.deliverables[p]}
            allowDeselect={false}
            onChange={(v) => v && set({ deliverables: { ...inputs.deliverables, [p]: v } })}
          />
        ))}
      </Group>
      <Text size="xs" c={errors['platformMix'] ? 'red' : 'dimmed'} data-testid="mix-sum">
        {errors['platformMix'] ?? t('plans.editor.platformSum', { sum: prefs.percent(mixSum, 1) })}
      </Text>

      <Title order={4} size="h6">
        {t('plans.editor.assumptions')}
      </Title>
      <Checkbox
        label={t('plans.editor.ctrFromBenchmark', { range: rangeText(prefs.percent(ctrBenchmark?.low ?? 0, 1), prefs.percent(ctrBenchmark?.high ?? 0, 1), t) })}
        checked={inputs.assumptions.ctr === null}
        onChange={(e) =>
          set({ assumptions: { ...inputs.assumptions, ctr: e.currentTarget.checked ? null : { low: ctrBenchmark?.low ?? 0.02, high: ctrBenchmark?.high ?? 0.05 } } })
        }
      />
      {inputs.assumptions.ctr && (
        <Group grow>
          <NumberInput {...num} label={t('plans.editor.ctrLow')} min={0} max={100} decimalScale={2} error={errors['assumptions.ctr']} value={pct(inputs.assumptions.ctr.low)} onChange={(v) => set({ assumptions: { ...inputs.assumptions, ctr: { ...inputs.assumptions.ctr!, low: frac(Number(v) || 0) } } })} />
          <NumberInput {...num} label={t('plans.editor.ctrHigh')} min={0} decimalScale={2} value={pct(inputs.assumptions.ctr.high)} onChange={(v) => set({ assumptions: { ...inputs.assumptions, ctr: { ...inputs.assumptions.ctr!, high: frac(Number(v) || 0) } } })} />
        </Group>
      )}
      <Group grow>
        <NumberInput {...num} label={t('plans.editor.conversionRate')} min={0} decimalScale={2} error={errors['assumptions.conversionRate']} value={pct(inputs.assumptions.conversionRate)} onChange={(v) => set({ assumptions: { ...inputs.assumptions, conversionRate: frac(Number(v) || 0) } })} />
        <MoneyInput
          label={t('plans.editor.aov')}
          currency={inputs.budget.currency}
          value={inputs.assumptions.averageOrderValue || null}
          error={errors['assumptions.averageOrderValue']}
          onChange={(amount) => set({ assumptions: { ...inputs.assumptions, averageOrderValue: amount ?? 0 } })}
        />
      </Group>

      <Switch label={t('plans.editor.pilot')} checked={inputs.pilot !== null} onChange={(e) => set({ pilot: e.currentTarget.checked ? { share: 0.2, weeks: 4 } : null })} />
      {inputs.pilot && (
        <Group grow>
          <NumberInput {...num} label={t('plans.editor.pilotShare')} min={1} max={99} decimalScale={1} error={errors['pilot.share']} value={pct(inputs.pilot.share)} onChange={(v) => set({ pilot: { ...inputs.pilot!, share: frac(Number(v) || 0) } })} />
          <NumberInput {...num} label={t('plans.editor.pilotWeeks')} min={1} max={52} allowDecimal={false} value={inputs.pilot.weeks} onChange={(v) => set({ pilot: { ...inputs.pilot!, weeks: Number(v) || 1 } })} />
        </Group>
      )}
      <Textarea label={t('plans.editor.notes')} autosize minRows={2} value={inputs.notes} error={errors['notes']} onChange={(e) => set({ notes: e.currentTarget.value })} />
    </Stack>
  );
}
