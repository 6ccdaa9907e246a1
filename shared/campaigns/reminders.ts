/**
 * The "due" panel (issue #7): follow-ups on outreach without a reply, deliverables due or overdue,
 * and ambassador check-ins by their agreed cadence, for a given "today" (so it is testable and
 * the same in every time zone: dates are ISO calendar dates, not instants).
 */
export interface OutreachInput {
  partnershipId: number;
  /** Date of the last message to the creator. */
  lastContact: string;
  replied: boolean;
  /** Days to wait before following up. */
  followUpAfterDays: number;
}

export interface DeliverableInput {
  deliverableId: number;
  dueDate: string;
  done: boolean;
}

export interface CheckInInput {
  ambassadorId: number;
  /** The last check-in, or the start of the programme when there was none. */
  lastCheckIn: string;
  cadenceDays: number;
}

/** A draft waiting for the brand's feedback, due within the agreed turnaround. */
export interface ReviewInput {
  deliverableId: number;
  receivedOn: string;
  turnaroundDays: number;
}

export type ReminderKind = 'followUp' | 'deliverable' | 'checkIn' | 'review';

export interface Reminder {
  kind: ReminderKind;
  refId: number;
  dueDate: string;
  /** Overdue: before today; due: today; upcoming: within the look-ahead. */
  state: 'overdue' | 'due' | 'upcoming';
  daysLate: number;
}

const dayMs = 86_400_000;

function toDay(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(iso) ? time / dayMs : null;
}

function toIso(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

function stateOf(due: number, now: number): Reminder['state'] {
  return due < now ? 'overdue' : due === now ? 'due' : 'upcoming';
}

/** A calendar date moved by whole days; null for an invalid date. */
export function addDays(iso: string, days: number): string | null {
  const day = toDay(iso);
  return day === null ? null : toIso(day + Math.round(days));
}

/** How urgent a date is for `today`: overdue, due today, upcoming within the look-ahead, or null (later, or not a date). */
export function dueState(dueDate: string, today: string, lookAheadDays = 3): Reminder['state'] | null {
  const due = toDay(dueDate);
  const now = toDay(today);
  if (due === null || now === null || due > now + lookAheadDays) return null;
  return stateOf(due, now);
}

/** Everything that needs attention by `today` plus `lookAheadDays`, most urgent first; invalid dates are left out. */
export function dueReminders(
  today: string,
  input: { outreach?: readonly OutreachInput[]; deliverables?: readonly DeliverableInput[]; checkIns?: readonly CheckInInput[]; reviews?: readonly ReviewInput[] },
  lookAheadDays = 3,
): Reminder[] {
  const now = toDay(today);
  if (now === null) return [];
  const out: Reminder[] = [];
  const consider = (kind: ReminderKind, refId: number, due: number | null) => {
    if (due === null || due > now + lookAheadDays) return;
    out.push({ kind, refId, dueDate: toIso(due), state: stateOf(due, now), daysLate: Math.max(0, now - due) });
  };
  for (const o of input.outreach ?? []) {
    const last = toDay(o.lastContact);
    if (!o.replied && last !== null && o.followUpAfterDays >= 0) consider('followUp', o.partnershipId, last + Math.round(o.followUpAfterDays));
  }
  for (const d of input.deliverables ?? []) if (!d.done) consider('deliverable', d.deliverableId, toDay(d.dueDate));
  for (const r of input.reviews ?? []) {
    const received = toDay(r.receivedOn);
    if (received !== null && r.turnaroundDays >= 0) consider('review', r.deliverableId, received + Math.round(r.turnaroundDays));
  }
  for (const c of input.checkIns ?? []) {
    const last = toDay(c.lastCheckIn);
    if (last !== null && c.cadenceDays > 0) consider('checkIn', c.ambassadorId, last + Math.round(c.cadenceDays));
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind) || a.refId - b.refId);
}

/** When the next check-in is due after one is logged. */
export function nextCheckIn(loggedOn: string, cadenceDays: number): string | null {
  return cadenceDays <= 0 ? null : addDays(loggedOn, cadenceDays);
}
