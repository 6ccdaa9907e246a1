import type { TFunction } from 'i18next';
import { isRange, type BenchmarkUnit, type BenchmarkValue } from '@shared/benchmarks/benchmark-schema';
import type { Preferences } from '../../preferences/preferences';

function formatScalar(value: number, unit: BenchmarkUnit, currency: string, prefs: Preferences, t: TFunction): string {
  switch (unit) {
    case 'fraction':
      return prefs.percent(value);
    case 'signedFraction':
      return (value > 0 ? '+' : '') + prefs.percent(value);
    case 'money':
      return prefs.money(value, currency);
    case 'ratio':
      return t('units.ratio', { value: prefs.number(value) });
    case 'hour':
      return `${String(value).padStart(2, '0')}:00`;
    case 'followers':
    case 'count':
      return prefs.number(value, 0);
  }
}

/** A figure as a reader expects it: 6 %, € 100,00 – € 1.000,00, 11:00 – 13:00, 3 : 1. */
export function formatFigureValue(value: BenchmarkValue, unit: BenchmarkUnit, currency: string, prefs: Preferences, t: TFunction): string {
  if (!isRange(value)) return formatScalar(value, unit, currency, prefs, t);
  if (unit === 'hour') return t('benchmarks.hourRange', { low: String(value.low).padStart(2, '0'), high: String(value.high).padStart(2, '0') });
  return t('benchmarks.range', {
    low: formatScalar(value.low, unit, currency, prefs, t),
    high: formatScalar(value.high, unit, currency, prefs, t),
  });
}
