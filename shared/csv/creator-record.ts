import type { Platform } from '../calc/tiers';
import { isFormulaCell, stripNeutraliser } from './cells';
import { maxFieldLengths, maxFieldValues, maxListItemLength } from './creator-limits';
import type { CreatorImportRow } from './creator-rows';
import { isValidEmail, readAmount, readBoolean, readCount, readList, readMoney, readShare } from './creator-values';
import { isValidHandle, parsePlatform, readProfileUrl, type ProfileUrlReading } from './handles';
import { readDay, type DateOrder } from './dates';
import { platformStartDay, platformStartYear } from '../domain/platform-start';
import { creatorFields, type CreatorField } from './headers';
import type { DecimalSeparator } from './numbers';
import { csvProblem, excerpt, type CsvProblem, type CsvProblemCode, type CsvProblemParams } from './problems';

/**
 * One creator record checked against the mapping. What is the same for every record
 * of a file (where each field's column is, its header and limits) is worked out once,
 * in the constructor, and the record being checked is held by the checker, so a
 * record costs its values and its problems, not a set of helper closures.
 */

const numberProblem = { invalid: 'numberInvalid', negative: 'numberNegative', notWhole: 'numberInvalid', over100: 'numberInvalid' } as const;
const followersProblem = { invalid: 'followersNotNumber', negative: 'followersNegative', notWhole: 'followersNotWhole', over100: 'followersNotNumber' } as const;

/** Spreadsheet users write "-" (or an en or em dash) for "none". */
const noneMarkers = new Set(['-', '–', '—']);
/**
 * "Not available" as exports write it (lower-cased): N/A, n.v.t. (Dutch), #N/A (Excel's error
 * value). Only in figures and days, where no such word is a value; "Unknown" can be a handle.
 */
const notAvailable = new Set(['n/a', 'na', 'n.a.', '#n/a', 'nvt', 'n.v.t.', 'none', 'geen', 'null', 'unknown', 'onbekend']);
const figureFields = new Set<CreatorField>(['followers', 'engagementRate', 'audienceAuthenticity', 'avgLikes', 'avgComments', 'avgShares', 'avgSaves', 'avgViews', 'postsPerWeek', 'ratePerPost', 'figuresAsOf']);

export interface RecordCheckContext {
  readonly header: readonly string[];
  readonly columns: Partial<Record<CreatorField, number>>;
  readonly decimal: DecimalSeparator;
  readonly percentColumns: { readonly engagementRate: boolean; readonly audienceAuthenticity: boolean };
  readonly defaultPlatform: Platform | null;
  readonly currencyDecimals: number;
  /** The workspace currency: a fee cell naming another keeps it. Null: named currencies are passed over. */
  readonly currency: string | null;
  /** How the file writes days (`dateOrderOfCells`, the user's format, or the user's correction). */
  readonly dateOrder: DateOrder;
  /** The user's today: figures cannot be dated after it. Null: not checked. */
  readonly today: string | null;
}

export interface CheckedRecord {
  readonly row: CreatorImportRow | null;
  /** Platform and handle when both were read, even if the row has other problems: duplicates count from the first line. */
  readonly identity: { readonly platform: Platform; readonly handle: string } | null;
  /** The row's "figures as of" day when it was read: rows of one account on different days are its history, not duplicates. */
  readonly day: string | null;
  readonly problems: CsvProblem[];
}

/** The platform of a link in the row (the handle's first) that is not the row's platform, or null. */
function linkOnOtherPlatform(platform: Platform, fromHandleUrl: Platform | null, fromProfileUrl: Platform | null): Platform | null {
  if (fromHandleUrl !== null && fromHandleUrl !== platform) return fromHandleUrl;
  if (fromProfileUrl !== null && fromProfileUrl !== platform) return fromProfileUrl;
  return null;
}

const isTooLongListItem = (item: string) => item.length > maxListItemLength;

/** A mapped field's column with what its cells are checked against. */
interface FieldColumn {
  readonly field: CreatorField;
  readonly index: number;
  readonly header: string | null;
  readonly maxLength: number | undefined;
  /** Which cells `isFormulaCell` lets through: "@name" in the handle column, "+31 …" in the phone column. */
  readonly formulaRule: 'handle' | 'phone' | 'other';
  /** A figure or a day: "N/A" there is an empty cell. */
  readonly figure: boolean;
}

export class CreatorRecordChecker {
  private readonly column: Readonly<Record<CreatorField, FieldColumn | null>>;
  private fields: readonly string[] = [];
  private line = 0;
  private problems: CsvProblem[] = [];

  constructor(private readonly ctx: RecordCheckContext) {
    const column = {} as Record<CreatorField, FieldColumn | null>;
    for (const field of creatorFields) {
      const index = ctx.columns[field];
      column[field] =
        index === undefined
          ? null
          : {
              field,
              index,
              header: ctx.header[index] ?? null,
              maxLength: maxFieldLengths[field],
              formulaRule: field === 'handle' || field === 'phone' ? field : 'other',
              figure: figureFields.has(field),
            };
    }
    this.column = column;
  }

  check(fields: readonly string[], line: number): CheckedRecord {
    this.fields = fields;
    this.line = line;
    this.problems = [];
    const { column, ctx } = this;

    let followers: number | null = null;
    const followersText = this.text(column.followers);
    if (followersText !== null) {
      const reading = readCount(followersText, ctx.decimal);
      if (reading.ok) followers = this.withinMax('followers', reading.value, followersText);
      else this.report(followersProblem[reading.reason], 'followers', { value: excerpt(followersText) });
    }

    const engagementRate = this.share('engagementRate');
    const audienceAuthenticity = this.share('audienceAuthenticity');
    const avgLikes = this.amount('avgLikes');
    const avgComments = this.amount('avgComments');
    const avgShares = this.amount('avgShares');
    const avgSaves = this.amount('avgSaves');
    const avgViews = this.amount('avgViews');
    const postsPerWeek = this.amount('postsPerWeek');

    let ratePerPostMinor: number | null = null;
    let rateCurrency: string | null = null;
    const rateText = this.text(column.ratePerPost);
    if (rateText !== null) {
      const reading = readMoney(rateText, ctx.decimal, ctx.currencyDecimals, ctx.currency);
      if (reading.ok) [ratePerPostMinor, rateCurrency] = [this.withinMax('ratePerPost', reading.value.minor, rateText), reading.value.currency];
      else this.report(numberProblem[reading.reason], 'ratePerPost', { value: excerpt(rateText) });
    }

    const email = this.text(column.email);
    if (email !== null && !isValidEmail(email)) this.report('emailInvalid', 'email', { value: excerpt(email) });

    let acceptsProductOnly: boolean | null = null;
    const productOnlyText = this.text(column.acceptsProductOnly);
    if (productOnlyText !== null) {
      acceptsProductOnly = readBoolean(productOnlyText);
      if (acceptsProductOnly === null) this.report('booleanInvalid', 'acceptsProductOnly', { value: excerpt(productOnlyText) });
    }

    // The profile link: its own column, and the source of handle and platform when those are empty.
    let profileUrl: string | null = null;
    let fromProfileUrl: Extract<ProfileUrlReading, { kind: 'profile' }> | null = null;
    /** A link to a post or video on a platform where the profile was expected: said as such, not as a missing handle. */
    let postLink: { field: 'profileUrl' | 'handle'; text: string; platform: Platform } | null = null;
    const urlText = this.text(column.profileUrl);
    if (urlText !== null) {
      const reading = readProfileUrl(urlText);
      if (reading.kind === 'profile' || reading.kind === 'otherUrl') profileUrl = reading.url;
      else this.report('urlInvalid', 'profileUrl', { value: excerpt(urlText) });
      if (reading.kind === 'profile') fromProfileUrl = reading;
      if (reading.kind === 'otherUrl' && reading.platform) postLink = { field: 'profileUrl', text: urlText, platform: reading.platform };
    }

    let handle: string | null = null;
    let fromHandleUrl: Platform | null = null;
    const handleText = this.text(column.handle);
    if (handleText !== null) {
      const reading = readProfileUrl(handleText);
      if (reading.kind === 'profile') {
        handle = reading.handle;
        fromHandleUrl = reading.platform;
        profileUrl ??= reading.url;
      } else {
        const bare = handleText.startsWith('@') ? handleText.slice(1) : handleText;
        if (reading.kind === 'notUrl' && isValidHandle(bare)) handle = bare;
        else if (reading.kind === 'otherUrl' && reading.platform) postLink = { field: 'handle', text: handleText, platform: reading.platform };
        else this.report('handleInvalid', 'handle', { value: excerpt(handleText) });
      }
    } else if (fromProfileUrl) {
      handle = fromProfileUrl.handle;
    } else if (!this.refused('handle') && !postLink) {
      this.report('handleMissing', 'handle');
    }
    if (handle === null && postLink) this.report('linkNotProfile', postLink.field, { value: excerpt(postLink.text), platform: postLink.platform });
    // The link is stored as read (normalised), which can be longer than the cell was.
    const maxUrl = maxFieldLengths.profileUrl!;
    if (profileUrl !== null && profileUrl.length > maxUrl) {
      this.report('fieldTooLong', column.profileUrl !== null ? 'profileUrl' : 'handle', { max: maxUrl, length: profileUrl.length });
      profileUrl = null;
    }

    let platform: Platform | null = null;
    const platformText = this.text(column.platform);
    const fromProfileUrlPlatform = fromProfileUrl?.platform ?? null;
    if (platformText !== null) {
      platform = parsePlatform(platformText);
      if (platform === null) this.report('platformUnknown', 'platform', { value: excerpt(platformText) });
    } else if (!this.refused('platform')) {
      platform = fromHandleUrl ?? fromProfileUrlPlatform ?? postLink?.platform ?? ctx.defaultPlatform;
      if (platform === null) this.report('platformMissing', 'platform');
    }
    const otherPlatform = platform === null ? null : linkOnOtherPlatform(platform, fromHandleUrl, fromProfileUrlPlatform);
    if (platform !== null && otherPlatform !== null) {
      this.report('platformConflict', column.platform !== null ? 'platform' : 'profileUrl', { platform, urlPlatform: otherPlatform });
    }

    const figuresAsOf = this.day('figuresAsOf', platform);

    const name = this.text(column.name);
    const country = this.text(column.country);
    const city = this.text(column.city);
    const location = this.text(column.location);
    const languages = this.list('languages');
    const niches = this.list('niches');
    const tags = this.list('tags');
    const phone = this.text(column.phone);
    const agent = this.text(column.agent);
    const status = this.text(column.status);
    const notes = this.text(column.notes);
    const creatorRef = this.text(column.creatorRef);

    const { problems } = this;
    if (platform === null || handle === null) return { row: null, identity: null, day: figuresAsOf, problems };
    const identity = { platform, handle };
    if (problems.length > 0) return { row: null, identity, day: figuresAsOf, problems };
    return {
      problems,
      identity,
      day: figuresAsOf,
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
        figuresAsOf,
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
        rateCurrency,
        acceptsProductOnly,
        creatorRef,
      },
    };
  }

  private report(code: CsvProblemCode, field: CreatorField, params: CsvProblemParams = {}): void {
    this.problems.push(csvProblem(code, this.line, params, this.column[field]?.header ?? null, field));
  }

  /** A field whose cell was refused is not reported again as missing. */
  private refused(field: CreatorField): boolean {
    return this.problems.some((p) => p.field === field);
  }

  /** The trimmed cell of a mapped field, or null when it is empty or refused (as a formula or too long). */
  private text(column: FieldColumn | null): string | null {
    if (column === null) return null;
    const raw = stripNeutraliser(this.fields[column.index] ?? '');
    const value = raw.trim();
    // The markers are one character each: testing the length first spares hashing every cell.
    if (value === '' || (value.length === 1 && noneMarkers.has(value))) return null;
    // Short words only: testing the length first spares lower-casing every cell.
    if (value.length <= 8 && column.figure && notAvailable.has(value.toLowerCase())) return null;
    if (isFormulaCell(raw, column.formulaRule)) {
      this.report('formulaCell', column.field, { value: excerpt(value) });
      return null;
    }
    const max = column.maxLength;
    if (max !== undefined && value.length > max) {
      this.report('fieldTooLong', column.field, { max, length: value.length });
      return null;
    }
    return value;
  }

  private withinMax(field: CreatorField, value: number, written: string): number | null {
    const max = maxFieldValues[field];
    if (max === undefined || value <= max) return value;
    // A fee's limit is in minor units; the user reads it in the currency's units, as written.
    const shown = field === 'ratePerPost' ? max / 10 ** this.ctx.currencyDecimals : max;
    this.report('numberTooLarge', field, { value: excerpt(written), max: shown });
    return null;
  }

  private amount(field: 'avgLikes' | 'avgComments' | 'avgShares' | 'avgSaves' | 'avgViews' | 'postsPerWeek'): number | null {
    const value = this.text(this.column[field]);
    if (value === null) return null;
    const reading = readAmount(value, this.ctx.decimal);
    if (reading.ok) return this.withinMax(field, reading.value, value);
    this.report(numberProblem[reading.reason], field, { value: excerpt(value) });
    return null;
  }

  /** A day the figures were measured: a real day, not after today, nor before the platform began. */
  private day(field: 'figuresAsOf', platform: Platform | null): string | null {
    const value = this.text(this.column[field]);
    if (value === null) return null;
    const day = readDay(value, this.ctx.dateOrder);
    // The order of day and month is only worth naming for a day written in numbers.
    if (day === null && /\p{L}/u.test(value)) this.report('dateUnreadable', field, { value: excerpt(value) });
    else if (day === null) this.report('dateInvalid', field, { value: excerpt(value), order: this.ctx.dateOrder });
    else if (this.ctx.today !== null && day > this.ctx.today) this.report('dateInFuture', field, { value: excerpt(value), day });
    else if (platform !== null && day < platformStartDay(platform)) this.report('dateBeforePlatform', field, { value: excerpt(value), day, platform, year: platformStartYear[platform] });
    else return day;
    return null;
  }

  private list(field: 'languages' | 'niches' | 'tags'): string[] {
    const value = this.text(this.column[field]);
    if (value === null) return [];
    const items = readList(value);
    const tooLong = items.find(isTooLongListItem);
    if (tooLong === undefined) return items;
    this.report('listItemTooLong', field, { value: excerpt(tooLong), max: maxListItemLength });
    return [];
  }

  private share(field: 'engagementRate' | 'audienceAuthenticity'): number | null {
    const value = this.text(this.column[field]);
    if (value === null) return null;
    const reading = readShare(value, this.ctx.decimal, this.ctx.percentColumns[field]);
    if (reading.ok) return reading.value;
    if (reading.reason === 'over100') {
      const code = field === 'engagementRate' ? 'engagementOver100' : 'authenticityOver100';
      this.report(code, field, { value: excerpt(value), percent: reading.percentPoints ?? 0 });
    } else {
      this.report(numberProblem[reading.reason], field, { value: excerpt(value) });
    }
    return null;
  }
}
