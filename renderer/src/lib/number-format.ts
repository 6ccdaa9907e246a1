/** Decimal and thousands separators of a locale, for Mantine's NumberInput. */
export function numberSeparators(locale: string): { decimal: string; thousands: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/**
 * The separator props of a Mantine NumberInput in the user's format. Only the locale's own
 * decimal separator is one: by default "." is always taken as a decimal point too, so a Dutch
 * user typing "1.250" (twelve hundred and fifty) got 1,25, and a budget of "10.000" became 10.
 */
export function numberInputSeparators(locale: string): { decimalSeparator: string; thousandSeparator: string; allowedDecimalSeparators: string[] } {
  const { decimal, thousands } = numberSeparators(locale);
  return { decimalSeparator: decimal, thousandSeparator: thousands, allowedDecimalSeparators: [decimal] };
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
