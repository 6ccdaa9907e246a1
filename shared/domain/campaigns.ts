import { z } from 'zod';
import { deliverableStatuses } from '../campaigns/deliverable-workflow';
import { unknownMergeFields } from '../campaigns/outreach';
import { closedStages, pipelineStages } from '../campaigns/pipeline';
import { deliverables } from '../calc/pricing';
import { platforms } from '../calc/tiers';
import { isEmailAddress } from './creators';
import { partnershipResultsSchema } from './partnership-results';
import { currencyCodeSchema } from './settings';

/** Campaigns, clients, partnerships, terms and deliverables (issue #7): what crosses the contract. */

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const name = (what: string) => text(120).min(1, `The ${what} needs a name`);
const isoDate = z.iso.date('Use a date like 2026-03-31');
const minorUnits = z.number().int('Use whole cents').min(0, 'Cannot be negative').max(1e13, 'Implausibly large');
export const idSchema = z.number().int().positive();

export const campaignGoals = ['awareness', 'engagement', 'conversions'] as const;
export const campaignStatuses = ['draft', 'active', 'completed', 'cancelled'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
export const allStages = [...pipelineStages, ...closedStages] as const;

// ---- clients (brands) ----
export const clientInputSchema = z.strictObject({
  name: name('client'),
  contactName: text(120),
  email: text(254).refine((e) => e === '' || isEmailAddress(e), { message: 'This does not look like an email address', params: { rule: 'work.email' } }),
  notes: z.string().max(5000, 'At most 5,000 characters'),
});
export type ClientInput = z.infer<typeof clientInputSchema>;
export const clientSchema = clientInputSchema.extend({ id: z.number(), campaignCount: z.number(), ambassadorCount: z.number() });
export type Client = z.infer<typeof clientSchema>;

// ---- campaigns ----
/** The brief: four plain-text sections; lines starting with "- " are shown as bullets. */
export const briefSchema = z.strictObject({
  keyMessages: z.string().max(10_000, 'At most 10,000 characters'),
  dos: z.string().max(10_000, 'At most 10,000 characters'),
  donts: z.string().max(10_000, 'At most 10,000 characters'),
  guidelines: z.string().max(20_000, 'At most 20,000 characters'),
});
export type Brief = z.infer<typeof briefSchema>;
export const emptyBrief: Brief = { keyMessages: '', dos: '', donts: '', guidelines: '' };

export const campaignInputSchema = z
  .strictObject({
    name: name('campaign'),
    clientId: idSchema,
    goal: z.enum(campaignGoals),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    budget: z.strictObject({ amount: minorUnits.refine((a) => a > 0, { message: 'The budget must be more than 0', params: { rule: 'work.aboveZero' } }), currency: currencyCodeSchema }),
    platforms: z.array(z.enum(platforms)).min(1, 'Choose at least one platform').max(3),
    planId: idSchema.nullable(),
    adviceId: idSchema.nullable(),
    pilot: z.boolean(),
    brief: briefSchema,
    status: z.enum(campaignStatuses),
  })
  .refine((c) => c.endDate === null || c.endDate >= c.startDate, { message: 'The end date cannot be before the start date', path: ['endDate'], params: { rule: 'work.endBeforeStart' } })
  .refine((c) => new Set(c.platforms).size === c.platforms.length, { message: 'A platform is listed twice', path: ['platforms'], params: { rule: 'work.platformTwice' } });
export type CampaignInput = z.infer<typeof campaignInputSchema>;

const moneySchema = z.object({ amount: z.number(), currency: z.string() });
export const campaignBudgetViewSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), planned: moneySchema, committed: moneySchema, spent: moneySchema, remaining: moneySchema, overCommitted: z.boolean() }),
  z.object({ ok: z.literal(false), reason: z.enum(['currencyMismatch', 'invalidAmount']) }),
]);
export type CampaignBudgetView = z.infer<typeof campaignBudgetViewSchema>;

export const campaignSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  clientId: z.number(),
  clientName: z.string(),
  goal: z.enum(campaignGoals),
  status: z.enum(campaignStatuses),
  startDate: z.string(),
  endDate: z.string().nullable(),
  pilot: z.boolean(),
  budget: campaignBudgetViewSchema,
  partnershipCount: z.number(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

// ---- terms ----
export const productItemSchema = z.strictObject({
  name: text(200).min(1, 'Name the product'),
  quantity: z.number().int('Whole units').min(1, 'At least 1').max(10_000),
  /** Retail value of one unit, minor units of the campaign currency. */
  retailValue: minorUnits,
});

export const commissionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  /** Percent of the sale, e.g. 12.5. */
  z.strictObject({ type: z.literal('percent'), percent: z.number().gt(0, 'Above 0 %').max(100, 'At most 100 %') }),
  z.strictObject({ type: z.literal('fixed'), amount: minorUnits.refine((a) => a > 0, { message: 'Above 0', params: { rule: 'work.aboveZero' } }) }),
]);

const optionalDays = z.number().int('Whole days').min(0, 'Cannot be negative').max(3650, 'At most 10 years').nullable();

/** What a partnership pays and allows; money in minor units of the campaign's currency. */
export const termsSchema = z
  .strictObject({
  cash: minorUnits.nullable(),
  products: z.array(productItemSchema).max(50),
  commission: commissionSchema,
  promoCode: text(60),
  trackedLink: text(2000).refine((u) => u === '' || /^https?:\/\/[^\s]+\.[^\s]+/.test(u), { message: 'Use a web address starting with https://', params: { rule: 'work.webAddress' } }),
  /** Commission earned so far from tracked conversions. */
  commissionEarned: minorUnits.nullable(),
  /** Cash paid out so far. */
  paid: minorUnits.nullable(),
  usageRights: text(1000),
  usageRightsDays: optionalDays,
  exclusivityDays: optionalDays,
  /** Whether the brand approves content before it goes live, with how many revision rounds. */
  approvalRequired: z.boolean(),
  revisionRounds: z.number().int().min(0).max(20),
  /** Days the brand takes to give feedback on a draft. */
  turnaroundDays: z.number().int().min(0, 'Cannot be negative').max(365),
  notes: z.string().max(10_000, 'At most 10,000 characters'),
}).refine((t) => t.commission.type !== 'none' || !t.commissionEarned, { message: 'There is no commission in these terms', path: ['commissionEarned'], params: { rule: 'work.noCommission' } });
export type Terms = z.infer<typeof termsSchema>;
export const defaultTerms: Terms = {
  cash: null,
  products: [],
  commission: { type: 'none' },
  promoCode: '',
  trackedLink: '',
  commissionEarned: null,
  paid: null,
  usageRights: '',
  usageRightsDays: null,
  exclusivityDays: null,
  approvalRequired: true,
  revisionRounds: 1,
  turnaroundDays: 2,
  notes: '',
};

// ---- deliverables ----
export const deliverableInputSchema = z.strictObject({
  type: z.enum(deliverables),
  platform: z.enum(platforms),
  dueDate: isoDate,
  description: text(1000),
});
export type DeliverableInput = z.infer<typeof deliverableInputSchema>;

export const deliverableSchema = deliverableInputSchema.extend({
  id: z.number(),
  partnershipId: z.number(),
  status: z.enum(deliverableStatuses),
  publishedUrl: z.string().nullable(),
  statusChangedAt: z.string(),
});
export type DeliverableView = z.infer<typeof deliverableSchema>;

// ---- partnerships ----
export const historyEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  kind: z.enum(['created', 'stage', 'terms', 'contact', 'deliverable', 'results']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  note: z.string(),
  deliverableId: z.number().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const outreachSchema = z.object({
  firstContactOn: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  replied: z.boolean(),
  followUpAfterDays: z.number(),
});

export const partnershipSummarySchema = z.object({
  id: z.number(),
  campaignId: z.number(),
  creatorId: z.number(),
  creatorName: z.string(),
  creatorDeleted: z.boolean(),
  /** The creator's handles by platform, for the card. */
  handles: z.array(z.object({ platform: z.enum(platforms), handle: z.string(), followers: z.number() })),
  stage: z.enum(allStages),
  stageChangedAt: z.string(),
  terms: termsSchema,
  outreach: outreachSchema,
  deliverableCount: z.number(),
  /** Published ones. */
  deliverablesDone: z.number(),
  /** Approved or published: with the count, what the window needs to know whether "approved" would be refused. */
  deliverablesApproved: z.number(),
  nextDueDate: z.string().nullable(),
  /** What its content achieved, as entered; null until something is. */
  results: partnershipResultsSchema.nullable(),
});
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>;

export const campaignSchema = campaignSummarySchema.extend({
  budgetInput: z.object({ amount: z.number(), currency: z.string() }),
  platforms: z.array(z.enum(platforms)),
  planId: z.number().nullable(),
  planName: z.string().nullable(),
  adviceId: z.number().nullable(),
  adviceName: z.string().nullable(),
  brief: briefSchema,
  createdAt: z.string(),
  partnerships: z.array(partnershipSummarySchema),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const partnershipDetailSchema = partnershipSummarySchema.extend({
  campaignName: z.string(),
  campaignCurrency: z.string(),
  clientName: z.string(),
  creatorEmail: z.string().nullable(),
  deliverables: z.array(deliverableSchema),
  history: z.array(historyEntrySchema),
});
export type PartnershipDetail = z.infer<typeof partnershipDetailSchema>;

export const contactKinds = ['firstContact', 'followUp', 'reply'] as const;

// ---- outreach templates ----
const templateFields = {
  name: name('template'),
  kind: z.enum(['firstContact', 'followUp']),
  subject: text(300),
  body: z.string().min(1, 'The template needs a text').max(20_000, 'At most 20,000 characters'),
};

/** Refuses `{words}` that are not merge fields (rule `template.unknownFields`, naming them), as the window does. */
function onlyMergeFields(value: string, ctx: z.RefinementCtx): void {
  const unknown = unknownMergeFields(value);
  if (unknown.length === 0) return;
  const fields = unknown.map((f) => `{${f.name}}`).join(', ');
  ctx.addIssue({ code: 'custom', message: `Not a merge field: ${fields}`, params: { rule: 'template.unknownFields', fields } });
}

export const templateInputSchema = z.strictObject({
  ...templateFields,
  subject: templateFields.subject.superRefine(onlyMergeFields),
  body: templateFields.body.superRefine(onlyMergeFields),
});
export type TemplateInput = z.infer<typeof templateInputSchema>;
// Stored templates are read without the merge-field check: one saved before it still lists and opens for correcting.
export const templateSchema = z.strictObject({ ...templateFields, id: z.number(), updatedAt: z.string() });
export type OutreachTemplate = z.infer<typeof templateSchema>;
