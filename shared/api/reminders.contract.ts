import { z } from 'zod';
import { defineContract } from './contract';

export const reminderSchema = z.object({
  kind: z.enum(['followUp', 'deliverable', 'checkIn', 'review']),
  refId: z.number(),
  dueDate: z.string(),
  state: z.enum(['overdue', 'due', 'upcoming']),
  daysLate: z.number(),
  creatorName: z.string(),
  /** The campaign (follow-ups, deliverables) or the client (check-ins). */
  context: z.string(),
  /** Deliverable type and platform, for deliverables and reviews. */
  deliverable: z.object({ type: z.string(), platform: z.string() }).nullable(),
  /** Where the reminder leads. */
  campaignId: z.number().nullable(),
  partnershipId: z.number().nullable(),
  ambassadorId: z.number().nullable(),
});
export type ReminderView = z.infer<typeof reminderSchema>;

export const remindersContracts = {
  /** Everything due by `today` (the user's calendar date) plus the look-ahead, most urgent first. */
  'reminders:due': defineContract({
    channel: 'reminders:due',
    input: z.strictObject({ today: z.iso.date(), lookAheadDays: z.number().int().min(0).max(60).default(3) }),
    output: z.array(reminderSchema),
  }),
};
