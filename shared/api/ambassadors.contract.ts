import { z } from 'zod';
import { ambassadorInputSchema, ambassadorSchema, ambassadorSummarySchema, logEntryInputSchema } from '../domain/ambassadors';
import { idSchema } from '../domain/campaigns';
import { defineContract, expectedUpdatedAtSchema } from './contract';

export const ambassadorsContracts = {
  'ambassadors:list': defineContract({ channel: 'ambassadors:list', input: z.void(), output: z.array(ambassadorSummarySchema) }),
  'ambassadors:get': defineContract({ channel: 'ambassadors:get', input: z.strictObject({ id: idSchema }), output: ambassadorSchema }),
  /** Creating one promotes the creator: their roster status becomes "ambassador". */
  'ambassadors:save': defineContract({ channel: 'ambassadors:save', input: z.strictObject({ id: idSchema.optional(), ambassador: ambassadorInputSchema, expectedUpdatedAt: expectedUpdatedAtSchema }), output: ambassadorSchema }),
  'ambassadors:log': defineContract({ channel: 'ambassadors:log', input: z.strictObject({ id: idSchema, entry: logEntryInputSchema }), output: ambassadorSchema }),
  'ambassadors:deleteEntry': defineContract({ channel: 'ambassadors:deleteEntry', input: z.strictObject({ id: idSchema, entryId: idSchema }), output: ambassadorSchema }),
  /** Ends the relationship record and its log; the creator stays in the roster. */
  'ambassadors:delete': defineContract({ channel: 'ambassadors:delete', input: z.strictObject({ id: idSchema }), output: z.object({ deleted: z.boolean() }) }),
};
