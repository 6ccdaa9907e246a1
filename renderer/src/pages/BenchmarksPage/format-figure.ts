import type { TFunction } from 'i18next';
import { isRange, type BenchmarkUnit, type BenchmarkValue } from '@shared/benchmarks/benchmark-schema';
import { convertMoney } from '@shared/calc/money';
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

/**
 * A money figure in the workspace currency at the user's own rate, or null when there is
 * nothing to convert (same currency, no rate entered, or not money). Never fetched: offline.
 */
export function convertedFigureValue(value: BenchmarkValue, unit: BenchmarkUnit, fromCurrency: string, prefs: Preferences, t: TFunction): string | null {
  const rate = prefs.settings.benchmarkExchangeRate;
  const to = prefs.settings.currency;
  if (unit !== 'money' || rate === null || to === fromCurrency) return null;
  const convert = (amount: number) => {
    const result = convertMoney({ amount, currency: fromCurrency }, to, rate);
    return result.ok ? prefs.money(result.money.amount, to) : null;
  };
  const text = isRange(value)
    ? (() => {
        const low = convert(value.low);
        const high = convert(value.high);
        return low && high ? t('benchmarks.range', { low, high }) : null;
      })()
    : convert(value);
  return text ? t('benchmarks.converted', { value: text, rate: prefs.number(rate, 6), from: fromCurrency, to }) : null;
}
