/**
 * Numbers as people type them in spreadsheets: "1.234.567" and "12,5 %" in Dutch,
 * "1,234,567" and "12.5%" in English. The caller says which character is the
 * decimal separator (detected per file, see `detectDecimal`); the other one, and
 * spaces, may only appear as thousands separators between groups of three digits,
 * so "3.4" in a decimal-comma file is refused instead of silently read as 34.
 */

export const decimalSeparators = [',', '.'] as const;
export type DecimalSeparator = (typeof decimalSeparators)[number];

export type LocaleNumberFailure = 'empty' | 'notNumber';

export type LocaleNumberResult =
  | {
      readonly ok: true;
      readonly value: number;
      /** The text ended in "%"; with `percent: 'points'` the value is still 12.5 for "12,5%". */
      readonly percent: boolean;
    }
  | { readonly ok: false; readonly reason: LocaleNumberFailure };

export interface LocaleNumberOptions {
  /**
   * What a trailing "%" means: refused (the default), a fraction ("12,5%" → 0.125)
   * or percentage points ("12,5%" → 12.5, with `percent: true` so the caller knows).
   */
  readonly percent?: 'reject' | 'fraction' | 'points';
  /** Accept "12,5k" and "1.2M" (and Dutch "1,2 mln"), as follower counts are often written. */
  readonly magnitudeSuffix?: boolean;
  /** Multiply by 10^scale, exactly (2 turns an amount of money into cents). */
  readonly scale?: number;
}

// Ordinary, no-break and narrow no-break spaces and the thin space all serve as thousands separators.
const spaceGroups = '\\u0020\\u00a0\\u202f\\u2009';

function buildPattern(decimal: DecimalSeparator): RegExp {
  const group = decimal === ',' ? `[.${spaceGroups}]` : `[,${spaceGroups}]`;
  const point = decimal === ',' ? ',' : '\\.';
  // The back-reference keeps one thousands separator per number: "1.234 567" is not a number.
  return new RegExp(`^([+\\-\\u2212]?)(?:(\\d{1,3}(${group})\\d{3}(?:\\3\\d{3})*)|(\\d*))(?:${point}(\\d+))?(?:[eE]([+-]?\\d{1,3}))?$`);
}

const patterns: Readonly<Record<DecimalSeparator, RegExp>> = { ',': buildPattern(','), '.': buildPattern('.') };

const suffixes: readonly (readonly [string, number])[] = [
  ['mln', 6],
  ['k', 3],
  ['m', 6],
];

/** Most cells end in a digit, and then there is no suffix to look for. */
function endsWithDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
}

/** 10^0 … 10^22: every one exact in a double. */
const exactPowersOfTen: readonly number[] = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));

/** Digits as an integer; exact for up to 15 digits. */
function digitsValue(digits: string, start: number): number {
  let value = start;
  for (let i = 0; i < digits.length; i++) value = value * 10 + (digits.charCodeAt(i) - 0x30);
  return value;
}

/**
 * integer.fraction × 10^power, as `Number` would read the decimal text. With at most 15
 * digits and a power of ten within 22 both factors are exact, so one multiplication or
 * division is the correctly rounded value (Clinger's fast path) without building the
 * text; anything longer is read as text.
 */
function decimalValue(integer: string, fraction: string, power: number): number {
  const exponent = power - fraction.length;
  if (integer.length + fraction.length <= 15 && exponent >= -22 && exponent <= 22) {
    const mantissa = digitsValue(fraction, digitsValue(integer, 0));
    return exponent >= 0 ? mantissa * exactPowersOfTen[exponent]! : mantissa / exactPowersOfTen[-exponent]!;
  }
  return Number(`${integer || '0'}.${fraction || '0'}e${power}`);
}

const notNumber: LocaleNumberResult = { ok: false, reason: 'notNumber' };

export function parseLocaleNumber(raw: string, decimal: DecimalSeparator, options: LocaleNumberOptions = {}): LocaleNumberResult {
  let text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > 64) return notNumber;

  // Scaling happens in the exponent of the decimal text, never by multiplying a
  // float: 1.15 × 1000 is 1149.9999999999998, "1.15e3" is exactly 1150.
  let shift = options.scale ?? 0;
  let percent = false;
  if (text.endsWith('%')) {
    if ((options.percent ?? 'reject') === 'reject') return notNumber;
    percent = true;
    if (options.percent === 'fraction') shift -= 2;
    text = text.slice(0, -1).trimEnd();
  } else if (options.magnitudeSuffix && !endsWithDigit(text)) {
    const lower = text.toLowerCase();
    for (const [suffix, power] of suffixes) {
      if (lower.endsWith(suffix) && lower.length > suffix.length) {
        text = text.slice(0, -suffix.length).trimEnd();
        shift += power;
        break;
      }
    }
  }

  const match = patterns[decimal].exec(text);
  if (!match) return notNumber;
  const [, sign, grouped, separator, plain, fraction, exponent] = match;
  const integer = grouped !== undefined ? grouped.replaceAll(separator!, '') : (plain ?? '');
  if (integer === '' && fraction === undefined) return notNumber;

  const negative = sign === '-' || sign === '\u2212';
  const power = (exponent === undefined ? 0 : Number(exponent)) + shift;
  const magnitude = decimalValue(integer, fraction ?? '', power);
  const value = negative ? -magnitude : magnitude;
  if (!Number.isFinite(value)) return notNumber;
  // -0 would print as "0" but compare oddly with Object.is; nobody means negative zero.
  return { ok: true, value: value === 0 ? 0 : value, percent };
}
