import { z } from 'zod';
import { deliverables, platformDeliverables, type Deliverable } from '../calc/pricing';
import { platforms, tiers } from '../calc/tiers';
import { vettingSections } from '../calc/vetting';
import { currencyCodeSchema } from './settings';

export const creatorStatuses = ['prospect', 'vetting', 'approved', 'active', 'ambassador', 'archived'] as const;
export type CreatorStatus = (typeof creatorStatuses)[number];

/** The core's deliverables: `reel` is an Instagram reel or a YouTube Short; a TikTok video is a `post`. */
export const deliverableTypes = deliverables;
export type DeliverableType = Deliverable;

export const vettingItemIds = Object.values(vettingSections).flat() as string[];

/** Handles are compared without @ and case: "@Anna.Fit" and "anna.fit" are the same account. */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}

const optionalCount = z.number().min(0, 'Must be 0 or more').max(1e12).nullable();
const shortText = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const nullableText = (max: number) =>
  shortText(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

/** The longest text each field of a creator takes; the creator form gives its fields these limits. */
export const creatorTextLimits = { name: 200, country: 100, city: 100, email: 254, phone: 40, agent: 200, notes: 20_000, handle: 100, profileUrl: 500 } as const;

export const accountInputSchema = z.strictObject({
  /** Present when editing an account that already exists. */
  id: z.number().int().positive().optional(),
  platform: z.enum(platforms),
  handle: z
    .string()
    .trim()
    .transform((h) => h.replace(/^@+/, ''))
    .pipe(z.string().min(1, 'The handle is empty').max(creatorTextLimits.handle, `At most ${creatorTextLimits.handle} characters`).regex(/^[\p{L}\p{N}._-]+$/u, 'Letters, digits, dots, dashes and underscores only')),
  profileUrl: z
    .string()
    .trim()
    .max(creatorTextLimits.profileUrl)
    .refine((u) => u === '' || /^https?:\/\/\S+$/i.test(u), 'Use a full web address starting with https://')
    .nullable()
    .transform((v) => (v === '' ? null : v)),
  followers: z.number().int('Followers must be a whole number').min(0, 'Followers cannot be negative').max(10_000_000_000),
  avgLikes: optionalCount,
  avgComments: optionalCount,
  avgShares: optionalCount,
  avgSaves: optionalCount,
  avgViews: optionalCount,
  postsPerWeek: z.number().min(0).max(500).nullable(),
});
export type AccountInput = z.input<typeof accountInputSchema>;

export const audienceSchema = z.strictObject({
  /** Share of the audience per age band, 0–1. */
  ageBands: z.partialRecord(z.enum(['13-17', '18-24', '25-34', '35-44', '45-54', '55+']), z.number().min(0).max(1)),
  genderSplit: z.strictObject({ female: z.number().min(0).max(1), male: z.number().min(0).max(1), other: z.number().min(0).max(1) }).nullable(),
  topCountries: z.array(shortText(60)).max(10),
  /** Share of real followers from an audit tool, 0–1. */
  authenticityScore: z.number().min(0).max(1).nullable(),
});
export type Audience = z.infer<typeof audienceSchema>;

export const rateCardEntrySchema = z.strictObject({
  deliverable: z.enum(deliverableTypes),
  platform: z.enum(platforms),
  /** Integer minor units of `currency`. */
  amount: z.number().int('Use whole cents').min(0, 'A rate cannot be negative').max(1e12),
  currency: currencyCodeSchema,
});
export type RateCardEntry = z.infer<typeof rateCardEntrySchema>;

/** Longest tag, and most tags a creator holds (typed by hand, imported or added in bulk). */
export const maxTagLength = 60;
export const maxTags = 50;
const tagText = shortText(maxTagLength).min(1);
const tagList = z.array(tagText).max(maxTags);

const emailAddress = z.email();

/** An e-mail address as the creator form accepts it; the CSV import checks with the same rule. */
export function isEmailAddress(text: string): boolean {
  return emailAddress.safeParse(text).success;
}

export const creatorInputSchema = z.strictObject({
  name: shortText(creatorTextLimits.name).min(1, 'The creator needs a name'),
  status: z.enum(creatorStatuses),
  country: nullableText(creatorTextLimits.country),
  city: nullableText(creatorTextLimits.city),
  languages: tagList,
  niches: tagList,
  tags: tagList,
  email: z
    .string()
    .trim()
    .max(creatorTextLimits.email)
    .refine((e) => e === '' || isEmailAddress(e), 'This does not look like an email address')
    .nullable()
    .transform((v) => (v === '' ? null : v)),
  phone: nullableText(creatorTextLimits.phone),
  agent: nullableText(creatorTextLimits.agent),
  acceptsProductOnly: z.boolean(),
  audience: audienceSchema.nullable(),
  // Only on input: stored rate cards are read with the plain entry schema, so an older entry still shows.
  rateCard: z.array(rateCardEntrySchema.refine((e) => platformDeliverables[e.platform].includes(e.deliverable), {
    message: 'The benchmarks have no such deliverable on this platform',
    path: ['deliverable'],
    params: { rule: 'deliverableNotOnPlatform' },
  })).max(30),
  notes: z.string().max(creatorTextLimits.notes, 'At most 20,000 characters'),
  accounts: z
    .array(accountInputSchema)
    .max(10)
    .refine((accounts) => new Set(accounts.map((a) => `${a.platform}:${handleKey(a.handle)}`)).size === accounts.length, 'The same account is listed twice'),
});
export type CreatorInput = z.input<typeof creatorInputSchema>;
export type ValidCreatorInput = z.output<typeof creatorInputSchema>;

export const vettingAnswerSchema = z.strictObject({
  status: z.enum(['pass', 'fail', 'unknown']),
  note: z.string().max(2000),
});
export type VettingAnswer = z.infer<typeof vettingAnswerSchema>;

export const rosterSortColumns = ['name', 'handle', 'followers', 'er', 'tier', 'status', 'country', 'vettingScore', 'platform', 'flags', 'figuresAsOf'] as const;
export type RosterSortColumn = (typeof rosterSortColumns)[number];

export const erVerdicts = ['below', 'within', 'above', 'none'] as const;

export const rosterQuerySchema = z.strictObject({
  search: z.string().trim().max(200).optional(),
  platforms: z.array(z.enum(platforms)).max(3).optional(),
  tiers: z.array(z.enum([...tiers, 'unclassified'])).max(6).optional(),
  statuses: z.array(z.enum(creatorStatuses)).max(6).optional(),
  niche: z.string().trim().max(60).optional(),
  location: z.string().trim().max(100).optional(),
  /** ER by followers as a fraction, inclusive. */
  erMin: z.number().min(0).max(100).optional(),
  erMax: z.number().min(0).max(100).optional(),
  erVerdicts: z.array(z.enum(erVerdicts)).max(4).optional(),
  vettingMin: z.number().min(0).max(1).optional(),
  flaggedOnly: z.boolean().optional(),
  demo: z.enum(['include', 'exclude', 'only']).optional(),
  /** The bin: deleted creators (kept until restored or deleted permanently) instead of the live roster. */
  bin: z.boolean().optional(),
  sort: z.enum(rosterSortColumns).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type RosterQuery = z.input<typeof rosterQuerySchema>;
export type ValidRosterQuery = z.output<typeof rosterQuerySchema>;

/** Which accounts a roster query matches, without order or paging (select all matching). */
export const rosterFilterSchema = rosterQuerySchema.omit({ sort: true, direction: true, offset: true, limit: true });
export type RosterFilter = z.input<typeof rosterFilterSchema>;

/**
 * Most creators one bulk action takes: far beyond the 100,000 the roster is built and measured
 * for, so "select all matching" is never cut short, yet a bound on what one request may carry.
 */
export const maxBulkCreators = 1_000_000;

export const snapshotSchema = z.object({
  asOf: z.iso.date(),
  followers: z.number(),
  avgLikes: z.number().nullable(),
  avgComments: z.number().nullable(),
  avgShares: z.number().nullable(),
  avgSaves: z.number().nullable(),
  avgViews: z.number().nullable(),
  /** The ER the file reported for that day (a fraction), where it gave no likes and comments. */
  erReported: z.number().nullable(),
  source: z.string(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

const accountViewSchema = z.object({
  id: z.number(),
  platform: z.enum(platforms),
  handle: z.string(),
  profileUrl: z.string().nullable(),
  followers: z.number(),
  avgLikes: z.number().nullable(),
  avgComments: z.number().nullable(),
  avgShares: z.number().nullable(),
  avgSaves: z.number().nullable(),
  avgViews: z.number().nullable(),
  postsPerWeek: z.number().nullable(),
  tier: z.string(),
  erFollowers: z.number().nullable(),
  erVerdict: z.string().nullable(),
  erReported: z.number().nullable(),
  erSource: z.enum(['computed', 'reported']).nullable(),
  sourceFile: z.string().nullable(),
  flagCount: z.number(),
  snapshots: z.array(snapshotSchema),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const creatorDetailSchema = z.object({
  id: z.number(),
  name: z.string(),
  status: z.enum(creatorStatuses),
  country: z.string().nullable(),
  city: z.string().nullable(),
  languages: z.array(z.string()),
  niches: z.array(z.string()),
  tags: z.array(z.string()),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  agent: z.string().nullable(),
  acceptsProductOnly: z.boolean(),
  audience: audienceSchema.nullable(),
  rateCard: z.array(rateCardEntrySchema),
  notes: z.string(),
  vetting: z.record(z.string(), vettingAnswerSchema),
  vettingScore: z.number().nullable(),
  isDemo: z.boolean(),
  deleted: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  accounts: z.array(accountViewSchema),
});
export type CreatorDetail = z.infer<typeof creatorDetailSchema>;

export const rosterRowSchema = z.object({
  accountId: z.number(),
  creatorId: z.number(),
  name: z.string(),
  status: z.enum(creatorStatuses),
  platform: z.enum(platforms),
  handle: z.string(),
  followers: z.number(),
  tier: z.string(),
  erFollowers: z.number().nullable(),
  erVerdict: z.string().nullable(),
  erSource: z.enum(['computed', 'reported']).nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  vettingScore: z.number().nullable(),
  flagCount: z.number(),
  /** The day of the account's current figures (ISO). */
  figuresAsOf: z.string().nullable(),
  isDemo: z.boolean(),
});
export type RosterRow = z.infer<typeof rosterRowSchema>;

/**
 * A row of the CSV export: the roster's columns and what an agency needs to act on the list
 * (contact, profile link, niches and tags), so the file serves outreach and imports back whole.
 */
export const exportRowSchema = rosterRowSchema.extend({
  profileUrl: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  niches: z.array(z.string()),
  tags: z.array(z.string()),
  // The rest of what the import reads, so an export imports back whole.
  languages: z.array(z.string()),
  agent: z.string().nullable(),
  notes: z.string(),
  ...accountViewSchema.pick({ avgLikes: true, avgComments: true, avgShares: true, avgSaves: true, avgViews: true, postsPerWeek: true }).shape,
  /** The creator's quoted fee for this account's platform's main deliverable (a post; a video on YouTube), as the import reads "rate per post". */
  ratePerPost: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  acceptsProductOnly: z.boolean(),
  /** A fraction: 0.92 for 92 % real followers. */
  audienceAuthenticity: z.number().nullable(),
});
export type ExportRow = z.infer<typeof exportRowSchema>;

export const bulkActionSchema = z.discriminatedUnion('type', [
  // Several tags at once: the bulk bar reads "zomer, winter" as the CSV import reads a tags cell
  // (`readList`), and each tag is held to a creator's own limits here.
  z.strictObject({ type: z.literal('addTags'), tags: z.array(tagText).min(1).max(maxTags) }),
  z.strictObject({ type: z.literal('setStatus'), status: z.enum(creatorStatuses) }),
  z.strictObject({ type: z.literal('archive') }),
  z.strictObject({ type: z.literal('delete') }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;
