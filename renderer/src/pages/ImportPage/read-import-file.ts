import {
  columnsByField,
  decodeCsvBytes,
  detectDecimal,
  importableRows,
  mapHeaders,
  parseCsv,
  validateCreatorRows,
  type ColumnMapping,
  type CsvProblem,
  type DecimalSeparator,
  type ImportableRow,
} from '@shared/csv';

export interface ImportPreview {
  ok: true;
  encoding: string;
  delimiter: string;
  decimal: DecimalSeparator;
  header: readonly string[];
  mapping: ColumnMapping;
  /** A few values per column, to help the user map it. */
  samples: string[][];
  recordCount: number;
  rows: ImportableRow[];
  problems: CsvProblem[];
}

export type ImportPreviewResult = ImportPreview | { ok: false; problem: CsvProblem };

/**
 * Reads a file the way the import will: decode, parse, map, validate, and set aside rows that
 * cannot be placed. Runs in the window (the CSV core is pure), so the preview is immediate.
 */
export function readImportFile(
  bytes: Uint8Array,
  options: { mapping?: ColumnMapping; decimal?: DecimalSeparator; currencyDecimals: number },
): ImportPreviewResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return parsed;
  const decimal = options.decimal ?? detectDecimal(parsed.records, parsed.delimiter);
  const mapping = options.mapping ?? mapHeaders(parsed.header).mapping;
  const checked = validateCreatorRows(parsed, mapping, { decimal, currencyDecimals: options.currencyDecimals });
  const followersColumn = columnsByField(mapping).followers;
  const ready = importableRows(checked.rows, [...parsed.problems, ...checked.problems], followersColumn === undefined ? null : (parsed.header[followersColumn] ?? null));
  return {
    ok: true,
    encoding: decoded.encoding,
    delimiter: parsed.delimiter,
    decimal,
    header: parsed.header,
    mapping,
    samples: parsed.header.map((_, i) => parsed.records.slice(0, 3).map((r) => r.fields[i] ?? '')),
    recordCount: parsed.records.length,
    rows: ready.rows,
    problems: ready.problems,
  };
}
