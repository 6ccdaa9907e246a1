import { z } from 'zod';
import { defineContract } from './contract';

export const appInfoSchema = z.object({
  version: z.string(),
  /** Full path of the workspace database, so users know what to back up. */
  workspaceFile: z.string(),
  mode: z.enum(['desktop', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appContracts = {
  'app:info': defineContract({ channel: 'app:info', input: z.void(), output: appInfoSchema }),
};
