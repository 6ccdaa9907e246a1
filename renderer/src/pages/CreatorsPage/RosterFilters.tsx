import { Button, Checkbox, Group, MultiSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { platforms, tiers } from '@shared/calc/tiers';
import { creatorStatuses, erVerdicts } from '@shared/domain/creators';
import { formatPercent } from '@shared/format';
import { useNiches } from '../../api/use-creators';
import { numberInputSeparators, numberInputValue } from '../../lib/number-format';
import { usePreferences } from '../../preferences/preferences';
import { NicheFilter } from './NicheFilter';
import classes from './RosterFilters.module.css';
import { activeFilterCount, emptyFilters, percentProblems, type RosterFilterState } from './roster-filters';

export function RosterFilters({ value, onChange }: { value: RosterFilterState; onChange: (next: RosterFilterState) => void }) {
  const { t } = useTranslation();
  const { locale } = usePreferences();
  const niches = useNiches();
  const set = <K extends keyof RosterFilterState>(key: K, v: RosterFilterState[K]) => onChange({ ...value, [key]: v });
  // Not clamped on blur (Mantine's default): a value out of range stays as typed, with its error.
  const percentInput = { min: 0, max: 100, clampBehavior: 'none' as const, decimalScale: 2, ...numberInputSeparators(locale), size: 'xs' as const };
  const count = activeFilterCount(value);
  const problems = percentProblems(value);
  const problem = (key: keyof typeof problems) => {
    if (problems[key] === 'outOfRange') return t('creators.filters.percentRange', { min: formatPercent(0, locale), max: formatPercent(1, locale) });
    // A reversed range finds nothing; say why rather than show an empty roster.
    return problems[key] === 'reversed' ? t('creators.filters.erRangeReversed') : undefined;
  };

  return (
    <div role="search" aria-label={t('creators.filters.title')}>
      {/* Inputs on one line even when a label wraps or an input has an error (the module's subgrid); its rows space themselves. */}
      <SimpleGrid className={classes.filters} cols={{ base: 2, md: 4, lg: 6 }} spacing="xs" verticalSpacing={0}>
        <TextInput
          size="xs"
          label={t('creators.filters.search')}
          placeholder={t('creators.filters.searchPlaceholder')}
          value={value.search}
          onChange={(e) => set('search', e.currentTarget.value)}
        />
        <MultiSelect
          size="xs"
          label={t('creators.filters.platforms')}
          data={platforms.map((p) => ({ value: p, label: t(`platforms.${p}`) }))}
          value={value.platforms}
          onChange={(v) => set('platforms', v)}
        />
        <MultiSelect
          size="xs"
          label={t('creators.filters.tiers')}
          data={[...tiers, 'unclassified'].map((tier) => ({ value: tier, label: t(`creators.tierNames.${tier}`) }))}
          value={value.tiers}
          onChange={(v) => set('tiers', v)}
        />
        <MultiSelect
          size="xs"
          label={t('creators.filters.statuses')}
          data={creatorStatuses.map((s) => ({ value: s, label: t(`creators.statuses.${s}`) }))}
          value={value.statuses}
          onChange={(v) => set('statuses', v)}
        />
        {/* The niche filter matches a whole niche: the roster's own niches are offered as the user types. */}
        <NicheFilter label={t('creators.filters.niche')} niches={niches.data ?? []} value={value.niche} onChange={(v) => set('niche', v)} />
        <TextInput size="xs" label={t('creators.filters.location')} value={value.location} onChange={(e) => set('location', e.currentTarget.value)} />
        <NumberInput
          {...percentInput}
          label={t('creators.filters.erMin')}
          value={value.erMinPercent}
          onChange={(v) => set('erMinPercent', numberInputValue(v) ?? '')}
          error={problem('erMinPercent')}
        />
        <NumberInput
          {...percentInput}
          label={t('creators.filters.erMax')}
          value={value.erMaxPercent}
          onChange={(v) => set('erMaxPercent', numberInputValue(v) ?? '')}
          error={problem('erMaxPercent')}
        />
        <MultiSelect
          size="xs"
          label={t('creators.filters.erVerdicts')}
          data={erVerdicts.map((v) => ({ value: v, label: t(`creators.verdicts.${v}`) }))}
          value={value.erVerdicts}
          onChange={(v) => set('erVerdicts', v)}
        />
        <NumberInput
          {...percentInput}
          label={t('creators.filters.vettingMin')}
          value={value.vettingMinPercent}
          onChange={(v) => set('vettingMinPercent', numberInputValue(v) ?? '')}
          error={problem('vettingMinPercent')}
        />
      </SimpleGrid>
      <Group gap="md">
        <Checkbox size="xs" label={t('creators.filters.flaggedOnly')} checked={value.flaggedOnly} onChange={(e) => set('flaggedOnly', e.currentTarget.checked)} />
        {count > 0 && (
          <Button size="compact-xs" variant="subtle" onClick={() => onChange({ ...emptyFilters, sort: value.sort, direction: value.direction, bin: value.bin })}>
            {t('creators.filters.clear')} ({t('creators.filters.active', { count })})
          </Button>
        )}
      </Group>
    </div>
  );
}
