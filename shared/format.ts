import { minorUnitDigits } from './calc/money';

/*
 * Locale-aware formatting through Intl, used by the renderer and by printed output.
 * Money arrives as integer minor units; the number of decimals per currency comes from Intl.
 */

/** Decimals of a currency's minor unit (EUR 2, JPY 0): one rule, the calculation core's. */
export const currencyDecimals = minorUnitDigits;

export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  const decimals = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minorUnits / 10 ** decimals);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A fraction (0.0365) as a percentage (3,65 % in nl-NL). */
export function formatPercent(fraction: number, locale: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(fraction);
}

export function formatDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}
