import { z } from 'zod';
import { platforms, type Platform } from '../calc/tiers';
import { creatorFields, type ColumnMapping } from '../csv/headers';
import { decimalSeparators, type DecimalSeparator } from '../csv/numbers';
import { dateOrders, type DateOrder } from '../csv/dates';
import { bytesToBase64 } from '../text/base64';
import type { ImportableRow } from '../csv/importable-rows';
import type { ShareField, ShareScale } from '../csv/creator-rows';
import { currencyCodeSchema } from './settings';

/**
 * One valid row of an import file, as the CSV core read it (`readCreatorCsv` + `importableRows`).
 * Rows never cross the contract: the backend reads them from the file itself.
 */
export type ImportRow = ImportableRow;

const shareScaleValues = ['fraction', 'percent'] as const satisfies readonly ShareScale[];

/** Largest file accepted, in bytes: 250,000 rows of a wide sheet; base64 stays under the browser-mode body limit. */
export const maxImportFileBytes = 100 * 1024 * 1024;
export const maxImportRows = 250_000;

/**
 * What to do with a row whose creator is already in the roster:
 * - `update`: take the file's figures (a new dated snapshot) and fill in what the file adds;
 *   a row whose name matches a creator but whose account is new becomes that creator's account.
 * - `skip`: leave the roster as it is.
 * - `new`: a name match becomes a separate creator; an account that already exists cannot be
 *   added twice (handles are unique per platform), so those rows are skipped.
 */
export const onExistingChoices = ['update', 'skip', 'new'] as const;
export type OnExisting = (typeof onExistingChoices)[number];

/**
 * The import of a file the user previewed. The file itself crosses the contract, not its rows:
 * the backend reads it again with the same CSV core and the mapping and decimal separator the
 * preview settled on, so every row it writes passed the same checks the user saw, and 100,000
 * row objects are never serialised between the window and the backend.
 */
/** Field per column (null: ignored); as many as the file has columns (a sheet exported with hundreds of empty ones still previews). */
export const columnMappingSchema = z.array(z.enum(creatorFields).nullable()).max(20_000).readonly();

/**
 * What the last import of a file with given headers was read with: its mapping, and the platform
 * of rows without one (null: none chosen; left out by mappings kept before it was remembered).
 */
export const rememberedImportSchema = z.object({ mapping: columnMappingSchema, defaultPlatform: z.enum(platforms).nullable().optional() });
export type RememberedImport = z.infer<typeof rememberedImportSchema>;

/** The headers of a file, to find the mapping the user last imported a file with these columns with. */
export const importMappingRequestSchema = z.strictObject({ header: z.array(z.string().max(1_000)).min(1).max(20_000) });

export const importRequestSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /** The workspace currency the file's fees are in. */
  currency: currencyCodeSchema,
  onExisting: z.enum(onExistingChoices),
  /** The file's bytes, base64. */
  file: z.base64().max(Math.ceil(maxImportFileBytes / 3) * 4, 'The file is larger than 100 MB'),
  /** Field per column, as the preview mapped them. */
  mapping: columnMappingSchema,
  decimal: z.enum(decimalSeparators),
  /** How the file writes days, as the preview read them (its "figures as of" column); day-month when left out. */
  dateOrder: z.enum(dateOrders).optional(),
  /**
   * The platform of rows without a platform cell or profile link, as the preview read them (the
   * user's choice, or the one the headers name: "Instagram username"); left out, such rows are refused.
   */
  defaultPlatform: z.enum(platforms).optional(),
  /** Whether each share column's plain numbers are fractions (0.034) or percentages (3.4), as the preview read them; detected when left out. */
  shareScales: z.strictObject({ engagementRate: z.enum(shareScaleValues).optional(), audienceAuthenticity: z.enum(shareScaleValues).optional() }).optional(),
  /**
   * How many rows the preview offered to import. The file must read to exactly these: anything
   * else means the preview was not what gets written, and nothing is.
   */
  expectedRows: z.number().int().min(1, 'There are no valid rows to import').max(maxImportRows, 'At most 250,000 rows per import'),
  /**
   * The day the file's figures were measured (an export from last month is dated last month);
   * today when left out. Every row's snapshot gets this date, but for rows that give their own
   * (a "figures as of" column). An account whose stored figures are newer only gains the
   * snapshot as history: the newest snapshot is the current figure.
   */
  asOf: z.iso.date().optional(),
});
export type ImportRequest = z.input<typeof importRequestSchema>;

/**
 * The request for a file the user previewed: the file itself, with the mapping, decimal separator,
 * order of days, platform of rows without one and row count the preview settled on. The import page sends this; tests and benches build theirs
 * with it too, so they send what the page sends.
 */
export function importRequestFor(
  file: { readonly name: string; readonly bytes: Uint8Array },
  preview: {
    readonly mapping: ColumnMapping;
    readonly decimal: DecimalSeparator;
    readonly dateOrder: DateOrder;
    readonly defaultPlatform?: Platform | null;
    readonly shareColumns?: readonly { readonly field: ShareField; readonly scale: ShareScale }[];
    readonly rows: { readonly length: number };
  },
  choice: { readonly currency: string; readonly onExisting: OnExisting; readonly asOf?: string },
): ImportRequest {
  return {
    ...(choice.asOf === undefined ? {} : { asOf: choice.asOf }),
    fileName: file.name,
    currency: choice.currency,
    onExisting: choice.onExisting,
    file: bytesToBase64(file.bytes),
    mapping: preview.mapping,
    decimal: preview.decimal,
    dateOrder: preview.dateOrder,
    ...(preview.defaultPlatform ? { defaultPlatform: preview.defaultPlatform } : {}),
    ...(preview.shareColumns?.length ? { shareScales: Object.fromEntries(preview.shareColumns.map((c) => [c.field, c.scale])) } : {}),
    expectedRows: preview.rows.length,
  };
}

export const importResultSchema = z.object({
  created: z.number(),
  updated: z.number(),
  addedAccounts: z.number(),
  skipped: z.number(),
  /** Of the skipped rows, those whose account belongs to a creator in the bin (restore it to update it). */
  inBin: z.number(),
  /**
   * Rows of accounts in the roster dated before the account's newest snapshot: added to its
   * history only; the account's figures and the creator's details stayed. Not in `updated`.
   */
  historyOnly: z.number(),
  /**
   * Further rows of an account this import created, which the file holds on several days (an
   * export with a row per account and month): points in its history, the newest giving its
   * figures. Not in `created`. (Further rows of an account the roster had count in `updated` or
   * `historyOnly`, as importing the days one file at a time would.)
   */
  historyInFile: z.number(),
  /**
   * Rows of accounts in the roster that changed nothing: the same figures and details as stored
   * (a file imported again). The creator's "last changed" stays. Not in `updated`.
   */
  unchanged: z.number(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importMatchRequestSchema = z.strictObject({
  keys: z
    .array(
      z.strictObject({
        line: z.number().int().min(1),
        platform: z.enum(platforms),
        handle: z.string().max(100),
        name: z.string().max(200).nullable(),
        /** The row's own "figures as of" day, when the file gives one; else `asOf` counts. */
        asOf: z.iso.date().nullable().optional(),
        /** The row's creator id, when the file gives one (`namesOfSeveralCreators`). */
        creatorRef: z.string().max(100).nullable().optional(),
      }),
    )
    .max(250_000),
  /** The import's "figures as of" day: lines of accounts with newer snapshots are named in `olderThanRoster`. */
  asOf: z.iso.date().optional(),
});

/**
 * Which lines of a file are already in the roster: by account, only by the name of one creator,
 * by an account of a creator in the bin (skipped: an update would not be seen), or by a name
 * that several creators share (the import cannot tell which one is meant, so the row becomes a
 * new creator). Of the lines matched by account, `olderThanRoster` are those whose account has
 * a snapshot after the row's day (its own, else `asOf`): an update only adds them to the history.
 */
export const importMatchSchema = z.object({
  byHandle: z.array(z.number()),
  byName: z.array(z.number()),
  inBin: z.array(z.number()),
  sharedName: z.array(z.number()),
  olderThanRoster: z.array(z.number()),
});
export type ImportMatch = z.infer<typeof importMatchSchema>;

/** The steps of an import, in order; `reading` (the file, in one go) and `saving` (the commit) cannot report their own progress. */
export const importSteps = ['reading', 'matching', 'computing', 'writing', 'saving'] as const;

/** How far the running import is: rows done of the step's total. */
export const importProgressSchema = z.object({
  step: z.enum(importSteps),
  done: z.number(),
  total: z.number(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;
