import { z } from 'zod';
import { platforms } from '../calc/tiers';
import { currencyCodeSchema } from './settings';

const text = (max: number) => z.string().trim().max(max).nullable();
const count = z.number().min(0).max(1e12).nullable();
const list = z.array(z.string().trim().min(1).max(60)).max(50).readonly();

/** One valid row of an import file, as the CSV core produced it; checked again at the contract. */
export const importRowSchema = z.strictObject({
  line: z.number().int().min(1),
  name: text(200),
  platform: z.enum(platforms),
  handle: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[\p{L}\p{N}._-]+$/u),
  profileUrl: z
    .string()
    .max(500)
    .regex(/^https?:\/\/\S+$/i)
    .nullable(),
  followers: z.number().int().min(0).max(10_000_000_000),
  engagementRate: z.number().min(0).max(1).nullable(),
  avgLikes: count,
  avgComments: count,
  avgShares: count,
  avgSaves: count,
  avgViews: count,
  postsPerWeek: z.number().min(0).max(500).nullable(),
  country: text(100),
  city: text(100),
  location: text(100),
  languages: list,
  niches: list,
  tags: list,
  email: z.email().max(254).nullable(),
  phone: text(40),
  agent: text(200),
  audienceAuthenticity: z.number().min(0).max(1).nullable(),
  status: text(40),
  notes: z.string().max(20_000).nullable(),
  ratePerPostMinor: z.number().int().min(0).max(1e12).nullable(),
  acceptsProductOnly: z.boolean().nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

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

export const importRequestSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /** The workspace currency the file's fees are in. */
  currency: currencyCodeSchema,
  onExisting: z.enum(onExistingChoices),
  rows: z.array(importRowSchema).min(1, 'There are no valid rows to import').max(250_000, 'At most 250,000 rows per import'),
});
export type ImportRequest = z.input<typeof importRequestSchema>;

export const importResultSchema = z.object({
  created: z.number(),
  updated: z.number(),
  addedAccounts: z.number(),
  skipped: z.number(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importMatchRequestSchema = z.strictObject({
  keys: z
    .array(z.strictObject({ line: z.number().int().min(1), platform: z.enum(platforms), handle: z.string().max(100), name: z.string().max(200).nullable() }))
    .max(250_000),
});

/** Which lines of a file are already in the roster, by account or only by name. */
export const importMatchSchema = z.object({ byHandle: z.array(z.number()), byName: z.array(z.number()) });
export type ImportMatch = z.infer<typeof importMatchSchema>;

/** The steps of an import, in order; `saving` is the commit, which cannot report its own progress. */
export const importSteps = ['matching', 'computing', 'writing', 'saving'] as const;

/** How far the running import is: rows done of the step's total. */
export const importProgressSchema = z.object({
  step: z.enum(importSteps),
  done: z.number(),
  total: z.number(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;
