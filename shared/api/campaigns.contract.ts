import { z } from 'zod';
import { deliverableStatuses } from '../campaigns/deliverable-workflow';
import {
  allStages,
  campaignInputSchema,
  campaignSchema,
  campaignStatuses,
  campaignSummarySchema,
  clientInputSchema,
  clientSchema,
  contactKinds,
  deliverableInputSchema,
  deliverableSchema,
  idSchema,
  partnershipDetailSchema,
  templateInputSchema,
  templateSchema,
  termsSchema,
} from '../domain/campaigns';
import { platforms } from '../calc/tiers';
import { defineContract, expectedUpdatedAtSchema } from './contract';
import { partnershipResultsSchema } from '../domain/partnership-results';

const deleted = z.object({ deleted: z.boolean() });

export const clientsContracts = {
  'clients:list': defineContract({ channel: 'clients:list', input: z.void(), output: z.array(clientSchema) }),
  'clients:save': defineContract({ channel: 'clients:save', input: z.strictObject({ id: idSchema.optional(), client: clientInputSchema }), output: clientSchema }),
  /** Refused while campaigns or ambassadors belong to the client: nothing is deleted behind the user's back. */
  'clients:delete': defineContract({ channel: 'clients:delete', input: z.strictObject({ id: idSchema }), output: deleted }),
};

export const campaignsContracts = {
  'campaigns:list': defineContract({
    channel: 'campaigns:list',
    input: z.strictObject({ status: z.enum(campaignStatuses).optional(), clientId: idSchema.optional() }),
    output: z.array(campaignSummarySchema),
  }),
  'campaigns:get': defineContract({ channel: 'campaigns:get', input: z.strictObject({ id: idSchema }), output: campaignSchema }),
  'campaigns:save': defineContract({ channel: 'campaigns:save', input: z.strictObject({ id: idSchema.optional(), campaign: campaignInputSchema, expectedUpdatedAt: expectedUpdatedAtSchema }), output: campaignSchema }),
  /** Removes the campaign with its partnerships, deliverables and their history; creators and ambassadors stay. */
  'campaigns:delete': defineContract({ channel: 'campaigns:delete', input: z.strictObject({ id: idSchema }), output: z.object({ deleted: z.boolean(), partnershipsRemoved: z.number() }) }),
};

export const partnershipsContracts = {
  /** Adds creators as prospects; creators already in the campaign are skipped. */
  'partnerships:add': defineContract({
    channel: 'partnerships:add',
    input: z.strictObject({ campaignId: idSchema, creatorIds: z.array(idSchema).min(1, 'Choose at least one creator').max(500) }),
    output: z.object({ added: z.number(), skipped: z.number() }),
  }),
  'partnerships:get': defineContract({ channel: 'partnerships:get', input: z.strictObject({ id: idSchema }), output: partnershipDetailSchema }),
  /** A pipeline move, checked by `checkMove`; the move and who made it are kept in the history. */
  'partnerships:move': defineContract({
    channel: 'partnerships:move',
    input: z.strictObject({ id: idSchema, to: z.enum(allStages), note: z.string().trim().max(2000).default('') }),
    output: partnershipDetailSchema,
  }),
  /** What the content achieved (reach, impressions, engagements, clicks, conversions, revenue): the campaign's results and KPIs. */
  /** `expected`: the results the form started from; a save over another's since is refused (`changedElsewhere`). */
  'partnerships:saveResults': defineContract({ channel: 'partnerships:saveResults', input: z.strictObject({ id: idSchema, results: partnershipResultsSchema, expected: partnershipResultsSchema.nullable().optional() }), output: partnershipDetailSchema }),
  /** `expected`: the terms the form started from; a save over another's since is refused (`changedElsewhere`). */
  'partnerships:saveTerms': defineContract({ channel: 'partnerships:saveTerms', input: z.strictObject({ id: idSchema, terms: termsSchema, expected: termsSchema.optional() }), output: partnershipDetailSchema }),
  /** Logs a message sent (first contact, follow-up) or a reply received. */
  'partnerships:logContact': defineContract({
    channel: 'partnerships:logContact',
    input: z.strictObject({
      id: idSchema,
      kind: z.enum(contactKinds),
      onDate: z.iso.date('Use a date like 2026-03-31'),
      note: z.string().trim().max(2000).default(''),
      followUpAfterDays: z.number().int().min(1, 'At least 1 day').max(90, 'At most 90 days').optional(),
    }),
    output: partnershipDetailSchema,
  }),
  /** A creator's places in campaigns and ambassador records, for the creator page. */
  'partnerships:ofCreator': defineContract({
    channel: 'partnerships:ofCreator',
    input: z.strictObject({ creatorId: idSchema }),
    output: z.object({
      partnerships: z.array(z.object({ id: z.number(), campaignId: z.number(), campaignName: z.string(), clientName: z.string(), campaignStatus: z.enum(campaignStatuses), stage: z.enum(allStages) })),
      ambassadors: z.array(z.object({ id: z.number(), clientName: z.string(), status: z.enum(['active', 'paused', 'ended']) })),
    }),
  }),
  'partnerships:remove': defineContract({ channel: 'partnerships:remove', input: z.strictObject({ id: idSchema }), output: deleted }),
};

const agendaItemSchema = z.object({
  deliverableId: z.number(),
  partnershipId: z.number(),
  campaignId: z.number(),
  campaignName: z.string(),
  creatorName: z.string(),
  type: deliverableSchema.shape.type,
  platform: z.enum(platforms),
  dueDate: z.string(),
  status: z.enum(deliverableStatuses),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const deliverablesContracts = {
  'deliverables:save': defineContract({
    channel: 'deliverables:save',
    input: z.strictObject({ partnershipId: idSchema, id: idSchema.optional(), deliverable: deliverableInputSchema }),
    output: partnershipDetailSchema,
  }),
  /** An approval-workflow step, checked by `checkDeliverableMove` (changes need a comment, publication a URL). */
  'deliverables:transition': defineContract({
    channel: 'deliverables:transition',
    input: z.strictObject({ id: idSchema, to: z.enum(deliverableStatuses), comment: z.string().trim().max(5000).default(''), url: z.string().trim().max(2000).default('') }),
    output: partnershipDetailSchema,
  }),
  'deliverables:delete': defineContract({ channel: 'deliverables:delete', input: z.strictObject({ id: idSchema }), output: partnershipDetailSchema }),
  /** Deliverables due between two dates (inclusive), done ones included, for the agenda. */
  'deliverables:agenda': defineContract({
    channel: 'deliverables:agenda',
    input: z.strictObject({ from: z.iso.date(), to: z.iso.date() }).refine((r) => r.from <= r.to, { message: 'The end is before the start', path: ['to'] }),
    output: z.array(agendaItemSchema),
  }),
};

export const templatesContracts = {
  'templates:list': defineContract({ channel: 'templates:list', input: z.void(), output: z.array(templateSchema) }),
  'templates:save': defineContract({ channel: 'templates:save', input: z.strictObject({ id: idSchema.optional(), template: templateInputSchema }), output: templateSchema }),
  'templates:delete': defineContract({ channel: 'templates:delete', input: z.strictObject({ id: idSchema }), output: deleted }),
};
