import { NumberInput } from '@mantine/core';
import { currencyDecimals } from '@shared/format';
import { numberInputSeparators, numberInputValue } from '../lib/number-format';
import { usePreferences } from '../preferences/preferences';

/**
 * Money typed in the user's number format and kept as integer minor units, so what is
 * stored is exact. Empty means "none" (null) unless `required`.
 */
export function MoneyInput({
  label,
  currency,
  value,
  onChange,
  error,
  description,
  required = false,
  w,
}: {
  label: string;
  currency: string;
  value: number | null;
  onChange: (minorUnits: number | null) => void;
  error?: string | null;
  description?: string;
  required?: boolean;
  w?: number;
}) {
  const prefs = usePreferences();
  const digits = currencyDecimals(currency);
  return (
    <NumberInput
      label={`${label} (${currency})`}
      description={description}
      withAsterisk={required}
      w={w}
      min={0}
      decimalScale={digits}
      // An amount shows its cents, as everywhere else: "1.250,50", not "1.250,5".
      fixedDecimalScale
      {...numberInputSeparators(prefs.locale)}
      value={value === null ? '' : value / 10 ** digits}
      error={error}
      onChange={(v) => {
        const amount = numberInputValue(v);
        onChange(amount === null ? (String(v).trim() === '' ? null : value) : Math.round(amount * 10 ** digits));
      }}
    />
  );
}
