import { describe, expect, it } from 'vitest';
import { currencyCodes, currencyOfLocale, currencyCodeSchema, isCurrencyCode, resolveFormatLocale, resolveUiLanguage } from '@shared/domain/settings';
import { formatDate, formatMoney, formatNumber, formatPercent } from '@shared/format';

describe('UI language', () => {
  it.each([
    [null, 'nl-NL', 'nl'],
    [null, 'nl-BE', 'nl'],
    [null, 'en-US', 'en'],
    [null, 'de-DE', 'en'],
    ['en', 'nl-NL', 'en'],
    ['nl', 'en-US', 'nl'],
  ] as const)('with choice %s on a %s system is %s', (choice, system, expected) => {
    expect(resolveUiLanguage(choice, system)).toBe(expected);
  });
});

describe('number and date locale', () => {
  it('uses the explicit choice', () => expect(resolveFormatLocale('de-DE', 'nl', 'nl-NL')).toBe('de-DE'));
  it('follows a Belgian system when the UI is Dutch', () => expect(resolveFormatLocale(null, 'nl', 'nl-BE')).toBe('nl-BE'));
  it('falls back to nl-NL for Dutch and en-GB for English', () => {
    expect(resolveFormatLocale(null, 'nl', 'en-US')).toBe('nl-NL');
    expect(resolveFormatLocale(null, 'en', 'xx')).toBe('en-GB');
  });
});

describe('currency codes', () => {
  it.each(['EUR', 'USD', 'GBP', 'SEK', 'JPY'])('knows %s', (code) => expect(isCurrencyCode(code)).toBe(true));
  it.each(['XYZ', 'eur', 'EURO', ''])('rejects %j', (code) => expect(isCurrencyCode(code)).toBe(false));
});

describe('formatting through Intl', () => {
  it('writes money from minor units with Dutch separators', () => {
    expect(formatMoney(1500000, 'EUR', 'nl-NL')).toBe('€\u00a015.000,00');
    expect(formatMoney(1500000, 'USD', 'en-US')).toBe('$15,000.00');
  });
  it('respects currencies without minor units', () => expect(formatMoney(1500, 'JPY', 'en-US')).toBe('¥1,500'));
  it('writes numbers, percentages and dates per locale', () => {
    expect(formatNumber(1234567.891, 'nl-NL')).toBe('1.234.567,89');
    expect(formatPercent(0.0365, 'nl-NL')).toBe('3,65%');
    expect(formatPercent(0.0365, 'en-GB')).toBe('3.65%');
    // In a column: always the same decimals, a trailing zero kept; the cached formats stay apart.
    expect(formatPercent(0.05, 'nl-NL', 1, true)).toBe('5,0%');
    expect(formatPercent(0.05, 'nl-NL', 1)).toBe('5%');
    expect(formatDate('2025-06-30', 'nl-NL')).toBe('30 juni 2025');
    expect(formatDate('2025-06-30', 'en-GB')).toBe('30 June 2025');
  });
  it('keeps formats for different locales, digits and currencies apart (formatters are reused)', () => {
    expect(formatNumber(1234.567, 'nl-NL', 1)).toBe('1.234,6');
    expect(formatNumber(1234.567, 'en-GB', 1)).toBe('1,234.6');
    expect(formatNumber(1234.567, 'en-GB', 0)).toBe('1,235');
    expect(formatPercent(0.0365, 'en-GB', 0)).toBe('4%');
    expect(formatNumber(0.0365, 'en-GB', 3)).toBe('0.037');
    expect(formatMoney(1500, 'EUR', 'en-GB')).toBe('€15.00');
    expect(formatMoney(1500, 'GBP', 'en-GB')).toBe('£15.00');
  });
});

describe('the currencies offered', () => {
  it('leaves out units of account and withdrawn currencies, but keeps one a workspace still uses', () => {
    const offered = currencyCodes();
    expect(offered).toEqual(expect.arrayContaining(['EUR', 'USD', 'GBP', 'JPY', 'XOF', 'XCG']));
    for (const code of ['XDR', 'XSU', 'CUC', 'HRK', 'SLL', 'ZWL', 'ANG']) expect(offered).not.toContain(code);
    expect(currencyCodes('HRK')).toContain('HRK');
    // Still a valid stored currency.
    expect(currencyCodeSchema.safeParse('HRK').success).toBe(true);
  });
});

describe('the currency of a locale’s region', () => {
  it.each([
    ['en-US', 'USD'],
    ['en', 'USD'],
    ['en-GB', 'GBP'],
    ['nl-NL', 'EUR'],
    ['nl', 'EUR'],
    ['nl-BE', 'EUR'],
    ['de-CH', 'CHF'],
    ['pt-BR', 'BRL'],
    ['xx', null],
  ])('%s pays in %s', (locale, currency) => {
    expect(currencyOfLocale(locale)).toBe(currency);
  });
});
