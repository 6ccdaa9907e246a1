/**
 * The approval workflow of one deliverable (issue #7): planned → draft received → approved →
 * published, with "changes requested" (and its comments) looping back to a new draft. Checked here
 * so the window offers only the moves the backend accepts.
 */
export const deliverableStatuses = ['planned', 'draftReceived', 'changesRequested', 'approved', 'published'] as const;
export type DeliverableStatus = (typeof deliverableStatuses)[number];

export type DeliverableRefusal = 'sameStatus' | 'notAllowed' | 'commentRequired' | 'urlRequired';
export type DeliverableCheck = { allowed: true } | { allowed: false; reason: DeliverableRefusal };

const allowedMoves: Readonly<Record<DeliverableStatus, readonly DeliverableStatus[]>> = {
  planned: ['draftReceived'],
  draftReceived: ['changesRequested', 'approved', 'planned'],
  changesRequested: ['draftReceived', 'planned'],
  // Approval can be withdrawn before publication (the creator edits once more).
  approved: ['published', 'changesRequested'],
  // A published deliverable only changes its URL, never its status.
  published: [],
};

export function nextDeliverableStatuses(from: DeliverableStatus): readonly DeliverableStatus[] {
  return allowedMoves[from];
}

/** Changes must say what to change; publication must say where (an http(s) URL). */
export function checkDeliverableMove(from: DeliverableStatus, to: DeliverableStatus, details: { comment?: string; url?: string } = {}): DeliverableCheck {
  if (from === to) return { allowed: false, reason: 'sameStatus' };
  if (!allowedMoves[from].includes(to)) return { allowed: false, reason: 'notAllowed' };
  if (to === 'changesRequested' && !details.comment?.trim()) return { allowed: false, reason: 'commentRequired' };
  if (to === 'published' && !isWebUrl(details.url)) return { allowed: false, reason: 'urlRequired' };
  return { allowed: true };
}

export function isWebUrl(value: string | undefined | null): value is string {
  if (!value) return false;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Published content is done; anything else past its due date is overdue. */
export function isDeliverableDone(status: DeliverableStatus): boolean {
  return status === 'published';
}

export function isOverdue(dueDate: string, status: DeliverableStatus, today: string): boolean {
  return !isDeliverableDone(status) && dueDate < today;
}

/** How far a partnership's deliverables are: how many, how many approved (published counts too), how many published. */
export interface DeliverableProgress {
  count: number;
  approved: number;
  published: number;
}

export function deliverableProgress(statuses: readonly DeliverableStatus[]): DeliverableProgress {
  return {
    count: statuses.length,
    approved: statuses.filter((s) => s === 'approved' || s === 'published').length,
    published: statuses.filter((s) => s === 'published').length,
  };
}
