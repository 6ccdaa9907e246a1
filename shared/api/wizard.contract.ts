import { z } from 'zod';
import { platformAdviceInputSchema, platformAdviceSchema } from '../domain/platform-advice';
import { defineContract } from './contract';

const idSchema = z.number().int().positive();

export const wizardContracts = {
  'wizard:list': defineContract({ channel: 'wizard:list', input: z.void(), output: z.array(platformAdviceSchema) }),
  'wizard:get': defineContract({ channel: 'wizard:get', input: z.strictObject({ id: idSchema }), output: platformAdviceSchema }),
  /** Saves the answers and the recommendation computed from them; with an id, replaces that advice. */
  'wizard:save': defineContract({
    channel: 'wizard:save',
    input: z.strictObject({ id: idSchema.optional(), advice: platformAdviceInputSchema }),
    output: platformAdviceSchema,
  }),
  'wizard:delete': defineContract({ channel: 'wizard:delete', input: z.strictObject({ id: idSchema }), output: z.object({ deleted: z.boolean() }) }),
};
