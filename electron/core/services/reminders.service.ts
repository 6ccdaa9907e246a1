import { dueReminders } from '@shared/campaigns/reminders';
import { localIsoDay } from '@shared/local-day';
import type { ReminderView } from '@shared/api/reminders.contract';
import type { Db } from '../db/database';
import { listAmbassadors } from '../repos/ambassadors.repo';
import { awaitingReply, openDeliverables } from '../repos/partnerships.repo';
import { parseTerms } from './campaigns.service';

/** The "due" panel: follow-ups without a reply, deliverables due, ambassador check-ins, for the user's today. */
export function createRemindersService(db: Db) {
  return {
    due: async (today: string, lookAheadDays: number): Promise<ReminderView[]> => {
      const outreach = await awaitingReply(db);
      const deliverables = await openDeliverables(db);
      const ambassadors = (await listAmbassadors(db)).filter((a) => a.status === 'active' && a.creator_deleted_at === null);
      const reminders = dueReminders(
        today,
        {
          outreach: outreach.map((o) => ({ partnershipId: o.id, lastContact: o.last_contact_on!, replied: false, followUpAfterDays: o.follow_up_after_days })),
          deliverables: deliverables.map((d) => ({ deliverableId: d.id, dueDate: d.due_date, done: false })),
          checkIns: ambassadors.map((a) => ({ ambassadorId: a.id, lastCheckIn: a.last_check_in ?? a.started_on, cadenceDays: a.cadence_days })),
          // Drafts the brand agreed to review: feedback is due within the turnaround from the day the draft came in.
          // That day is the user's calendar day of the stored instant (the backend runs in their zone), as `today` is:
          // the UTC date would put a draft logged just after midnight on the day before, and the reminder a day early.
          reviews: deliverables.flatMap((d) => {
            const terms = parseTerms(d);
            return d.status === 'draftReceived' && terms.approvalRequired ? [{ deliverableId: d.id, receivedOn: localIsoDay(new Date(d.status_changed_at)), turnaroundDays: terms.turnaroundDays }] : [];
          }),
        },
        lookAheadDays,
      );
      return reminders.map((r): ReminderView => {
        const base = { ...r, deliverable: null, campaignId: null, partnershipId: null, ambassadorId: null };
        if (r.kind === 'followUp') {
          const o = outreach.find((x) => x.id === r.refId)!;
          return { ...base, creatorName: o.creator_name, context: o.campaign_name, campaignId: o.campaign_id, partnershipId: o.id };
        }
        if (r.kind === 'deliverable' || r.kind === 'review') {
          const d = deliverables.find((x) => x.id === r.refId)!;
          return { ...base, creatorName: d.creator_name, context: d.campaign_name, deliverable: { type: d.type, platform: d.platform }, campaignId: d.campaign_id, partnershipId: d.partnership_id };
        }
        const a = ambassadors.find((x) => x.id === r.refId)!;
        return { ...base, creatorName: a.creator_name, context: a.client_name, ambassadorId: a.id };
      });
    },
  };
}
export type RemindersService = ReturnType<typeof createRemindersService>;
