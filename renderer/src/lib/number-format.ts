/** Decimal and thousands separators of a locale, for Mantine's NumberInput. */
export function numberSeparators(locale: string): { decimal: string; thousands: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}
