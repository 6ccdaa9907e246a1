import { minorUnitDigits } from './calc/money';

/*
 * Locale-aware formatting through Intl, used by the renderer and by printed output.
 * Money arrives as integer minor units; the number of decimals per currency comes from Intl.
 */

/** Decimals of a currency's minor unit (EUR 2, JPY 0): one rule, the calculation core's. */
export const currencyDecimals = minorUnitDigits;

// Building an Intl formatter costs far more than using one (a scrolling roster formats hundreds
// of cells a second), so each kind is built once per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ''}|${options.currency ?? ''}|${options.maximumFractionDigits ?? ''}|${options.minimumFractionDigits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  const decimals = minorUnitDigits(currency);
  return numberFormat(locale, { style: 'currency', currency }).format(minorUnits / 10 ** decimals);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * A fraction (0.0365) as a percentage (3,65 % in nl-NL). `fixed`: always that many decimals
 * (5,0 % beside 5,3 % in a column), not dropping a trailing zero.
 */
export function formatPercent(fraction: number, locale: string, maximumFractionDigits = 2, fixed = false): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits, ...(fixed ? { minimumFractionDigits: maximumFractionDigits } : {}) }).format(fraction);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO day as the locale writes it: `long` "24 november 2026", `medium` "24 nov 2026" (for columns). */
export function formatDate(isoDate: string, locale: string, style: 'long' | 'medium' = 'long'): string {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' })));
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return format.format(new Date(Date.UTC(year!, month! - 1, day!)));
}
