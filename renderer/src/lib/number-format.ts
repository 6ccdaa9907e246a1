/** Decimal and thousands separators of a locale, for Mantine's NumberInput. */
export function numberSeparators(locale: string): { decimal: string; thousands: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/**
 * The separator props of a Mantine NumberInput in the user's format. These fields hold small
 * numbers (percentages, rates, benchmark figures), where a dot typed in Dutch (the numpad's, on
 * the US-International layout most Dutch keyboards use) means a decimal point, not thousands:
 * "12.5" is 12,5. Amounts of money, where "1.250" is typed for twelve hundred and fifty, are
 * read strictly instead (`MoneyInput`).
 */
export function numberInputSeparators(locale: string): { decimalSeparator: string; thousandSeparator: string; allowedDecimalSeparators: string[] } {
  const { decimal, thousands } = numberSeparators(locale);
  return { decimalSeparator: decimal, thousandSeparator: thousands, allowedDecimalSeparators: [...new Set([decimal, '.'])] };
}

/**
 * What a Mantine NumberInput's onChange gave, as a number. It passes a string when the text is
 * not a plain number yet (e.g. "12.50" with its trailing zero); that string already uses "." as
 * the decimal point and no grouping, whatever the locale shown.
 */
export function numberInputValue(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const plain = value.trim();
  if (!/^-?\d+(\.\d*)?$/.test(plain)) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}
