import { z } from 'zod';
import { rosterQuerySchema } from '../domain/creators';
import { defineContract } from './contract';

/** A roster filter worth keeping: the query without paging. Views are of the roster, never of the bin. */
export const savedViewQuerySchema = rosterQuerySchema.omit({ offset: true, limit: true, bin: true });

export const savedViewSchema = z.object({ id: z.number(), name: z.string(), query: savedViewQuerySchema });
export type SavedView = z.infer<typeof savedViewSchema>;
export type SavedViewQueryInput = z.input<typeof savedViewQuerySchema>;

export const savedViewsContracts = {
  'savedViews:list': defineContract({ channel: 'savedViews:list', input: z.void(), output: z.array(savedViewSchema) }),
  /** Saves under a name; the same name replaces the earlier view. */
  'savedViews:save': defineContract({
    channel: 'savedViews:save',
    input: z.strictObject({ name: z.string().trim().min(1, 'The view needs a name').max(80), query: savedViewQuerySchema }),
    output: savedViewSchema,
  }),
  'savedViews:delete': defineContract({
    channel: 'savedViews:delete',
    input: z.strictObject({ id: z.number().int().positive() }),
    output: z.object({ deleted: z.boolean() }),
  }),
};
