import { z } from 'zod';
import { allStages, idSchema } from './campaigns';
import { currencyCodeSchema } from './settings';

/** Ambassador programmes (issue #7): long-term partners per client, their check-ins and perks. */

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const minorUnits = z.number().int('Use whole cents').min(0, 'Cannot be negative').max(1e13, 'Implausibly large');

export const ambassadorStatuses = ['active', 'paused', 'ended'] as const;
export const perkTypes = ['productAccess', 'event', 'gift', 'other'] as const;

/** A performance-based incentive: when the threshold is reached, the reward applies. */
export const incentiveSchema = z.strictObject({
  threshold: text(200).min(1, 'Say when the incentive applies'),
  reward: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('commissionPercent'), percent: z.number().gt(0, 'Above 0 %').max(100, 'At most 100 %') }),
    z.strictObject({ type: z.literal('bonus'), amount: minorUnits.refine((a) => a > 0, { message: 'Above 0', params: { rule: 'work.aboveZero' } }), currency: currencyCodeSchema }),
  ]),
});
export type Incentive = z.infer<typeof incentiveSchema>;

export const ambassadorInputSchema = z.strictObject({
  creatorId: idSchema,
  clientId: idSchema,
  startedOn: z.iso.date('Use a date like 2026-03-31'),
  /** Days between check-ins. */
  cadenceDays: z.number().int('Whole days').min(1, 'At least every day').max(365, 'At most once a year'),
  status: z.enum(ambassadorStatuses),
  incentives: z.array(incentiveSchema).max(20),
  notes: z.string().max(10_000, 'At most 10,000 characters'),
});
export type AmbassadorInput = z.infer<typeof ambassadorInputSchema>;

export const logEntryInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('checkIn'), onDate: z.iso.date('Use a date like 2026-03-31'), note: text(5000) }),
  z.strictObject({
    kind: z.literal('perk'),
    onDate: z.iso.date('Use a date like 2026-03-31'),
    note: text(5000).min(1, 'Describe the perk'),
    perkType: z.enum(perkTypes),
    /** Retail value in minor units of the workspace currency, when known. */
    value: minorUnits.nullable(),
  }),
]);
export type LogEntryInput = z.infer<typeof logEntryInputSchema>;

const moneySchema = z.object({ amount: z.number(), currency: z.string() });

export const logEntrySchema = z.object({
  id: z.number(),
  kind: z.enum(['checkIn', 'perk']),
  onDate: z.string(),
  note: z.string(),
  perkType: z.enum(perkTypes).nullable(),
  value: moneySchema.nullable(),
});

export const ambassadorSummarySchema = z.object({
  id: z.number(),
  creatorId: z.number(),
  creatorName: z.string(),
  clientId: z.number(),
  clientName: z.string(),
  status: z.enum(ambassadorStatuses),
  startedOn: z.string(),
  cadenceDays: z.number(),
  lastCheckIn: z.string().nullable(),
  /** Null when the programme is not active. */
  nextCheckIn: z.string().nullable(),
  perkCount: z.number(),
  /** Cash paid and commission earned across the client's campaigns, one entry per currency. */
  lifetimeSpend: z.array(moneySchema),
});
export type AmbassadorSummary = z.infer<typeof ambassadorSummarySchema>;

export const ambassadorSchema = ambassadorSummarySchema.extend({
  incentives: z.array(incentiveSchema),
  notes: z.string(),
  /** When the programme was last saved: the form sends it back (`expectedUpdatedAt`). */
  updatedAt: z.string(),
  log: z.array(logEntrySchema),
  /** The partnerships of this creator in the client's campaigns, newest first. */
  campaigns: z.array(
    z.object({ partnershipId: z.number(), campaignId: z.number(), campaignName: z.string(), startDate: z.string(), stage: z.enum(allStages), spent: moneySchema }),
  ),
});
export type Ambassador = z.infer<typeof ambassadorSchema>;
