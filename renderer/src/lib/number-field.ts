import type { TFunction } from 'i18next';
import { parseLocaleNumber, type DecimalSeparator } from '@shared/csv/numbers';
import { readCurrencyMark } from '@shared/csv/creator-values';
import { numberSeparators } from './number-format';

/**
 * Numbers typed into a form, kept as the user typed them and read strictly in their number
 * format. Mantine's NumberInput reformats while typing (a stray "," turns into a decimal point,
 * "-" is clamped to the minimum on blur, decimals are dropped when not allowed), so "-5" was saved
 * as 0, "12,5" as 12 and "1.234.567" as 1 in English. Here nothing is changed behind the user's
 * back: text that is not a number in their format, or breaks the field's rule, is a field error.
 *
 * The reading is the CSV import's (`parseLocaleNumber`): the locale's decimal separator, and the
 * other separator or a space only between groups of three digits, so "1.234.567" is a million in
 * Dutch and refused in English, and "12,5" is twelve and a half in Dutch and refused in English.
 */

export type NumberFieldProblem = 'notANumber' | 'negative' | 'notWhole' | 'tooLarge' | 'tooManyDecimals' | 'otherCurrency';

export interface NumberFieldRule {
  /** Only whole numbers (followers). */
  readonly whole?: boolean;
  /** Inclusive; every number field of the creator forms is at most this. */
  readonly max?: number;
  /** Read as an amount of money: at most this many decimals (the currency's minor unit), returned in minor units. */
  readonly minorUnitDigits?: number;
  /**
   * The money field's currency: its sign or code may be typed with the amount ("$1,500.00",
   * "€ 150", "150 EUR", "150,-"), as amounts are copied from mails and rate cards; another
   * currency's is refused (`otherCurrency`), never stored as this one.
   */
  readonly currency?: string;
  /** A percentage field: a trailing "%" may be typed ("87,5%"), as the import takes it. */
  readonly percent?: boolean;
  /** A count that may be written short, as creator tools write them: "12,5k", "1,2M". */
  readonly magnitude?: boolean;
}

export type NumberFieldReading =
  | { readonly ok: true; /** null: left empty. */ readonly value: number | null }
  | { readonly ok: false; readonly problem: NumberFieldProblem };

export function decimalSeparatorOf(locale: string): DecimalSeparator {
  return numberSeparators(locale).decimal === ',' ? ',' : '.';
}

/** Every number field here is 0 or more: counts, averages, percentages and rates. */
export function readNumberField(typed: string, locale: string, rule: NumberFieldRule = {}): NumberFieldReading {
  if (typed.trim() === '') return { ok: true, value: null };
  let text = typed;
  let round = false;
  if (rule.currency !== undefined) {
    const mark = readCurrencyMark(typed, rule.currency);
    if (mark.currency !== null && mark.currency !== rule.currency) return { ok: false, problem: 'otherCurrency' };
    text = mark.rest;
    round = mark.round;
  }
  // Scaled in the decimal text, so "12,345" euros is 1234.5 cents (refused), never 1234.4999….
  const parsed = parseLocaleNumber(text, decimalSeparatorOf(locale), {
    ...(rule.minorUnitDigits === undefined ? {} : { scale: rule.minorUnitDigits }),
    ...(rule.percent ? { percent: 'points' as const } : {}),
    ...(rule.magnitude ? { magnitudeSuffix: true } : {}),
  });
  if (!parsed.ok) return { ok: false, problem: 'notANumber' };
  const value = parsed.value;
  if (value < 0) return { ok: false, problem: 'negative' };
  // "1.250,-" is a round amount written the Dutch way: in a format where it reads as 1.25 it is no amount at all.
  if (round && rule.minorUnitDigits !== undefined && value % 10 ** rule.minorUnitDigits !== 0) return { ok: false, problem: 'notANumber' };
  if (rule.minorUnitDigits !== undefined && !Number.isInteger(value)) return { ok: false, problem: 'tooManyDecimals' };
  if (rule.whole && !Number.isInteger(value)) return { ok: false, problem: 'notWhole' };
  const max = rule.max ?? Number.MAX_SAFE_INTEGER;
  if (value > max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

/**
 * A stored number as the field shows it for editing: the user's format, every digit kept. Money
 * (integer minor units) shows its currency's decimals, as amounts are written everywhere else:
 * 1.250,50 for EUR (not 1.250,5), 1.250 for JPY; the digits come from the integer, never a float.
 */
export function numberFieldText(value: number | null, locale: string, minorUnitDigits?: number): string {
  if (value === null) return '';
  if (minorUnitDigits !== undefined && Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value)).padStart(minorUnitDigits + 1, '0');
    const cut = digits.length - minorUnitDigits;
    return `${value < 0 ? '-' : ''}${inUserFormat(locale, digits.slice(0, cut), digits.slice(cut))}`;
  }
  const shown = minorUnitDigits === undefined ? value : value / 10 ** minorUnitDigits;
  // JavaScript's own text is the shortest that reads back as the same number (0.1, not 0.1000…01);
  // only its separators are made the user's. Intl would round to at most 100 decimals or grow digits.
  const [mantissa = '', exponent] = String(shown).split('e');
  const [whole = '0', fraction] = mantissa.split('.');
  return `${inUserFormat(locale, whole, fraction)}${exponent ? `e${exponent}` : ''}`;
}

/** Digits as the user writes them: the whole part grouped (however long), the locale's decimal separator. */
function inUserFormat(locale: string, whole: string, fraction: string | undefined): string {
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(BigInt(whole));
  return `${grouped}${fraction ? decimalSeparatorOf(locale) + fraction : ''}`;
}

/**
 * What to tell the user about a refused number, in their language. `whole` is the followers'
 * message ("a whole number of 0 or more"); `notANumber` shows how a number looks in their format.
 */
export function numberFieldError(
  t: TFunction,
  problem: NumberFieldProblem,
  locale: string,
  context: { readonly whole?: boolean; readonly max?: number; readonly currency?: string; readonly minorUnitDigits?: number } = {},
): string {
  switch (problem) {
    case 'notANumber':
      return t('creator.form.errors.notANumber', { example: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(context.whole ? 1234567 : 1234567.5) });
    case 'negative':
    case 'notWhole':
      return context.whole ? t('creator.form.errors.followersWhole') : t('creator.form.errors.notNegative');
    case 'tooLarge':
      // A money rule's maximum is in minor units; the user types major units.
      return t('creator.form.errors.tooLarge', { max: new Intl.NumberFormat(locale).format((context.max ?? Number.MAX_SAFE_INTEGER) / 10 ** (context.minorUnitDigits ?? 0)) });
    case 'tooManyDecimals':
      return t('creator.form.errors.tooManyDecimals', { count: context.minorUnitDigits ?? 2, currency: context.currency ?? '' });
    case 'otherCurrency':
      return t('creator.form.errors.otherCurrency', { currency: context.currency ?? '' });
  }
}
