import { parseLocaleNumber } from './numbers';

/**
 * Formula injection ("CSV injection"): a spreadsheet runs a cell that starts with
 * =, +, - or @ as a formula (and tab or carriage return can hide such a start), so
 * `=HYPERLINK(...)` in a creator's name could run when an exported list is opened.
 * Import refuses such cells; export neutralises them with a leading apostrophe.
 */

const TAB = 0x09;
const CR = 0x0d;
const APOSTROPHE = 0x27;

/** "=", "+", "-" or "@", tested on the character code: it runs for every imported cell. */
function isTrigger(code: number): boolean {
  return code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40;
}

/** A number in either decimal style ("-5", "+31612345678", "-1.234,5", "-12%") only ever becomes a number. */
export function isPlainNumber(text: string): boolean {
  return (
    parseLocaleNumber(text, '.', { percent: 'points', magnitudeSuffix: true }).ok ||
    parseLocaleNumber(text, ',', { percent: 'points', magnitudeSuffix: true }).ok
  );
}

/** Whether a spreadsheet could take the text as a formula: the rule `neutraliseFormula` and import share. */
export function startsLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === TAB || first === CR) return true;
  return text.length > 1 && isTrigger(first) && !isPlainNumber(text);
}

/** Prefixes a formula-like text with "'", which spreadsheets read as "this is text". */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * Undoes `neutraliseFormula`, so a list this app exported imports with its values
 * intact; the value is then checked again, so a real formula is still refused.
 */
export function stripNeutraliser(cell: string): string {
  return cell.length > 1 && cell.charCodeAt(0) === APOSTROPHE && startsLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}

/** An international phone number ("+31 6 1234 5678"): a "+" start, but nothing a spreadsheet could run. */
export function isPhoneNumberText(text: string): boolean {
  return /^\+[\d\s()./-]{6,}$/.test(text);
}

/**
 * Everyday text that merely starts with a trigger: a dash or plus and a space ("- nog bellen",
 * "+ follow up (Tuesday)"), or a mention ("@kees via agent", "@brand! loves us"), with nothing a
 * formula needs to do harm: no "=", no quotes, no "|" (a DDE call), no function call (a name
 * right before "(": "SUM(", "HYPERLINK("), no reference into another sheet ("Blad1!A1").
 * Words before a parenthesis with a space are prose. Refusing these refused whole rows of
 * ordinary notes; stored as text they are harmless, and the export neutralises them like any other.
 */
function isProseWithTrigger(text: string): boolean {
  return /^(?:[-+]\s+\S|@[\p{L}\p{N}._-]+(?:\s|$))/u.test(text) && !/[=|"]|[\p{L}\p{N}_.]\(|!\$?[A-Za-z]{1,3}\$?\d/u.test(text);
}

/**
 * Whether an imported cell must be refused as a formula. The raw cell counts for
 * tab and carriage return; the trimmed text for the other characters, since a
 * leading space does not stop every spreadsheet. "@name" in the handle column,
 * "+31 …" in the phone column and prose anywhere are what those cells hold, not formulas.
 */
export function isFormulaCell(raw: string, column: 'handle' | 'phone' | 'other'): boolean {
  const first = raw.charCodeAt(0);
  // Nearly every cell starts with a visible ASCII character (never trimmed away) that is
  // no trigger: settled without trimming the cell.
  if (first > 0x20 && first < 0x7f && !isTrigger(first)) return false;
  const text = raw.trim();
  if (text === '') return false;
  if (first === TAB || first === CR) return true;
  if (!startsLikeFormula(text)) return false;
  if (column === 'handle' && /^@[\p{L}\p{N}._-]+$/u.test(text)) return false;
  if (column === 'phone' && isPhoneNumberText(text)) return false;
  return !isProseWithTrigger(text);
}
