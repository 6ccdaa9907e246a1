import { neutraliseFormula } from './cells';
import type { CsvDelimiter } from './dialect';
import type { DecimalSeparator } from './numbers';

/**
 * CSV for spreadsheets, in the user's format: Excel in a Dutch region only splits
 * columns on ";" and only reads "12,5" as a number, so a Dutch export is
 * `{ delimiter: ';', decimal: ',' }` (see `exportDialectFor`). Lines end in CRLF
 * as RFC 4180 and Excel expect; Excel needs the BOM to read UTF-8 as UTF-8.
 */

export type CsvCell = string | number | null;

export interface CsvWriteOptions {
  readonly delimiter: CsvDelimiter;
  readonly decimal: DecimalSeparator;
  /** Start with U+FEFF, which becomes the UTF-8 byte order mark when the text is encoded. */
  readonly bom?: boolean;
}

/**
 * A number without thousands separators (which would read back ambiguously) and
 * never in exponent notation, which spreadsheets may keep as text. Non-finite
 * numbers have no meaning in a sheet and become empty cells.
 */
export function formatCsvNumber(value: number, decimal: DecimalSeparator): string {
  if (!Number.isFinite(value)) return '';
  const plain = Object.is(value, -0) ? '0' : String(value);
  const text = /e/i.test(plain) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 100 }) : plain;
  return decimal === ',' ? text.replace('.', ',') : text;
}

function quoteIfNeeded(text: string, delimiter: CsvDelimiter): string {
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Numbers written by the app stay numbers, "-5" included; only text cells are
 * checked for formula starts, so a name like "=HYPERLINK(…)" arrives as harmless text.
 */
export function formatCsvCell(cell: CsvCell, options: CsvWriteOptions): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? formatCsvNumber(cell, options.decimal) : neutraliseFormula(cell);
  return quoteIfNeeded(text, options.delimiter);
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions): string {
  const lines = [header, ...rows].map((cells) => cells.map((cell) => formatCsvCell(cell, options)).join(options.delimiter));
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
