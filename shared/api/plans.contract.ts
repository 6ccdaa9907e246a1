import { z } from 'zod';
import { planInputsSchema } from '../plans/plan-inputs';
import { defineContract } from './contract';

const idSchema = z.number().int().positive();

export const planSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  client: z.string(),
  date: z.string(),
  budget: z.object({ amount: z.number(), currency: z.string() }),
  expectedRevenue: z.number().nullable(),
  expectedRoas: z.number().nullable(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planSchema = planSummarySchema.extend({
  inputs: planInputsSchema,
  /** The benchmark data set version the saved figures were computed with. */
  benchmarkVersion: z.string(),
  createdAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const plansContracts = {
  'plans:list': defineContract({
    channel: 'plans:list',
    input: z.strictObject({
      search: z.string().trim().max(120).optional(),
      includeArchived: z.boolean().default(false),
      sort: z.enum(['name', 'client', 'date', 'budget', 'updated', 'roas']).default('updated'),
      direction: z.enum(['asc', 'desc']).default('desc'),
    }),
    output: z.array(planSummarySchema),
  }),
  'plans:get': defineContract({ channel: 'plans:get', input: z.strictObject({ id: idSchema }), output: planSchema }),
  'plans:create': defineContract({ channel: 'plans:create', input: planInputsSchema, output: planSchema }),
  'plans:update': defineContract({ channel: 'plans:update', input: z.strictObject({ id: idSchema, inputs: planInputsSchema }), output: planSchema }),
  /** A copy to change into a scenario; named "… (copy)" unless a name is given. */
  'plans:duplicate': defineContract({
    channel: 'plans:duplicate',
    input: z.strictObject({ id: idSchema, name: z.string().trim().min(1).max(120).optional() }),
    output: planSchema,
  }),
  'plans:setArchived': defineContract({ channel: 'plans:setArchived', input: z.strictObject({ id: idSchema, archived: z.boolean() }), output: planSchema }),
  'plans:delete': defineContract({ channel: 'plans:delete', input: z.strictObject({ id: idSchema }), output: z.object({ deleted: z.boolean() }) }),
};
