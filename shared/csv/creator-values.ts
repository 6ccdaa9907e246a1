import { isEmailAddress } from '../domain/creators';
import { parseLocaleNumber, type DecimalSeparator } from './numbers';
import { minorUnitDigits } from '../calc/money';

/**
 * Readers for single cell values of a creator row. Each returns the value or the
 * reason it is unusable; `creator-rows.ts` turns reasons into problems.
 */

export type ValueReading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: 'invalid' | 'negative' | 'notWhole' | 'over100' };

const invalid = { ok: false, reason: 'invalid' } as const;

/** A count such as followers: whole, not negative, "12,5k" allowed. */
export function readCount(text: string, decimal: DecimalSeparator): ValueReading<number> {
  const parsed = parseLocaleNumber(text, decimal, { magnitudeSuffix: true });
  if (!parsed.ok || Math.abs(parsed.value) > Number.MAX_SAFE_INTEGER) return invalid;
  if (parsed.value < 0) return { ok: false, reason: 'negative' };
  if (!Number.isInteger(parsed.value)) return { ok: false, reason: 'notWhole' };
  return { ok: true, value: parsed.value };
}

/** An average or a frequency: not negative, fractions allowed (an average of 12.5 likes is fine). */
export function readAmount(text: string, decimal: DecimalSeparator): ValueReading<number> {
  const parsed = parseLocaleNumber(text, decimal, { magnitudeSuffix: true });
  if (!parsed.ok) return invalid;
  if (parsed.value < 0) return { ok: false, reason: 'negative' };
  return { ok: true, value: parsed.value };
}

/** Whether a header says its column is in percent ("ER (%)", "engagement_pct", "Engagement procent"). */
export function headerSaysPercent(header: string): boolean {
  return /%|percent|procent|\bpct\b|_pct/i.test(header);
}

/**
 * The rule for shares (engagement rate, audience authenticity), decided per column:
 * a cell with "%" is always in percent; otherwise the whole column is in percent
 * when its header says so or when any of its plain numbers is above 1 (3.4 next
 * to 0.8 means 3.4 % and 0.8 %), and in fractions when all are 0–1 (0.034).
 */
export function columnIsPercent(header: string, cells: Iterable<string>, decimal: DecimalSeparator): boolean {
  if (headerSaysPercent(header)) return true;
  for (const cell of cells) {
    const parsed = parseLocaleNumber(cell, decimal, { percent: 'points' });
    if (parsed.ok && !parsed.percent && parsed.value > 1) return true;
  }
  return false;
}

/** The first cell that is a number without "%" (of the first 5,000), as written: what a column's scale decides. */
export function firstPlainNumber(cells: Iterable<string>, decimal: DecimalSeparator): string | null {
  let seen = 0;
  for (const cell of cells) {
    if (++seen > 5_000) break;
    const parsed = parseLocaleNumber(cell, decimal, { percent: 'points' });
    if (parsed.ok && !parsed.percent) return cell.trim();
  }
  return null;
}

export interface ShareReading {
  readonly ok: true;
  /** A fraction: 0.034 for 3.4 %. */
  readonly value: number;
}

/** A share as a fraction; `percentPoints` in the failure says what was read, for the over-100 % message. */
export function readShare(
  text: string,
  decimal: DecimalSeparator,
  percentColumn: boolean,
): ShareReading | { readonly ok: false; readonly reason: 'invalid' | 'negative' | 'over100'; readonly percentPoints?: number } {
  const parsed = parseLocaleNumber(text, decimal, { percent: 'points' });
  if (!parsed.ok) return invalid;
  if (parsed.value < 0) return { ok: false, reason: 'negative' };
  const points = parsed.percent || percentColumn ? parsed.value : parsed.value * 100;
  // toPrecision drops float noise: 4.1 / 100 is 0.040999999999999995.
  if (points > 100) return { ok: false, reason: 'over100', percentPoints: Number(points.toPrecision(12)) };
  return { ok: true, value: Number((points / 100).toPrecision(12)) };
}

/** Currencies by their symbol; "$" is the workspace's own dollar, else the US one (`dollarOf`). */
const currencySymbols: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', $: '$' };
const isoCodes = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'USD', 'GBP', 'JPY']);
/** "1.250,-": a Dutch round amount. */
const roundAmountMarks = [',-', '.-'];

/** The currency named before or after the amount ("€ 150", "150 EUR", "usd150"), and the amount's text without it. */
function currencyMark(text: string): { rest: string; named: string | null; round: boolean } {
  let rest = text.trim();
  const roundMark = roundAmountMarks.find((mark) => rest.endsWith(mark));
  if (roundMark) rest = rest.slice(0, -roundMark.length).trimEnd();
  let named: string | null = null;
  const first = rest[0] ?? '';
  const last = rest.at(-1) ?? '';
  const code = (part: string) => (isoCodes.has(part.toUpperCase()) ? part.toUpperCase() : null);
  if (currencySymbols[first]) [named, rest] = [currencySymbols[first]!, rest.slice(1).trimStart()];
  else if (currencySymbols[last]) [named, rest] = [currencySymbols[last]!, rest.slice(0, -1).trimEnd()];
  else if (/^[a-z]{3}(?=[\s\d])/i.test(rest) && code(rest.slice(0, 3))) [named, rest] = [code(rest.slice(0, 3)), rest.slice(3).trimStart()];
  else if (/[\s\d][a-z]{3}$/i.test(rest) && code(rest.slice(-3))) [named, rest] = [code(rest.slice(-3)), rest.slice(0, -3).trimEnd()];
  let round = roundMark !== undefined;
  if (!round) {
    const after = roundAmountMarks.find((mark) => rest.endsWith(mark));
    if (after) rest = rest.slice(0, -after.length).trimEnd();
    round = after !== undefined;
  }
  return { rest, named, round };
}

/** The currency "$" means: the workspace's when that is written "$" (USD, CAD, AUD…), else the US dollar. */
function dollarOf(workspace: string | null): string {
  if (workspace === null) return 'USD';
  try {
    const parts = new Intl.NumberFormat('en', { style: 'currency', currency: workspace, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
    return parts.find((p) => p.type === 'currency')?.value === '$' ? workspace : 'USD';
  } catch {
    return 'USD';
  }
}

/**
 * The currency an amount's text names ("€ 150", "150 EUR", "$150", "1.250,-"), or null, and the
 * amount's text without it. "$" is `workspace`'s dollar when that is written "$", else the US one.
 */
export function readCurrencyMark(text: string, workspace: string | null): { rest: string; currency: string | null; round: boolean } {
  const { rest, named, round } = currencyMark(text);
  return { rest, currency: named === '$' ? dollarOf(workspace) : named, round };
}

/** A fee: its amount in minor units of its currency, and that currency when the cell names another than the workspace's (else null). */
export interface FeeReading {
  readonly minor: number;
  readonly currency: string | null;
}

/**
 * A fee in minor units (cents for 2 decimals). "€ 150", "150,-" (Dutch for a round amount),
 * "150 EUR" and "$150" are accepted. A cell that names another currency than the workspace's
 * (`workspace`; "£300" in a euro workspace) keeps it, in that currency's own minor units: a
 * quote in pounds is not a quote in euros. Without a workspace currency a named one is passed over.
 */
export function readMoney(text: string, decimal: DecimalSeparator, currencyDecimals: number, workspace: string | null = null): ValueReading<FeeReading> {
  const { rest, currency, round } = readCurrencyMark(text, workspace);
  const other = workspace !== null && currency !== null && currency !== workspace ? currency : null;
  // Scaled in the decimal text, so "1,005" is 100.5 cents before rounding, not 100.49999999999999.
  const digits = other ? minorUnitDigits(other) : currencyDecimals;
  const parsed = parseLocaleNumber(rest, decimal, { scale: digits });
  if (!parsed.ok) return invalid;
  // "1.250,-" is a round amount: read with the other decimal separator (1.25) it is no amount.
  if (round && parsed.value % 10 ** digits !== 0) return invalid;
  if (parsed.value < 0) return { ok: false, reason: 'negative' };
  const minor = Math.round(parsed.value);
  return Number.isSafeInteger(minor) ? { ok: true, value: { minor, currency: other } } : invalid;
}

const yes = new Set(['yes', 'y', 'true', '1', 'ja', 'j', 'x', 'waar', '✓', '✔']);
const no = new Set(['no', 'n', 'false', '0', 'nee', 'onwaar']);

export function readBoolean(text: string): boolean | null {
  const key = text.trim().toLowerCase();
  if (yes.has(key)) return true;
  if (no.has(key)) return false;
  return null;
}

export const MAX_EMAIL_LENGTH = 254;

/** The creator form's own rule, so an imported creator can be saved again from the form. */
export function isValidEmail(text: string): boolean {
  return text.length <= MAX_EMAIL_LENGTH && isEmailAddress(text);
}

const listSeparators = /[,;|]/;
const quoteMarks = new Set(['"', '“', '”', '„']);

/**
 * An item without the double quotes typed around it: "zomer, winter" typed with its quotes is two
 * tags, not `"zomer` and `winter"`. Apostrophes stay: "'90s" is a tag.
 */
function unquoted(item: string): string {
  if (item === '' || (!quoteMarks.has(item[0]!) && !quoteMarks.has(item.at(-1)!))) return item;
  let start = 0;
  let end = item.length;
  while (start < end && quoteMarks.has(item[start]!)) start++;
  while (end > start && quoteMarks.has(item[end - 1]!)) end--;
  return item.slice(start, end).trim();
}

/** "mode, beauty; food" → ["mode", "beauty", "food"]: separated by comma, semicolon or bar, each once, without quotes around. */
export function readList(text: string): string[] {
  // Most cells hold one item; they need no splitting and no set.
  if (!listSeparators.test(text)) {
    const item = unquoted(text.trim());
    return item === '' ? [] : [item];
  }
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of text.split(listSeparators)) {
    const item = unquoted(part.trim());
    const key = item.toLowerCase();
    if (item !== '' && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}
