import { DateInput } from '@mantine/dates';
import 'dayjs/locale/nl';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateForInput, parseDateInput } from '@shared/date-input';
import { usePreferences } from '../preferences/preferences';
import { useReportFieldProblem } from './field-problems';

export interface DateFieldProps {
  label: ReactNode;
  /** ISO `YYYY-MM-DD`, or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  withAsterisk?: boolean;
  clearable?: boolean;
  size?: 'xs' | 'sm' | 'md';
  description?: ReactNode;
  /** ISO `YYYY-MM-DD`: the calendar offers no later day. */
  maxDate?: string;
  /** ISO `YYYY-MM-DD`: the calendar offers no earlier day. */
  minDate?: string;
  /** Emptied, the field says a date is needed (it still reports null). */
  required?: boolean;
  w?: number;
}

/**
 * A date typed and shown in the user's date format (the settings' number-and-date format, not
 * the operating system's, which a browser's own date field would follow), with a calendar in the
 * UI language. The value stays an ISO date.
 */
export function DateField({ value, onChange, clearable = false, required = false, error, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const { locale, language } = usePreferences();
  const [typedError, setTypedError] = useState<string | null>(null);
  const example = formatDateForInput('2026-11-24', locale);
  useReportFieldProblem(typedError !== null);
  const isAllowed = (day: string | null) => day !== null && (props.maxDate === undefined || day <= props.maxDate) && (props.minDate === undefined || day >= props.minDate);
  return (
    <DateInput
      // The field keeps its own text: a new format (settings just loaded or changed) needs a new field.
      key={locale}
      {...props}
      // What was wrong with the typed text is the most precise message, until the text changes.
      error={typedError ?? error}
      value={value || null}
      onChange={(next) => {
        setTypedError(null);
        onChange(next);
      }}
      // Text that is no date stays visible with an error, and the value is emptied: keeping the
      // last date that did parse would save a date the user did not mean.
      fixOnBlur={false}
      // Mantine rewrites the text from the value when the value changes while its calendar is
      // closed, as it is after a blur: a date emptied on blur would empty the text with it. So the
      // value is emptied as soon as the text stops being a date, while the calendar is open.
      onChangeCapture={(event) => {
        if (value && !isAllowed(parseDateInput(event.currentTarget.value, locale))) onChange(null);
      }}
      onBlur={(event) => {
        const typed = event.currentTarget.value.trim();
        // Emptied by hand: no date, also where the field has no clear button (Mantine then reports nothing).
        if (typed === '') {
          setTypedError(required ? t('app.dateRequired') : null);
          if (value) onChange(null);
          return;
        }
        const parsed = parseDateInput(typed, locale);
        // The calendar does not take a day outside `minDate`–`maxDate`, and would keep showing the typed one over the previous value.
        if (parsed !== null && props.maxDate !== undefined && parsed > props.maxDate) {
          setTypedError(t('app.dateAfterMax', { typed, max: formatDateForInput(props.maxDate, locale) }));
          onChange(null);
          return;
        }
        if (parsed !== null && props.minDate !== undefined && parsed < props.minDate) {
          setTypedError(t('app.dateBeforeMin', { typed, min: formatDateForInput(props.minDate, locale) }));
          onChange(null);
          return;
        }
        if (parsed !== null) return;
        setTypedError(t('app.dateInvalid', { typed, example }));
        onChange(null);
      }}
      clearable={clearable}
      locale={language}
      firstDayOfWeek={1}
      valueFormat={(date) => formatDateForInput(date, locale)}
      dateParser={(typed) => parseDateInput(typed, locale)}
      // An example shows which of day and month comes first (24-11 or 11/24).
      placeholder={t('app.dateExample', { date: example })}
    />
  );
}
