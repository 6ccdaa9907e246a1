import type { TFunction } from 'i18next';
import { isRange, type BenchmarkDataSet, type BenchmarkFigure } from '@shared/benchmarks/benchmark-schema';
import type { AllocationPlan } from '@shared/calc/allocation';
import { convertMoney } from '@shared/calc/money';
import { platforms, tierBounds, type Platform } from '@shared/calc/tiers';
import type { Preferences } from '../../preferences/preferences';
import { formatFigureValue } from '../BenchmarksPage/format-figure';
import { planBenchmarkKeys, rangeText } from './plan-format';

/** What kind of figure an entry is: a name alone ("Instagram · micro") cannot tell a tier bound from an ER. */
export type SourceKind = 'tierBound' | 'engagement' | 'price' | 'priceFactor' | 'kpi' | 'budget' | 'other';

export interface SourceEntry {
  readonly key: string;
  readonly label: string;
  readonly kind: SourceKind;
  /** The value the plan used, in the user's formats. */
  readonly value: string;
  readonly source: string;
  readonly year: number | null;
}

function kindOf(figure: BenchmarkFigure): SourceKind {
  if (figure.group === 'tiers') return 'tierBound';
  if (figure.group === 'engagement') return 'engagement';
  if (figure.group === 'pricing') return figure.unit === 'ratio' ? 'priceFactor' : 'price';
  if (figure.group === 'kpi' || figure.group === 'budget') return figure.group;
  return 'other';
}

/**
 * A tier bound is stored as a lower bound; the tier runs up to the next tier's (exclusive),
 * so the reader is shown the follower range the plan priced with.
 */
function tierRange(dataSet: BenchmarkDataSet, key: string, prefs: Preferences, t: TFunction): string | null {
  const platform = key.split('.')[1] as Platform;
  if (!platforms.includes(platform)) return null;
  const bounds = tierBounds(dataSet, platform);
  const at = bounds.findIndex((b) => b.benchmarkKey === key);
  if (at < 0) return null;
  const next = bounds[at + 1];
  const low = prefs.number(bounds[at]!.min, 0);
  return next ? t('plans.results.followerRange', { low, high: prefs.number(next.min, 0) }) : t('plans.results.followersFrom', { low });
}

/** A benchmark price in its own currency and, as the plan used it, in the plan's. */
function priceValue(figure: BenchmarkFigure, plan: AllocationPlan, currency: string, prefs: Preferences, t: TFunction): string {
  const own = formatFigureValue(figure.value, 'money', currency, prefs, t);
  const conversion = plan.conversion;
  if (!conversion) return own;
  const convert = (amount: number) => {
    const result = convertMoney({ amount, currency }, conversion.toCurrency, conversion.rate);
    return result.ok ? prefs.money(result.money.amount, conversion.toCurrency) : null;
  };
  const low = convert(isRange(figure.value) ? figure.value.low : figure.value);
  const high = convert(isRange(figure.value) ? figure.value.high : figure.value);
  if (!low || !high) return own;
  return t('plans.results.convertedPrice', { value: own, converted: low === high ? low : rangeText(low, high, t) });
}

/** The benchmarks a plan's figures used, each with its kind, the value used and its source. */
export function planSourceEntries(plan: AllocationPlan, dataSet: BenchmarkDataSet, prefs: Preferences, t: TFunction): SourceEntry[] {
  return planBenchmarkKeys(plan).map((key) => {
    const figure = dataSet.figures.find((f) => f.key === key);
    const label = t(`figures.${key}`, { defaultValue: key });
    if (!figure) return { key, label, kind: 'other', value: '–', source: '', year: null };
    const kind = kindOf(figure);
    const value =
      kind === 'tierBound'
        ? (tierRange(dataSet, key, prefs, t) ?? formatFigureValue(figure.value, figure.unit, dataSet.currency, prefs, t))
        : kind === 'price'
          ? priceValue(figure, plan, dataSet.currency, prefs, t)
          : formatFigureValue(figure.value, figure.unit, dataSet.currency, prefs, t);
    const source = t(`benchmarks.sources.${figure.source}`, { defaultValue: dataSet.sources[figure.source] ?? figure.source });
    return { key, label, kind, value, source, year: figure.year };
  });
}
