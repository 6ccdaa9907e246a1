import type { Platform } from '../calc/tiers';
import { minorUnitDigits } from '../calc/money';
import { platformStartDay, platformStartYear } from '../domain/platform-start';
import { stripNeutraliser } from './cells';
import { CreatorRecordChecker } from './creator-record';
import { columnIsPercent, firstPlainNumber } from './creator-values';
import { dateOrderOfCells, type DateOrder } from './dates';
import { normalisedHandle } from './handles';
import { columnsByField, type ColumnMapping } from './headers';
import type { DecimalSeparator } from './numbers';
import type { CsvTable } from './parse';
import { csvProblem, sortProblems, type CsvProblem } from './problems';

/** A creator read from a CSV row that passed every check, ready for the import service. */
export interface CreatorImportRow {
  /** Line of the file where the row starts. */
  readonly line: number;
  readonly name: string | null;
  readonly platform: Platform;
  /** As written, without "@" or the profile-URL around it. */
  readonly handle: string;
  readonly profileUrl: string | null;
  readonly followers: number | null;
  /** A fraction: 0.034 for 3.4 %. */
  readonly engagementRate: number | null;
  readonly avgLikes: number | null;
  readonly avgComments: number | null;
  readonly avgShares: number | null;
  readonly avgSaves: number | null;
  readonly avgViews: number | null;
  readonly postsPerWeek: number | null;
  /** ISO day the row's figures were measured, when the file says; else the import's day counts. */
  readonly figuresAsOf: string | null;
  readonly country: string | null;
  readonly city: string | null;
  readonly location: string | null;
  readonly languages: readonly string[];
  readonly niches: readonly string[];
  readonly tags: readonly string[];
  readonly email: string | null;
  readonly phone: string | null;
  readonly agent: string | null;
  /** A fraction: 0.92 for 92 % real followers. */
  readonly audienceAuthenticity: number | null;
  readonly status: string | null;
  readonly notes: string | null;
  /** Fee per post in minor units of its currency: the workspace's, or `rateCurrency`. */
  readonly ratePerPostMinor: number | null;
  /** The fee's currency when its cell named another than the workspace's ("£300" in a euro workspace); null: the workspace's. */
  readonly rateCurrency: string | null;
  readonly acceptsProductOnly: boolean | null;
  /** Which creator the row is of, where the file says (a "creator id" column): rows with one ref are one creator, rows with two are two, whatever their names. */
  readonly creatorRef: string | null;
}

export interface CreatorRowOptions {
  /** From `detectDecimal`, or the user's correction. */
  readonly decimal: DecimalSeparator;
  /** For files of one platform without a platform column; a platform cell or profile link still wins. */
  readonly defaultPlatform?: Platform | null;
  /** Decimals of the workspace currency (2 for EUR); fees become minor units. */
  readonly currencyDecimals?: number;
  /** The workspace currency (ISO code): a fee cell naming another currency keeps it (`rateCurrency`). */
  readonly currency?: string;
  /** How the file writes days; by default detected from its "figures as of" column, else `fallbackDateOrder`. */
  readonly dateOrder?: DateOrder;
  /** The user's own order of day and month, for a file whose days do not say (all days ≤ 12). */
  readonly fallbackDateOrder?: DateOrder;
  /** The user's today (ISO): a row's figures dated after it are refused. */
  readonly today?: string | null;
  /**
   * The day rows without their own take (the import's "figures as of"): in a file with a day
   * column, a row without a day and a row of the same account on that day are the account twice.
   */
  readonly fileDay?: string | null;
  /** How a share column writes its plain numbers (the user's correction); detected per column when left out (`columnIsPercent`). */
  readonly shareScales?: Partial<Record<ShareField, ShareScale>>;
}

/** The columns holding a share: a fraction (0.034) or a percentage (3.4) per plain number. */
export const shareFields = ['engagementRate', 'audienceAuthenticity'] as const;
export type ShareField = (typeof shareFields)[number];
export type ShareScale = 'fraction' | 'percent';

/** How a mapped share column was read: its scale, and its first plain number (one without "%"), which that scale decides. */
export interface ShareColumnReading {
  readonly field: ShareField;
  readonly scale: ShareScale;
  readonly sample: string | null;
}

export interface CreatorRowsResult {
  /** How the file's days were read: `options.dateOrder`, or detected (also when the file has no days). */
  readonly dateOrder: DateOrder;
  /** Where that order came from: the caller's choice, the file's own days, or the user's format (the days did not say). */
  readonly dateOrderFrom: 'choice' | 'file' | 'format';
  readonly rows: readonly CreatorImportRow[];
  readonly problems: readonly CsvProblem[];
  /** The mapped share columns and how their plain numbers were read. */
  readonly shareColumns: readonly ShareColumnReading[];
}

export { maxFieldLengths, maxFieldValues, maxListItemLength } from './creator-limits';

/**
 * Checks every record against the mapping. A row with any problem is left out of
 * `rows` (the UI offers to import the valid ones, knowingly). A handle seen before
 * on the same platform (case, "@" and spaces ignored) is a `duplicateHandle`; the
 * first occurrence stays and its line is in `params.firstLine`. Rows of one handle that give
 * different "figures as of" days are not duplicates: they are that account's history.
 */
export function validateCreatorRows(table: CsvTable, mapping: ColumnMapping, options: CreatorRowOptions): CreatorRowsResult {
  const columns = columnsByField(mapping);
  if (columns.handle === undefined && columns.profileUrl === undefined) {
    const dateOrder = options.dateOrder ?? options.fallbackDateOrder ?? 'dmy';
    return { dateOrder, dateOrderFrom: options.dateOrder ? 'choice' : 'format', rows: [], problems: [csvProblem('columnMissing', table.headerLine, {}, null, 'handle')], shareColumns: [] };
  }
  const cellsOf = function* (index: number) {
    for (const record of table.records) yield stripNeutraliser(record.fields[index] ?? '');
  };
  const shareColumns = shareFields.flatMap((field): ShareColumnReading[] => {
    const index = columns[field];
    if (index === undefined) return [];
    const chosen = options.shareScales?.[field];
    const scale = chosen ?? (columnIsPercent(table.header[index] ?? '', cellsOf(index), options.decimal) ? 'percent' : 'fraction');
    return [{ field, scale, sample: firstPlainNumber(cellsOf(index), options.decimal) }];
  });
  const percentColumn = (field: ShareField): boolean => shareColumns.some((c) => c.field === field && c.scale === 'percent');
  const fallbackDateOrder = options.fallbackDateOrder ?? 'dmy';
  const dateColumn = columns.figuresAsOf;
  const said = options.dateOrder || dateColumn === undefined ? null : dateOrderOfCells(cellsOf(dateColumn));
  const dateOrder = options.dateOrder ?? said ?? fallbackDateOrder;
  const dateOrderFrom = options.dateOrder ? 'choice' : said ? 'file' : 'format';
  const checker = new CreatorRecordChecker({
    header: table.header,
    columns,
    decimal: options.decimal,
    percentColumns: { engagementRate: percentColumn('engagementRate'), audienceAuthenticity: percentColumn('audienceAuthenticity') },
    defaultPlatform: options.defaultPlatform ?? null,
    currencyDecimals: options.currencyDecimals ?? (options.currency ? minorUnitDigits(options.currency) : 2),
    currency: options.currency ?? null,
    dateOrder,
    today: options.today ?? null,
  });

  const handleIndex = columns.handle ?? columns.profileUrl;
  const handleColumn = handleIndex === undefined ? null : (table.header[handleIndex] ?? null);
  const columnOf = (problem: CsvProblem) => (problem.field === null ? -1 : (columns[problem.field] ?? -1));
  const leftToRight = (a: CsvProblem, b: CsvProblem) => columnOf(a) - columnOf(b);
  const rows: (CreatorImportRow | null)[] = [];
  const problems: CsvProblem[] = [];
  /** A kept row of an account on a day: its line, its place in `rows` (null: it had problems), and whether its day was the file's. */
  interface Kept {
    line: number;
    index: number | null;
    fileDay: boolean;
  }
  // Per platform, keyed by the handle alone: a `platform:handle` string built per record
  // was slower to hash and look up than everything else about the duplicate check.
  const firstLines: Record<Platform, Map<string, Kept>> = { instagram: new Map(), tiktok: new Map(), youtube: new Map() };
  let dropped = false;
  for (const record of table.records) {
    const checked = checker.check(record.fields, record.line);
    const { identity, day, problems: found } = checked;
    let { row } = checked;
    // Fields are checked in dependency order; the user reads a row left to right.
    if (found.length > 0) problems.push(...found.sort(leftToRight));
    // A row without its own day takes the file's, which cannot lie before its platform began either.
    if (row && day === null && options.fileDay && options.fileDay < platformStartDay(row.platform)) {
      problems.push(csvProblem('fileDayBeforePlatform', record.line, { day: options.fileDay, platform: row.platform, year: platformStartYear[row.platform] }, null, 'figuresAsOf'));
      row = null;
    }
    if (!identity) continue;
    // One account on several days is its history (an export with a row per account and month).
    const rowDay = dateColumn === undefined ? null : (day ?? options.fileDay ?? null);
    const key = rowDay === null ? normalisedHandle(identity.handle) : `${normalisedHandle(identity.handle)} ${rowDay}`;
    const seen = firstLines[identity.platform];
    const first = seen.get(key);
    const keep = (): void => {
      seen.set(key, { line: record.line, index: row ? rows.push(row) - 1 : null, fileDay: rowDay !== null && day === null });
    };
    if (first === undefined) {
      keep();
    } else if (first.fileDay && day !== null) {
      // A row that gives its own day wins over one that only took the file's, whichever comes first.
      if (first.index !== null) rows[first.index] = null;
      dropped = true;
      problems.push(csvProblem('duplicateHandleOnFileDay', first.line, { ...identity, firstLine: record.line, day: rowDay! }, handleColumn, 'handle'));
      keep();
    } else if (rowDay !== null && day === null) {
      problems.push(csvProblem('duplicateHandleOnFileDay', record.line, { ...identity, firstLine: first.line, day: rowDay }, handleColumn, 'handle'));
    } else {
      const params = rowDay === null ? { ...identity, firstLine: first.line } : { ...identity, firstLine: first.line, day: rowDay };
      problems.push(csvProblem(rowDay === null ? 'duplicateHandle' : 'duplicateHandleOnDay', record.line, params, handleColumn, 'handle'));
    }
  }
  const kept = dropped ? rows.filter((r): r is CreatorImportRow => r !== null) : (rows as CreatorImportRow[]);
  return { dateOrder, dateOrderFrom, rows: kept, problems: dropped ? sortProblems(problems) : problems, shareColumns };
}
