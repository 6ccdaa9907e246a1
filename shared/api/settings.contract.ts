import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import { defineContract } from './contract';

export const settingsContracts = {
  'settings:get': defineContract({
    channel: 'settings:get',
    input: z.void(),
    output: settingsSchema,
  }),
  'settings:update': defineContract({
    channel: 'settings:update',
    input: settingsPatchSchema,
    output: settingsSchema,
  }),
};
