/** Decimal and thousands separators of a locale, for Mantine's NumberInput. */
export function numberSeparators(locale: string): { decimal: string; thousands: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
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
