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

const suffixes: readonly (readonly [string, number])[] = [
  ['mln', 6],
  ['k', 3],
  ['m', 6],
];

const PLUS = 0x2b;
const MINUS = 0x2d;
const MINUS_SIGN = 0x2212;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Most cells end in a digit, and then there is no suffix to look for. */
function endsWithDigit(text: string): boolean {
  return isDigit(text.charCodeAt(text.length - 1));
}

/** 10^0 … 10^22: every one exact in a double. */
const exactPowersOfTen: readonly number[] = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));

/**
 * significand × 10^power for a significand of at most 15 digits and a power within 22:
 * both factors are exact, so one multiplication or division is the correctly rounded
 * value, the one `Number` reads from the decimal text (Clinger's fast path).
 */
function exactlyScaled(significand: number, power: number): number {
  return power >= 0 ? significand * exactPowersOfTen[power]! : significand / exactPowersOfTen[-power]!;
}

/** Ordinary, no-break and narrow no-break spaces and the thin space all serve as thousands separators. */
function isSpaceGroupSeparator(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/**
 * The value of a number written as `sign? (d{1,3} (sep d{3})+ | d*) (point d+)? ([eE] [+-]? d{1,3})?`,
 * times 10^shift, or null. `sep` is the other separator or a space, one and the same
 * throughout ("1.234 567" is not a number). Read in one pass over the characters, the
 * digits gathered into an integer as they come: a regular expression with six captures,
 * joined digit strings and a decimal text per cell were most of the cost of a number.
 */
function readDecimal(text: string, decimal: DecimalSeparator, shift: number): number | null {
  const point = decimal.charCodeAt(0);
  const thousands = decimal === ',' ? 0x2e : 0x2c;
  const first = text.charCodeAt(0);
  const negative = first === MINUS || first === MINUS_SIGN;
  const start = negative || first === PLUS ? 1 : 0;
  let significand = 0;
  let digits = 0;
  let k = start;
  for (let c = text.charCodeAt(k); isDigit(c); c = text.charCodeAt(++k)) {
    significand = significand * 10 + (c - 0x30);
    digits++;
  }
  const separator = text.charCodeAt(k);
  if (digits >= 1 && digits <= 3 && (separator === thousands || isSpaceGroupSeparator(separator))) {
    while (text.charCodeAt(k) === separator) {
      for (let g = 1; g <= 3; g++) {
        const c = text.charCodeAt(k + g);
        if (!isDigit(c)) return null;
        significand = significand * 10 + (c - 0x30);
      }
      digits += 3;
      k += 4;
      if (isDigit(text.charCodeAt(k))) return null;
    }
  }
  let fractionDigits = 0;
  if (text.charCodeAt(k) === point) {
    for (let c = text.charCodeAt(++k); isDigit(c); c = text.charCodeAt(++k)) {
      significand = significand * 10 + (c - 0x30);
      fractionDigits++;
    }
    if (fractionDigits === 0) return null;
    digits += fractionDigits;
  }
  if (digits === 0) return null;
  const digitsEnd = k;

  let exponent = 0;
  const e = text.charCodeAt(k);
  if (e === 0x65 || e === 0x45) {
    const sign = text.charCodeAt(++k);
    if (sign === PLUS || sign === MINUS) k++;
    const from = k;
    for (let c = text.charCodeAt(k); isDigit(c); c = text.charCodeAt(++k)) exponent = exponent * 10 + (c - 0x30);
    if (k === from || k - from > 3) return null;
    if (sign === MINUS) exponent = -exponent;
  }
  if (k !== text.length) return null;

  const power = exponent + shift - fractionDigits;
  // Longer numbers are read from the text of their digits, which `Number` rounds correctly.
  const magnitude = digits <= 15 && Math.abs(power) <= 22 ? exactlyScaled(significand, power) : Number(`${text.slice(start, digitsEnd).replace(/\D/g, '')}e${power}`);
  return negative ? -magnitude : magnitude;
}

const notNumber: LocaleNumberResult = { ok: false, reason: 'notNumber' };

export function parseLocaleNumber(raw: string, decimal: DecimalSeparator, options: LocaleNumberOptions = {}): LocaleNumberResult {
  let text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > 64) return notNumber;

  // Scaling happens in the power of ten of the decimal, never by multiplying a
  // float: 1.15 × 1000 is 1149.9999999999998, 115 × 10^1 is exactly 1150.
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

  const value = readDecimal(text, decimal, shift);
  if (value === null || !Number.isFinite(value)) return notNumber;
  // -0 would print as "0" but compare oddly with Object.is; nobody means negative zero.
  return { ok: true, value: value === 0 ? 0 : value, percent };
}
