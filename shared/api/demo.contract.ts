import { z } from 'zod';
import { demoPlaces } from '../domain/demo';
import { uiLanguages } from '../domain/settings';
import { defineContract } from './contract';

export const demoContracts = {
  'demo:status': defineContract({
    channel: 'demo:status',
    input: z.void(),
    output: z.object({
      creators: z.number(),
      demoCreators: z.number(),
      /** Campaign places and ambassador records of demo creators: removing the demo takes them too. */
      demoInUse: z.object({ partnerships: z.number(), ambassadors: z.number() }),
      /** Demo creators the user edited after loading them: removing the demo takes that work too. */
      demoEdited: z.number(),
    }),
  }),
  /**
   * Loads the made-up sample roster, marked as demo, written in the interface's language (English
   * when not given), of creators in the Benelux or, for an American user, North America.
   */
  'demo:load': defineContract({
    channel: 'demo:load',
    input: z.strictObject({ language: z.enum(uiLanguages), places: z.enum(demoPlaces).optional() }).optional(),
    output: z.object({ created: z.number() }),
  }),
  /** Removes every demo creator, and only those. */
  'demo:remove': defineContract({ channel: 'demo:remove', input: z.void(), output: z.object({ removed: z.number() }) }),
};
