import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDecimals } from '@shared/format';
import { numberFieldError, numberFieldText, readNumberField } from '../lib/number-field';
import { usePreferences } from '../preferences/preferences';
import { NumberTextInput } from './NumberTextInput';
import { useReportFieldProblem } from './field-problems';

/** The largest amount a money field takes, in minor units (as the contract's money schema). */
const maxMinorUnits = 1e12;

/**
 * Money typed in the user's number format and kept as integer minor units, so what is stored is
 * exact. Empty means "none" (null) unless `required`.
 *
 * The text is kept as typed and read strictly (`lib/number-field.ts`), as in the creator form:
 * Mantine's NumberInput guessed while typing, so in Dutch either "1.250" became 1,25 (a dot read
 * as a decimal point) or "45.50" became 4.550 (a dot read as grouping). Text that is no amount in
 * the user's format says so when the field is left, and the form keeps the amount it had, so
 * nothing is lost (an emptied field is no amount). Leaving the field shows the amount as it is
 * written everywhere else.
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
  const { t } = useTranslation();
  const { locale } = usePreferences();
  const digits = currencyDecimals(currency);
  const [text, setText] = useState(() => numberFieldText(value, locale, digits));
  const [typedError, setTypedError] = useState<string | null>(null);
  useReportFieldProblem(typedError !== null);
  const read = (typed: string) => readNumberField(typed, locale, { minorUnitDigits: digits, max: maxMinorUnits, currency });

  /** The form's amount when the user began this edit: text that cannot be read gives it back (not the last prefix that could, "45" of "45.50"). */
  const [before, setBefore] = useState<number | null>(value);
  /** The amount this field last gave the form: its echo (as a form may store "none" as 0) is no amount set from outside. */
  const [sent, setSent] = useState<{ amount: number | null } | null>(null);
  // An amount set from outside (a form filled from a plan, another currency, a new format) is
  // shown, and what was wrong with the text before is no more. Adjusted while rendering, as React
  // advises for state that follows a prop.
  const [shownFor, setShownFor] = useState({ value, locale, digits });
  if (shownFor.value !== value || shownFor.locale !== locale || shownFor.digits !== digits) {
    setShownFor({ value, locale, digits });
    const echo = sent !== null && (value === sent.amount || (sent.amount === null && value === 0)) && shownFor.locale === locale && shownFor.digits === digits;
    setSent(null);
    if (!echo) {
      setText(numberFieldText(value, locale, digits));
      setTypedError(null);
    }
  }

  return (
    <NumberTextInput
      label={`${label} (${currency})`}
      description={description}
      withAsterisk={required}
      w={w}
      value={text}
      error={typedError ?? error}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        const reading = read(typed);
        // Said when the field is left, not at every key on the way to "1.250,50"; meanwhile the
        // form has the amount from before this edit back, never a part of the text.
        const amount = reading.ok ? reading.value : before;
        if (reading.ok) setTypedError(null);
        if (amount !== value) {
          setSent({ amount });
          onChange(amount);
        }
      }}
      onFocus={() => setBefore(value)}
      onBlur={() => {
        const reading = read(text);
        if (reading.ok) {
          setText(numberFieldText(reading.value, locale, digits));
          return;
        }
        setTypedError(numberFieldError(t, reading.problem, locale, { currency, minorUnitDigits: digits, max: maxMinorUnits }));
      }}
    />
  );
}
