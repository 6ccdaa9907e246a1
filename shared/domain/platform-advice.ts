import { z } from 'zod';

/** The wizard's answers; every question has a default, so skipping a step is always possible. */
export const platformQuestionsSchema = z.strictObject({
  audienceAge: z.enum(['genZ', 'millennials', 'genX', 'mixed']),
  category: z.enum(['lifestyle', 'beauty', 'fashion', 'fitness', 'food', 'tech', 'travel', 'other']),
  contentStyle: z.enum(['polished', 'authentic']),
  budgetSize: z.enum(['small', 'medium', 'large']),
  socialCommerce: z.boolean(),
  goal: z.enum(['awareness', 'engagement', 'conversions']),
  longTermPartnerships: z.boolean(),
});
export type PlatformAnswers = z.infer<typeof platformQuestionsSchema>;

export const defaultPlatformAnswers: PlatformAnswers = {
  audienceAge: 'mixed',
  category: 'lifestyle',
  contentStyle: 'authentic',
  budgetSize: 'medium',
  socialCommerce: false,
  goal: 'awareness',
  longTermPartnerships: false,
};

export const platformAdviceInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'The advice needs a name').max(120, 'At most 120 characters'),
  answers: platformQuestionsSchema,
  /** Ticked optimisation-checklist items, by code. */
  checked: z.array(z.string().max(60)).max(50),
});
export type PlatformAdviceInput = z.infer<typeof platformAdviceInputSchema>;

export const platformAdviceSchema = platformAdviceInputSchema.extend({
  id: z.number(),
  /** The ranking as saved: platform, score and whole-percent budget split. */
  ranking: z.array(z.object({ platform: z.enum(['instagram', 'tiktok', 'youtube']), score: z.number(), budgetPercent: z.number() })),
  updatedAt: z.string(),
});
export type PlatformAdvice = z.infer<typeof platformAdviceSchema>;
