import type { DecimalSeparator } from './numbers';

/**
 * Which delimiter and decimal separator a file uses. Excel writes the list
 * separator of the Windows region: ";" with decimal commas in the Netherlands and
 * Belgium, "," with decimal points in English-speaking regions; other tools
 * write "," or tab regardless. The file itself decides, never the UI language.
 */

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export interface CsvDialect {
  readonly delimiter: CsvDelimiter;
  readonly decimal: DecimalSeparator;
}

/** Records looked at to pick the delimiter; enough to see the pattern, cheap on a big file. */
export const DELIMITER_SAMPLE_RECORDS = 50;
const DELIMITER_SAMPLE_CHARS = 256 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Excel honours a first line "sep=;" and writes it in some exports; it names the delimiter outright. */
export function declaredDelimiter(text: string): { delimiter: CsvDelimiter; length: number } | null {
  if (text.length < 5 || text.slice(0, 4).toLowerCase() !== 'sep=') return null;
  const delimiter = csvDelimiters.find((d) => d === text[4]);
  if (!delimiter) return null;
  const rest = text.charCodeAt(5);
  if (Number.isNaN(rest)) return { delimiter, length: 5 };
  if (rest === CR) return { delimiter, length: text.charCodeAt(6) === LF ? 7 : 6 };
  if (rest === LF) return { delimiter, length: 6 };
  return null;
}

/** Per sampled record, how often each candidate occurs outside quotes. Blank lines are skipped. */
function countDelimiters(text: string): number[][] {
  const codes = csvDelimiters.map((d) => d.charCodeAt(0));
  const rows: number[][] = [];
  const end = Math.min(text.length, DELIMITER_SAMPLE_CHARS);
  let counts = codes.map(() => 0);
  let inQuotes = false;
  let blank = true;
  for (let i = 0; i < end && rows.length < DELIMITER_SAMPLE_RECORDS; i++) {
    const c = text.charCodeAt(i);
    // Toggling on every quote is exact for well-formed CSV: an escaped "" toggles twice.
    if (c === QUOTE) {
      inQuotes = !inQuotes;
      blank = false;
    } else if (!inQuotes && (c === LF || c === CR)) {
      if (!blank) rows.push(counts);
      counts = codes.map(() => 0);
      blank = true;
    } else if (!inQuotes) {
      const k = codes.indexOf(c);
      if (k !== -1) counts[k]!++;
      if (c !== 0x20) blank = false;
    }
  }
  if (!blank && rows.length < DELIMITER_SAMPLE_RECORDS) rows.push(counts);
  return rows;
}

/**
 * The rule: a candidate must occur in the header line (decimal commas never do);
 * among those, the one for which the most sampled records have exactly as many
 * delimiters as the header wins; ties go to the candidate with more columns, then
 * to `fallback`. A file with no candidate in its header has one column and gets `fallback`.
 */
export function detectDelimiter(text: string, fallback: CsvDelimiter = ','): CsvDelimiter {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const declared = declaredDelimiter(body);
  if (declared) return declared.delimiter;
  const rows = countDelimiters(body);
  const header = rows[0];
  if (!header) return fallback;
  const data = rows.slice(1);
  let best: { delimiter: CsvDelimiter; consistency: number; columns: number } | null = null;
  const order = [fallback, ...csvDelimiters.filter((d) => d !== fallback)];
  for (const delimiter of order) {
    const k = csvDelimiters.indexOf(delimiter);
    const columns = header[k]!;
    if (columns === 0) continue;
    const consistency = data.length === 0 ? 1 : data.filter((row) => row[k] === columns).length / data.length;
    if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { delimiter, consistency, columns };
    }
  }
  return best ? best.delimiter : fallback;
}

/** Records looked at to decide the decimal separator. */
export const DECIMAL_SAMPLE_RECORDS = 5000;

const numberLike = /^[+\-\u2212]?[\d.,]*\d[\d.,]*\s?%?$/;

/**
 * What one numeric-looking cell says about the decimal separator, or null when it
 * cannot tell:
 * - both "," and "." present: the last one is the decimal ("1.234,5", "1,234.5");
 * - one separator occurring more than once: it groups thousands, so the other is
 *   the decimal ("1.234.567" → ",");
 * - one separator once, followed by exactly three digits after a 1–3 digit integer
 *   not starting with 0 ("1.234", "12,500"): a thousands group or three decimals,
 *   undecidable;
 * - one separator once otherwise ("12,5", "0.034", "1234.5"): it is the decimal.
 */
export function decimalHint(cell: string): DecimalSeparator | null {
  const text = cell.trim();
  if (text.length > 40 || !numberLike.test(text)) return null;
  const digits = text.replace(/^[+\-\u2212]/, '').replace(/\s?%$/, '');
  const lastComma = digits.lastIndexOf(',');
  const lastPoint = digits.lastIndexOf('.');
  if (lastComma !== -1 && lastPoint !== -1) return lastComma > lastPoint ? ',' : '.';
  const separator = lastComma !== -1 ? ',' : lastPoint !== -1 ? '.' : null;
  if (!separator) return null;
  const other: DecimalSeparator = separator === ',' ? '.' : ',';
  const parts = digits.split(separator);
  if (parts.length > 2) {
    const grouped = parts[0]!.length >= 1 && parts[0]!.length <= 3 && parts.slice(1).every((p) => p.length === 3);
    return grouped ? other : null;
  }
  const [integer, fraction] = parts as [string, string];
  if (fraction.length === 0) return null;
  if (fraction.length === 3 && integer.length >= 1 && integer.length <= 3 && !integer.startsWith('0')) return null;
  return separator;
}

/**
 * The decimal separator of a file: a majority vote of `decimalHint` over the cells
 * of the first `DECIMAL_SAMPLE_RECORDS` records. With no decisive cell, or a tie,
 * the delimiter decides as Excel does: ";" goes with a decimal comma, "," and tab
 * with a decimal point.
 */
export function detectDecimal(records: readonly { readonly fields: readonly string[] }[], delimiter: CsvDelimiter): DecimalSeparator {
  let comma = 0;
  let point = 0;
  const end = Math.min(records.length, DECIMAL_SAMPLE_RECORDS);
  for (let r = 0; r < end; r++) {
    for (const cell of records[r]!.fields) {
      const hint = decimalHint(cell);
      if (hint === ',') comma++;
      else if (hint === '.') point++;
    }
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

/** The dialect to export in for a formatting locale: its decimal separator, and ";" where that is a comma so Excel splits the columns. */
export function exportDialectFor(locale: string): CsvDialect {
  let decimal: DecimalSeparator = '.';
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    if (part?.value === ',') decimal = ',';
  } catch {
    // An unknown locale tag: the English convention.
  }
  return { delimiter: decimal === ',' ? ';' : ',', decimal };
}
