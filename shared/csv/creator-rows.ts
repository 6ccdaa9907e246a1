import type { Platform } from '../calc/tiers';
import { isFormulaCell, stripNeutraliser } from './cells';
import { columnIsPercent, isValidEmail, readAmount, readBoolean, readCount, readList, readMoney, readShare } from './creator-values';
import { handleKey, isValidHandle, parsePlatform, readProfileUrl, type ProfileUrlReading } from './handles';
import { columnsByField, type ColumnMapping, type CreatorField } from './headers';
import type { DecimalSeparator } from './numbers';
import type { CsvTable } from './parse';
import { csvProblem, excerpt, type CsvProblem, type CsvProblemCode, type CsvProblemParams } from './problems';

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
  /** Fee per post in minor units of the workspace currency. */
  readonly ratePerPostMinor: number | null;
  readonly acceptsProductOnly: boolean | null;
}

export interface CreatorRowOptions {
  /** From `detectDecimal`, or the user's correction. */
  readonly decimal: DecimalSeparator;
  /** For files of one platform without a platform column; a platform cell or profile link still wins. */
  readonly defaultPlatform?: Platform | null;
  /** Decimals of the workspace currency (2 for EUR); fees become minor units. */
  readonly currencyDecimals?: number;
}

export interface CreatorRowsResult {
  readonly rows: readonly CreatorImportRow[];
  readonly problems: readonly CsvProblem[];
}

/**
 * Longest text accepted per field, in characters: the limits of a creator edited by hand
 * (`creatorInputSchema`), so an imported creator can still be edited and saved.
 */
export const maxFieldLengths: Readonly<Partial<Record<CreatorField, number>>> = {
  name: 200,
  // A handle cell may hold the profile link; the handle itself is checked by `isValidHandle`.
  handle: 500,
  profileUrl: 500,
  country: 100,
  city: 100,
  // Stored as the creator's city when the file has no city column.
  location: 100,
  languages: 500,
  niches: 1000,
  tags: 1000,
  email: 254,
  phone: 40,
  agent: 200,
  status: 100,
  notes: 10_000,
};

/** Largest value accepted per number field (followers and fees as whole numbers, fees in minor units), as for a creator edited by hand. */
export const maxFieldValues: Readonly<Partial<Record<CreatorField, number>>> = {
  followers: 10_000_000_000,
  avgLikes: 1e12,
  avgComments: 1e12,
  avgShares: 1e12,
  avgSaves: 1e12,
  avgViews: 1e12,
  postsPerWeek: 500,
  ratePerPost: 1e12,
};

/** Longest item of a list (languages, niches, tags), as a tag typed by hand. */
export const maxListItemLength = 60;

const numberProblem = { invalid: 'numberInvalid', negative: 'numberNegative', notWhole: 'numberInvalid', over100: 'numberInvalid' } as const;
const followersProblem = { invalid: 'followersNotNumber', negative: 'followersNegative', notWhole: 'followersNotWhole', over100: 'followersNotNumber' } as const;

/** Spreadsheet users write "-" (or an en or em dash) for "none". */
const noneMarkers = new Set(['-', '–', '—']);

interface Context {
  readonly header: readonly string[];
  readonly columns: Partial<Record<CreatorField, number>>;
  readonly decimal: DecimalSeparator;
  readonly percentColumns: { readonly engagementRate: boolean; readonly audienceAuthenticity: boolean };
  readonly defaultPlatform: Platform | null;
  readonly currencyDecimals: number;
}

interface Checked {
  readonly row: CreatorImportRow | null;
  /** Platform and handle when both were read, even if the row has other problems: duplicates count from the first line. */
  readonly identity: { readonly platform: Platform; readonly handle: string } | null;
  readonly problems: CsvProblem[];
}

function checkRecord(fields: readonly string[], line: number, ctx: Context): Checked {
  const problems: CsvProblem[] = [];
  // A field whose cell was refused is not reported again as missing.
  const refused = (field: CreatorField) => problems.some((p) => p.field === field);
  const report = (code: CsvProblemCode, field: CreatorField, params: CsvProblemParams = {}) => {
    const index = ctx.columns[field];
    problems.push(csvProblem(code, line, params, index === undefined ? null : (ctx.header[index] ?? null), field));
  };

  const text = (field: CreatorField): string | null => {
    const index = ctx.columns[field];
    if (index === undefined) return null;
    const raw = stripNeutraliser(fields[index] ?? '');
    const value = raw.trim();
    if (value === '' || noneMarkers.has(value)) return null;
    if (isFormulaCell(raw, field === 'handle' || field === 'phone' ? field : 'other')) {
      report('formulaCell', field, { value: excerpt(value) });
      return null;
    }
    const max = maxFieldLengths[field];
    if (max !== undefined && value.length > max) {
      report('fieldTooLong', field, { max, length: value.length });
      return null;
    }
    return value;
  };

  const amount = (field: CreatorField): number | null => {
    const value = text(field);
    if (value === null) return null;
    const reading = readAmount(value, ctx.decimal);
    if (reading.ok) return withinMax(field, reading.value, value);
    report(numberProblem[reading.reason], field, { value: excerpt(value) });
    return null;
  };

  const withinMax = (field: CreatorField, value: number, written: string): number | null => {
    const max = maxFieldValues[field];
    if (max === undefined || value <= max) return value;
    report('numberTooLarge', field, { value: excerpt(written), max });
    return null;
  };

  const list = (field: 'languages' | 'niches' | 'tags'): string[] => {
    const value = text(field);
    if (value === null) return [];
    const items = readList(value);
    const tooLong = items.find((item) => item.length > maxListItemLength);
    if (tooLong === undefined) return items;
    report('listItemTooLong', field, { value: excerpt(tooLong), max: maxListItemLength });
    return [];
  };

  const share = (field: 'engagementRate' | 'audienceAuthenticity'): number | null => {
    const value = text(field);
    if (value === null) return null;
    const reading = readShare(value, ctx.decimal, ctx.percentColumns[field]);
    if (reading.ok) return reading.value;
    if (reading.reason === 'over100') {
      const code = field === 'engagementRate' ? 'engagementOver100' : 'authenticityOver100';
      report(code, field, { value: excerpt(value), percent: reading.percentPoints ?? 0 });
    } else {
      report(numberProblem[reading.reason], field, { value: excerpt(value) });
    }
    return null;
  };

  let followers: number | null = null;
  const followersText = text('followers');
  if (followersText !== null) {
    const reading = readCount(followersText, ctx.decimal);
    if (reading.ok) followers = withinMax('followers', reading.value, followersText);
    else report(followersProblem[reading.reason], 'followers', { value: excerpt(followersText) });
  }

  const engagementRate = share('engagementRate');
  const audienceAuthenticity = share('audienceAuthenticity');
  const avgLikes = amount('avgLikes');
  const avgComments = amount('avgComments');
  const avgShares = amount('avgShares');
  const avgSaves = amount('avgSaves');
  const avgViews = amount('avgViews');
  const postsPerWeek = amount('postsPerWeek');

  let ratePerPostMinor: number | null = null;
  const rateText = text('ratePerPost');
  if (rateText !== null) {
    const reading = readMoney(rateText, ctx.decimal, ctx.currencyDecimals);
    if (reading.ok) ratePerPostMinor = withinMax('ratePerPost', reading.value, rateText);
    else report(numberProblem[reading.reason], 'ratePerPost', { value: excerpt(rateText) });
  }

  const email = text('email');
  if (email !== null && !isValidEmail(email)) report('emailInvalid', 'email', { value: excerpt(email) });

  let acceptsProductOnly: boolean | null = null;
  const productOnlyText = text('acceptsProductOnly');
  if (productOnlyText !== null) {
    acceptsProductOnly = readBoolean(productOnlyText);
    if (acceptsProductOnly === null) report('booleanInvalid', 'acceptsProductOnly', { value: excerpt(productOnlyText) });
  }

  // The profile link: its own column, and the source of handle and platform when those are empty.
  let profileUrl: string | null = null;
  let fromProfileUrl: Extract<ProfileUrlReading, { kind: 'profile' }> | null = null;
  const urlText = text('profileUrl');
  if (urlText !== null) {
    const reading = readProfileUrl(urlText);
    if (reading.kind === 'profile' || reading.kind === 'otherUrl') profileUrl = reading.url;
    else report('urlInvalid', 'profileUrl', { value: excerpt(urlText) });
    if (reading.kind === 'profile') fromProfileUrl = reading;
  }

  let handle: string | null = null;
  let fromHandleUrl: Platform | null = null;
  const handleText = text('handle');
  if (handleText !== null) {
    const reading = readProfileUrl(handleText);
    if (reading.kind === 'profile') {
      handle = reading.handle;
      fromHandleUrl = reading.platform;
      profileUrl ??= reading.url;
    } else {
      const bare = handleText.replace(/^@/, '');
      if (reading.kind === 'notUrl' && isValidHandle(bare)) handle = bare;
      else report('handleInvalid', 'handle', { value: excerpt(handleText) });
    }
  } else if (fromProfileUrl) {
    handle = fromProfileUrl.handle;
  } else if (!refused('handle')) {
    report('handleMissing', 'handle');
  }

  let platform: Platform | null = null;
  const platformText = text('platform');
  const urlPlatforms = [fromHandleUrl, fromProfileUrl?.platform ?? null].filter((p): p is Platform => p !== null);
  if (platformText !== null) {
    platform = parsePlatform(platformText);
    if (platform === null) report('platformUnknown', 'platform', { value: excerpt(platformText) });
  } else if (!refused('platform')) {
    platform = urlPlatforms[0] ?? ctx.defaultPlatform;
    if (platform === null) report('platformMissing', 'platform');
  }
  const otherPlatform = platform === null ? undefined : urlPlatforms.find((p) => p !== platform);
  if (platform !== null && otherPlatform !== undefined) {
    report('platformConflict', ctx.columns.platform !== undefined ? 'platform' : 'profileUrl', { platform, urlPlatform: otherPlatform });
  }

  const name = text('name');
  const country = text('country');
  const city = text('city');
  const location = text('location');
  const languages = list('languages');
  const niches = list('niches');
  const tags = list('tags');
  const phone = text('phone');
  const agent = text('agent');
  const status = text('status');
  const notes = text('notes');

  if (platform === null || handle === null) return { row: null, identity: null, problems };
  const identity = { platform, handle };
  if (problems.length > 0) return { row: null, identity, problems };
  return {
    problems,
    identity,
    row: {
      line,
      name,
      platform,
      handle,
      profileUrl,
      followers,
      engagementRate,
      avgLikes,
      avgComments,
      avgShares,
      avgSaves,
      avgViews,
      postsPerWeek,
      country,
      city,
      location,
      languages,
      niches,
      tags,
      email,
      phone,
      agent,
      audienceAuthenticity,
      status,
      notes,
      ratePerPostMinor,
      acceptsProductOnly,
    },
  };
}

/**
 * Checks every record against the mapping. A row with any problem is left out of
 * `rows` (the UI offers to import the valid ones, knowingly). A handle seen before
 * on the same platform (case, "@" and spaces ignored) is a `duplicateHandle`; the
 * first occurrence stays and its line is in `params.firstLine`.
 */
export function validateCreatorRows(table: CsvTable, mapping: ColumnMapping, options: CreatorRowOptions): CreatorRowsResult {
  const columns = columnsByField(mapping);
  if (columns.handle === undefined && columns.profileUrl === undefined) {
    return { rows: [], problems: [csvProblem('columnMissing', table.headerLine, {}, null, 'handle')] };
  }
  const percentColumn = (field: 'engagementRate' | 'audienceAuthenticity'): boolean => {
    const index = columns[field];
    if (index === undefined) return false;
    const cells = (function* () {
      for (const record of table.records) yield stripNeutraliser(record.fields[index] ?? '');
    })();
    return columnIsPercent(table.header[index] ?? '', cells, options.decimal);
  };
  const ctx: Context = {
    header: table.header,
    columns,
    decimal: options.decimal,
    percentColumns: { engagementRate: percentColumn('engagementRate'), audienceAuthenticity: percentColumn('audienceAuthenticity') },
    defaultPlatform: options.defaultPlatform ?? null,
    currencyDecimals: options.currencyDecimals ?? 2,
  };

  const handleIndex = columns.handle ?? columns.profileUrl;
  const handleColumn = handleIndex === undefined ? null : (table.header[handleIndex] ?? null);
  const columnOf = (problem: CsvProblem) => (problem.field === null ? -1 : (columns[problem.field] ?? -1));
  const rows: CreatorImportRow[] = [];
  const problems: CsvProblem[] = [];
  const firstLines = new Map<string, number>();
  for (const record of table.records) {
    const { row, identity, problems: found } = checkRecord(record.fields, record.line, ctx);
    // Fields are checked in dependency order; the user reads a row left to right.
    problems.push(...found.sort((a, b) => columnOf(a) - columnOf(b)));
    if (!identity) continue;
    const key = handleKey(identity.platform, identity.handle);
    const firstLine = firstLines.get(key);
    if (firstLine === undefined) {
      firstLines.set(key, record.line);
      if (row) rows.push(row);
    } else {
      problems.push(csvProblem('duplicateHandle', record.line, { ...identity, firstLine }, handleColumn, 'handle'));
    }
  }
  return { rows, problems };
}
