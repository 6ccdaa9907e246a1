import { isRange, type BenchmarkRange, type BenchmarkUnit, type BenchmarkValue } from '@shared/benchmarks/benchmark-schema';

/**
 * Users edit figures as they read them: 6 for 6 %, 100 for $100.00. These convert
 * between that display number and the stored one (fraction 0–1, integer cents).
 */
export function toDisplayNumber(stored: number, unit: BenchmarkUnit): number {
  if (unit === 'fraction' || unit === 'signedFraction') return Number((stored * 100).toFixed(6));
  if (unit === 'money') return stored / 100;
  return stored;
}

export function toStoredNumber(display: number, unit: BenchmarkUnit): number {
  if (unit === 'fraction' || unit === 'signedFraction') return Number((display / 100).toFixed(8));
  if (unit === 'money') return Math.round(display * 100);
  return display;
}

export type DisplayValue = number | { low: number; high: number };

export function toDisplayValue(value: BenchmarkValue, unit: BenchmarkUnit): DisplayValue {
  return isRange(value) ? { low: toDisplayNumber(value.low, unit), high: toDisplayNumber(value.high, unit) } : toDisplayNumber(value, unit);
}

export function toStoredValue(value: DisplayValue, unit: BenchmarkUnit): BenchmarkValue {
  if (typeof value === 'number') return toStoredNumber(value, unit);
  const range: BenchmarkRange = { low: toStoredNumber(value.low, unit), high: toStoredNumber(value.high, unit) };
  return range;
}

export function displayDecimals(unit: BenchmarkUnit): number {
  if (unit === 'money') return 2;
  if (unit === 'fraction' || unit === 'signedFraction') return 4;
  if (unit === 'ratio' || unit === 'hour') return 2;
  return 0;
}
