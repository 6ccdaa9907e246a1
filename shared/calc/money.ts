/**
 * Money is integer minor units plus an ISO 4217 code, never a float amount.
 * Multiplications are done in exact decimal arithmetic (BigInt) and rounded once,
 * half away from zero, so €0.005 becomes €0.01 and −€0.005 becomes −€0.01 on
 * every machine; splits use the largest-remainder method so no cent is lost.
 */

export interface Money {
  /** Integer minor units (cents for EUR/USD). */
  readonly amount: number;
  readonly currency: string;
}

/** How a benchmark amount was brought into the workspace currency. */
export interface Conversion {
  readonly fromCurrency: string;
  readonly toCurrency: string;
  /** Units of the target currency per 1 unit of the source currency. */
  readonly rate: number;
  readonly originalAmount: number;
}

export interface ConvertedMoney extends Money {
  readonly conversion: Conversion;
}

/** An amount derived from benchmark figures: `conversion` is null when it is in the data set's own currency. */
export interface BenchmarkMoney extends Money {
  readonly conversion: Conversion | null;
}

/** Workspace currency and the rate from the data set's currency (USD) into it. */
export interface CurrencyTarget {
  readonly currency: string;
  readonly rate: number;
}

export type MoneyProblem = 'invalidAmount' | 'invalidCurrency' | 'invalidRate' | 'outOfRange' | 'currencyMismatch';
export type MoneyResult<T = Money> = { readonly ok: true; readonly money: T } | { readonly ok: false; readonly reason: MoneyProblem };

export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code);
}

export function isValidMoney(money: Money | undefined | null): money is Money {
  return !!money && Number.isSafeInteger(money.amount) && isCurrencyCode(money.currency);
}

const digitsCache = new Map<string, number>();

/** Decimals of the currency's minor unit (2 for EUR/USD, 0 for JPY, 3 for KWD), from the ECMAScript Intl data. */
export function minorUnitDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // A malformed code keeps the common two decimals; callers validate codes first.
  }
  digitsCache.set(currency, digits);
  return digits;
}

interface Decimal {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly scale: number;
}

/** The decimal a JavaScript number prints as (0.1 is 1/10, not its binary approximation). */
function toDecimal(value: number): Decimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return undefined;
  const fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? '0');
  let scale = fraction.length - exponent;
  let digits = BigInt(match[2]! + fraction);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { negative: match[1] === '-', digits, scale };
}

/**
 * Π factors ÷ Π divisors, exactly in decimal, rounded half away from zero to an integer.
 * Undefined when an input is not finite, a divisor is zero, or the result is not a safe integer.
 */
export function exactProductRounded(factors: readonly number[], divisors: readonly number[] = []): number | undefined {
  let numerator = 1n;
  let denominator = 1n;
  let negative = false;
  for (const factor of factors) {
    const d = toDecimal(factor);
    if (!d) return undefined;
    numerator *= d.digits;
    denominator *= 10n ** BigInt(d.scale);
    negative = negative !== d.negative;
  }
  for (const divisor of divisors) {
    const d = toDecimal(divisor);
    if (!d || d.digits === 0n) return undefined;
    numerator *= 10n ** BigInt(d.scale);
    denominator *= d.digits;
    negative = negative !== d.negative;
  }
  let quotient = numerator / denominator;
  if ((numerator % denominator) * 2n >= denominator) quotient += 1n;
  if (quotient > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  const result = Number(quotient);
  return negative && result !== 0 ? -result : result;
}

/** For amounts already known to be finite; exact for anything JavaScript prints with up to 15 significant digits. */
export function roundHalfAwayFromZero(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const rounded = Math.round(Math.abs(value));
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Converts with `rate` units of `toCurrency` per 1 unit of the source currency,
 * rounding half away from zero to the target's minor unit. The result records the conversion.
 */
export function convertMoney(money: Money, toCurrency: string, rate: number): MoneyResult<ConvertedMoney> {
  if (!isCurrencyCode(money?.currency) || !isCurrencyCode(toCurrency)) return { ok: false, reason: 'invalidCurrency' };
  if (!Number.isSafeInteger(money.amount)) return { ok: false, reason: 'invalidAmount' };
  if (!Number.isFinite(rate) || rate <= 0) return { ok: false, reason: 'invalidRate' };
  const fromDigits = minorUnitDigits(money.currency);
  const toDigits = minorUnitDigits(toCurrency);
  const amount = exactProductRounded([money.amount, rate, 10 ** toDigits], [10 ** fromDigits]);
  if (amount === undefined) return { ok: false, reason: 'outOfRange' };
  return {
    ok: true,
    money: { amount, currency: toCurrency, conversion: { fromCurrency: money.currency, toCurrency, rate, originalAmount: money.amount } },
  };
}

/** money × factor, rounded half away from zero to the minor unit. */
export function scaleMoney(money: Money, factor: number): MoneyResult {
  if (!isValidMoney(money)) return { ok: false, reason: 'invalidAmount' };
  const amount = exactProductRounded([money.amount, factor]);
  return amount === undefined ? { ok: false, reason: 'outOfRange' } : { ok: true, money: { amount, currency: money.currency } };
}

export function sumMoney(items: readonly Money[], currency: string): MoneyResult {
  if (!isCurrencyCode(currency)) return { ok: false, reason: 'invalidCurrency' };
  let amount = 0;
  for (const item of items) {
    if (!isValidMoney(item)) return { ok: false, reason: 'invalidAmount' };
    if (item.currency !== currency) return { ok: false, reason: 'currencyMismatch' };
    amount += item.amount;
    if (!Number.isSafeInteger(amount)) return { ok: false, reason: 'outOfRange' };
  }
  return { ok: true, money: { amount, currency } };
}

/** ⌊a ÷ b⌋ for safe integers, corrected where float division lands on the wrong side of an integer. */
export function floorDivide(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

/**
 * Splits integer `total` by `weights` with the largest-remainder method: every part is
 * the floor of its quota, and the cents left over go one by one to the largest remainders;
 * equal remainders go to the earlier weight, so the split is deterministic. Zero weights
 * get nothing. Parts always sum to `total` exactly. Undefined for invalid input.
 */
export function splitMinorUnits(total: number, weights: readonly number[]): number[] | undefined {
  if (!Number.isSafeInteger(total) || weights.length === 0) return undefined;
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) return undefined;
  // Normalising by the largest weight first keeps huge weights from overflowing the sum.
  const largest = Math.max(...weights);
  if (!(largest > 0)) return undefined;
  const normalised = weights.map((w) => w / largest);
  const weightSum = normalised.reduce((s, w) => s + w, 0);
  const sign = total < 0 ? -1 : 1;
  const absolute = Math.abs(total);
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    const quota = absolute * (normalised[i]! / weightSum);
    const floor = Math.min(Math.floor(quota), absolute);
    parts[i] = floor;
    remainders[i] = quota - floor;
    assigned += floor;
  }
  const order = weights
    .map((_w, i) => i)
    .filter((i) => weights[i]! > 0)
    .sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  let left = absolute - assigned;
  // Float quotas can overshoot or undershoot by a cent or so; walk the order until exact.
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!] += 1;
  for (let k = order.length - 1; left < 0; k = (k - 1 + order.length) % order.length) {
    const i = order[k]!;
    if (parts[i]! > 0) {
      parts[i] -= 1;
      left++;
    }
  }
  return sign < 0 ? parts.map((p) => (p === 0 ? 0 : -p)) : parts;
}

export function splitMoney(
  total: Money,
  weights: readonly number[],
): { readonly ok: true; readonly parts: Money[] } | { readonly ok: false; readonly reason: MoneyProblem } {
  if (!isValidMoney(total)) return { ok: false, reason: 'invalidAmount' };
  const parts = splitMinorUnits(total.amount, weights);
  if (!parts) return { ok: false, reason: 'invalidAmount' };
  return { ok: true, parts: parts.map((amount) => ({ amount, currency: total.currency })) };
}

/**
 * An amount computed from benchmark figures (Π factors ÷ Π divisors, in the data set's
 * minor units) and, with a target, converted in the same exact step so it is rounded
 * only once. The conversion record keeps the unconverted amount and the rate.
 */
export function benchmarkAmount(
  dataSetCurrency: string,
  factors: readonly number[],
  divisors: readonly number[],
  target?: CurrencyTarget,
): MoneyResult<BenchmarkMoney> {
  const base = exactProductRounded(factors, divisors);
  if (base === undefined) return { ok: false, reason: 'outOfRange' };
  if (!target || target.currency === dataSetCurrency) return { ok: true, money: { amount: base, currency: dataSetCurrency, conversion: null } };
  if (!isCurrencyCode(target.currency)) return { ok: false, reason: 'invalidCurrency' };
  if (!Number.isFinite(target.rate) || target.rate <= 0) return { ok: false, reason: 'invalidRate' };
  const amount = exactProductRounded(
    [...factors, target.rate, 10 ** minorUnitDigits(target.currency)],
    [...divisors, 10 ** minorUnitDigits(dataSetCurrency)],
  );
  if (amount === undefined) return { ok: false, reason: 'outOfRange' };
  return {
    ok: true,
    money: {
      amount,
      currency: target.currency,
      conversion: { fromCurrency: dataSetCurrency, toCurrency: target.currency, rate: target.rate, originalAmount: base },
    },
  };
}
