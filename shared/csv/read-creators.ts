import type { Platform } from '../calc/tiers';
import { validateCreatorRows, type CreatorImportRow, type ShareColumnReading, type ShareField, type ShareScale } from './creator-rows';
import type { DateOrder } from './dates';
import { decodeCsvBytes, type CsvEncoding } from './decode';
import { detectDecimal, type CsvDelimiter } from './dialect';
import { filePlatformOf } from './file-platform';
import { mapHeaders, type ColumnMapping, type UnmappedColumn } from './headers';
import type { DecimalSeparator } from './numbers';
import { parseCsv } from './parse';
import { sortProblems, type CsvProblem } from './problems';

/** The whole import in one call: bytes → text → records → mapping → checked rows. */

export interface ReadCreatorCsvOptions {
  /** The user's corrected mapping; by default the one `mapHeaders` suggests. */
  readonly mapping?: ColumnMapping;
  readonly delimiter?: CsvDelimiter;
  /** For a file whose single column shows no delimiter; ";" suits a Dutch user. */
  readonly fallbackDelimiter?: CsvDelimiter;
  readonly decimal?: DecimalSeparator;
  /**
   * The platform of rows without one, in a file without a platform column (a cell or profile
   * link still wins): the user's choice, null for none; left out, the one its headers name
   * ("Instagram username", `filePlatformOf`). Ignored when a column holds the platform.
   */
  readonly defaultPlatform?: Platform | null;
  readonly currencyDecimals?: number;
  /** The workspace currency: a fee in another keeps its own. */
  readonly currency?: string;
  /** How share columns write plain numbers (the user's correction); detected when left out. */
  readonly shareScales?: Partial<Record<ShareField, ShareScale>>;
  /** How the file writes days; detected from its "figures as of" column when left out. */
  readonly dateOrder?: DateOrder;
  /** The user's order of day and month, for days that do not say (`dateOrderOfLocale`). */
  readonly fallbackDateOrder?: DateOrder;
  /** The user's today (ISO): rows dated after it are refused. */
  readonly today?: string;
  /** The day rows without their own take (see `CreatorRowOptions.fileDay`). */
  readonly fileDay?: string;
}

export type ReadCreatorCsvResult =
  | { readonly ok: false; readonly problem: CsvProblem }
  | {
      readonly ok: true;
      readonly encoding: CsvEncoding;
      readonly delimiter: CsvDelimiter;
      readonly decimal: DecimalSeparator;
      /** How days in the file were read (what the import must be told to read them the same). */
      readonly dateOrder: DateOrder;
      /** Whether the user chose that order, the file's days showed it, or the user's format gave it (the days did not say). */
      readonly dateOrderFrom: 'choice' | 'file' | 'format';
      /** The platform rows without one were read on (what the import must be told), or null. */
      readonly defaultPlatform: Platform | null;
      /** Whether the user chose it or the headers named it; null when there is none. */
      readonly defaultPlatformFrom: 'choice' | 'header' | null;
      readonly header: readonly string[];
      readonly headerLine: number;
      readonly mapping: ColumnMapping;
      readonly unmapped: readonly UnmappedColumn[];
      /** The mapped share columns (ER, audience authenticity) and whether their plain numbers were read as fractions or percentages. */
      readonly shareColumns: readonly ShareColumnReading[];
      /** The first values of each column, to help the user map it. */
      readonly samples: readonly (readonly string[])[];
      readonly rows: readonly CreatorImportRow[];
      /** Structural and row problems together, in file order. */
      readonly problems: readonly CsvProblem[];
      /** Data records in the file (blank lines not counted), for "12 of 14 rows can be imported". */
      readonly recordCount: number;
    };

export function readCreatorCsv(bytes: Uint8Array, options: ReadCreatorCsvOptions = {}): ReadCreatorCsvResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text, { delimiter: options.delimiter, fallbackDelimiter: options.fallbackDelimiter });
  if (!parsed.ok) return parsed;
  const decimal = options.decimal ?? detectDecimal(parsed.records, parsed.delimiter);
  const suggested = mapHeaders(parsed.header);
  const mapping = options.mapping ?? suggested.mapping;
  const unmapped = options.mapping
    ? parsed.header.flatMap((header, index) => (mapping[index] ? [] : [{ index, header, reason: 'unknown' as const, field: null }]))
    : suggested.unmapped;
  const named = filePlatformOf(parsed.header, mapping);
  const defaultPlatform = mapping.includes('platform') ? null : options.defaultPlatform === undefined ? named : options.defaultPlatform;
  const defaultPlatformFrom = defaultPlatform === null ? null : options.defaultPlatform === undefined ? 'header' : 'choice';
  const checked = validateCreatorRows(parsed, mapping, {
    decimal,
    defaultPlatform,
    currencyDecimals: options.currencyDecimals,
    currency: options.currency,
    dateOrder: options.dateOrder,
    fallbackDateOrder: options.fallbackDateOrder,
    today: options.today ?? null,
    fileDay: options.fileDay ?? null,
    ...(options.shareScales ? { shareScales: options.shareScales } : {}),
  });
  return {
    ok: true,
    encoding: decoded.encoding,
    delimiter: parsed.delimiter,
    decimal,
    dateOrder: checked.dateOrder,
    dateOrderFrom: checked.dateOrderFrom,
    defaultPlatform,
    defaultPlatformFrom,
    header: parsed.header,
    headerLine: parsed.headerLine,
    mapping,
    unmapped,
    samples: parsed.header.map((_, i) => parsed.records.slice(0, 3).map((r) => r.fields[i] ?? '')),
    shareColumns: checked.shareColumns,
    rows: checked.rows,
    problems: sortProblems([...parsed.problems, ...checked.problems]),
    recordCount: parsed.records.length + parsed.problems.filter((p) => p.code !== 'noDataRows').length,
  };
}
