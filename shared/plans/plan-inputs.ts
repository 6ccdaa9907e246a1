import { z } from 'zod';
import { MIX_SUM_TOLERANCE } from '../calc/allocation';
import { deliverables, platformDeliverables } from '../calc/pricing';
import { currencyCodeSchema } from '../domain/settings';

const share = z.number().min(0, 'Cannot be below 0 %').max(1, 'Cannot be above 100 %');

/** Everything a user enters for a budget plan; the figures are always computed from these. */
export const planInputsSchema = z.strictObject({
  name: z.string().trim().min(1, 'The plan needs a name').max(120, 'At most 120 characters'),
  client: z.string().trim().max(120, 'At most 120 characters'),
  campaign: z.string().trim().max(120, 'At most 120 characters'),
  date: z.iso.date('Use a date like 2026-03-31'),
  budget: z.strictObject({
    /** Integer minor units (cents). */
    amount: z.number().int('Use whole cents').positive('The budget must be more than 0').max(1e13, 'The budget is implausibly large'),
    currency: currencyCodeSchema,
  }),
  /** Share for micro creators (nano included); the rest goes to selective macro partnerships. */
  microShare: share,
  /**
   * The tier mix within the two parts: how much of the micro share goes to nano creators, and
   * how much of the rest to mid-tier creators instead of macro. 0 and 0: micro and macro only.
   */
  tierSplit: z.strictObject({ nanoOfMicro: share, midOfRest: share }),
  /** What each platform's lines buy: a post, a reel/Short, a story or a video. */
  deliverables: z
    .strictObject({ instagram: z.enum(deliverables), tiktok: z.enum(deliverables), youtube: z.enum(deliverables) })
    .refine((d) => (Object.keys(d) as (keyof typeof d)[]).every((p) => platformDeliverables[p].includes(d[p])), 'That deliverable does not exist on this platform'),
  platformMix: z
    .strictObject({ instagram: share, tiktok: share, youtube: share })
    .refine((mix) => Math.abs(mix.instagram + mix.tiktok + mix.youtube - 1) <= MIX_SUM_TOLERANCE, 'The platform shares must add up to 100 %'),
  assumptions: z.strictObject({
    /** Null: the CTR benchmark range. */
    ctr: z
      .strictObject({ low: share, high: share })
      .refine((r) => r.low <= r.high, 'Low must not be above high')
      .nullable(),
    conversionRate: share,
    /** Integer minor units of the plan's currency. */
    averageOrderValue: z.number().int('Use whole cents').min(0, 'Cannot be negative').max(1e12),
  }),
  pilot: z
    .strictObject({
      share: z.number().gt(0, 'A pilot needs part of the budget').lt(1, 'A pilot cannot take the whole budget'),
      weeks: z.number().int().min(1, 'At least one week').max(52, 'At most 52 weeks'),
    })
    .nullable(),
  notes: z.string().max(5000, 'At most 5,000 characters'),
});
export type PlanInputs = z.infer<typeof planInputsSchema>;

export function defaultPlanInputs(currency: string, today: string, microShareDefault: number): PlanInputs {
  return {
    name: '',
    client: '',
    campaign: '',
    date: today,
    budget: { amount: 1_500_000, currency },
    microShare: microShareDefault,
    tierSplit: { nanoOfMicro: 0, midOfRest: 0 },
    deliverables: { instagram: 'post', tiktok: 'post', youtube: 'video' },
    platformMix: { instagram: 0.5, tiktok: 0.5, youtube: 0 },
    assumptions: { ctr: null, conversionRate: 0.02, averageOrderValue: 5000 },
    pilot: null,
    notes: '',
  };
}
