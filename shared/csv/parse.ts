import { declaredDelimiter, detectDelimiter, type CsvDelimiter } from './dialect';
import { csvProblem, type CsvProblem, type CsvProblemParams } from './problems';

/**
 * RFC 4180 records in one pass over the text: quoted fields with "" escapes,
 * delimiters and line breaks inside quotes, CRLF, LF and CR line ends. Fields are
 * found with indexOf (unquoted: the next delimiter or line end; quoted: from quote
 * to quote) and cut out with slice, so the cost is linear in the file and no field
 * is ever built a character at a time.
 */

/**
 * The largest field accepted, in UTF-16 code units (1 MiB). A creator's notes never
 * come near it; a field this big is a broken file (often a stray quote that swallowed
 * the rest), refused before it is copied out of the text.
 */
export const MAX_FIELD_LENGTH = 1024 * 1024;

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

/** A header and the records under it, as `validateCreatorRows` takes them. */
export interface CsvTable {
  /** Header cells, trimmed. */
  readonly header: readonly string[];
  readonly headerLine: number;
  /** Data records with as many fields as the header; blank lines are left out. */
  readonly records: readonly CsvRecord[];
}

export interface ParseCsvOptions {
  /** Known delimiter; by default a "sep=" first line, else `detectDelimiter`. */
  readonly delimiter?: CsvDelimiter;
  /** For `detectDelimiter` when the file does not show one (a single column). */
  readonly fallbackDelimiter?: CsvDelimiter;
  readonly maxFieldLength?: number;
}

export type ParseCsvResult =
  | (CsvTable & {
      readonly ok: true;
      readonly delimiter: CsvDelimiter;
      /** Records left out (ragged, stray quote) and a missing body; the rest is usable. */
      readonly problems: readonly CsvProblem[];
    })
  | { readonly ok: false; readonly problem: CsvProblem };

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

interface RawRecord {
  readonly line: number;
  readonly fields: string[];
  /** Index of a field with text after its closing quote (`"a"b`), or -1. */
  readonly strayQuoteField: number;
}

type Tokens =
  | { readonly ok: true; readonly records: RawRecord[] }
  | { readonly ok: false; readonly code: 'unterminatedQuote' | 'fieldTooLarge'; readonly line: number; readonly fieldIndex: number; readonly records: RawRecord[] };

function countLineBreaks(s: string): number {
  if (s.indexOf('\n') === -1 && s.indexOf('\r') === -1) return 0;
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === LF || (c === CR && s.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

function tokenize(text: string, start: number, firstLine: number, delimiter: CsvDelimiter, maxField: number): Tokens {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const records: RawRecord[] = [];
  let i = start;
  let line = firstLine;
  // The next delimiter, line feed and carriage return, each found with indexOf and
  // kept until the scan passes it, so every stretch of text is searched once.
  let nextDelimiter = -2;
  let nextLf = -2;
  let nextCr = -2;
  const fieldEnd = (from: number): number => {
    if (nextDelimiter !== -1 && nextDelimiter < from) nextDelimiter = text.indexOf(delimiter, from);
    if (nextLf !== -1 && nextLf < from) nextLf = text.indexOf('\n', from);
    if (nextCr !== -1 && nextCr < from) nextCr = text.indexOf('\r', from);
    let end = n;
    if (nextDelimiter !== -1 && nextDelimiter < end) end = nextDelimiter;
    if (nextLf !== -1 && nextLf < end) end = nextLf;
    if (nextCr !== -1 && nextCr < end) end = nextCr;
    return end;
  };
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    let strayQuoteField = -1;
    for (;;) {
      let value: string;
      let c = text.charCodeAt(i);
      if (c === QUOTE) {
        const openLine = line;
        value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) return { ok: false, code: 'unterminatedQuote', line: openLine, fieldIndex: fields.length, records };
          if (value.length + (q - from) > maxField) return { ok: false, code: 'fieldTooLarge', line: recordLine, fieldIndex: fields.length, records };
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
          } else {
            value += text.slice(from, q);
            i = q + 1;
            break;
          }
        }
        line += countLineBreaks(value);
        c = text.charCodeAt(i);
        if (i < n && c !== d && c !== LF && c !== CR) {
          // Lenient like Excel: keep the text, but the record is suspect and is reported.
          strayQuoteField = fields.length;
          const end = fieldEnd(i);
          value += text.slice(i, end);
          i = end;
          if (value.length > maxField) return { ok: false, code: 'fieldTooLarge', line: recordLine, fieldIndex: fields.length, records };
        }
      } else {
        const end = fieldEnd(i);
        if (end - i > maxField) return { ok: false, code: 'fieldTooLarge', line: recordLine, fieldIndex: fields.length, records };
        value = text.slice(i, end);
        i = end;
      }
      fields.push(value);
      if (i >= n) break;
      c = text.charCodeAt(i);
      i++;
      if (c === d) continue;
      if (c === CR && text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    records.push({ line: recordLine, fields, strayQuoteField });
  }
  return { ok: true, records };
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** A header, then data records checked against its width. */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParseCsvResult {
  const maxField = options.maxFieldLength ?? MAX_FIELD_LENGTH;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let firstLine = 1;
  const declared = declaredDelimiter(text.slice(start, start + 8));
  if (declared) {
    start += declared.length;
    firstLine = 2;
  }
  const delimiter = options.delimiter ?? declared?.delimiter ?? detectDelimiter(text, options.fallbackDelimiter);

  const tokens = tokenize(text, start, firstLine, delimiter, maxField);
  if (!tokens.ok) {
    const header = tokens.records.find((r) => !isBlank(r.fields));
    const column = header?.fields[tokens.fieldIndex]?.trim() ?? null;
    const params: CsvProblemParams = tokens.code === 'fieldTooLarge' ? { limit: maxField } : {};
    return { ok: false, problem: csvProblem(tokens.code, tokens.line, params, column) };
  }

  const all = tokens.records;
  const headerIndex = all.findIndex((r) => !isBlank(r.fields));
  if (headerIndex === -1) return { ok: false, problem: csvProblem('emptyFile', 0) };
  const headerRecord = all[headerIndex]!;
  const header = headerRecord.fields.map((f) => f.trim());
  const width = header.length;

  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let dataRecords = 0;
  for (let r = headerIndex + 1; r < all.length; r++) {
    const { line, fields, strayQuoteField } = all[r]!;
    if (isBlank(fields)) continue;
    dataRecords++;
    if (strayQuoteField !== -1) {
      problems.push(csvProblem('malformedQuote', line, {}, header[strayQuoteField] ?? null));
    } else if (fields.length < width) {
      problems.push(csvProblem('rowTooFewFields', line, { expected: width, actual: fields.length }));
    } else if (fields.length > width && !isBlank(fields.slice(width))) {
      problems.push(csvProblem('rowTooManyFields', line, { expected: width, actual: fields.length }));
    } else {
      // Empty cells past the header are Excel padding a row to the widest one in the sheet.
      if (fields.length > width) fields.length = width;
      records.push({ line, fields });
    }
  }
  if (dataRecords === 0) problems.push(csvProblem('noDataRows', headerRecord.line));
  return { ok: true, delimiter, header, headerLine: headerRecord.line, records, problems };
}
