import type { DeliverableProgress } from './deliverable-workflow';

/**
 * The partnership pipeline of a creator in a campaign (issue #7):
 * prospect → contacted → negotiating → agreed → content in progress → in review → approved →
 * published → paid, plus declined and cancelled. Moves are checked here so the board, the table
 * and the backend refuse the same things with the same reasons.
 */
export const pipelineStages = ['prospect', 'contacted', 'negotiating', 'agreed', 'inProgress', 'inReview', 'approved', 'published', 'paid'] as const;
export const closedStages = ['declined', 'cancelled'] as const;
export type PipelineStage = (typeof pipelineStages)[number] | (typeof closedStages)[number];

export type MoveRefusal =
  /** Moving to where it already is. */
  | 'sameStage'
  /** Skipping ahead more than one stage (e.g. prospect → published). */
  | 'skipsStages'
  /** Paid and cancelled are final. */
  | 'finalStage'
  /** A creator can decline only before the deal is agreed. */
  | 'declineAfterAgreement'
  /** Content cannot be published before it is approved, nor paid before it is published. */
  | 'needsApproval'
  | 'needsPublication';

export type MoveCheck = { allowed: true } | { allowed: false; reason: MoveRefusal };

const order = (stage: PipelineStage) => (pipelineStages as readonly string[]).indexOf(stage);

/**
 * Forward one stage at a time; back any number of stages (to redo a step, e.g. changes requested
 * moves "in review" back to "in progress"); declined only before agreement; cancelled from any
 * open stage; a declined partnership can be reopened as a prospect; paid and cancelled are final.
 */
export function checkMove(from: PipelineStage, to: PipelineStage): MoveCheck {
  if (from === to) return { allowed: false, reason: 'sameStage' };
  if (from === 'paid' || from === 'cancelled') return { allowed: false, reason: 'finalStage' };
  if (from === 'declined') return to === 'prospect' ? { allowed: true } : { allowed: false, reason: 'finalStage' };
  if (to === 'cancelled') return { allowed: true };
  if (to === 'declined') return order(from) < order('agreed') ? { allowed: true } : { allowed: false, reason: 'declineAfterAgreement' };
  const step = order(to) - order(from);
  if (step <= 0) return { allowed: true };
  if (step === 1) return { allowed: true };
  if (to === 'published' || to === 'paid') return { allowed: false, reason: to === 'published' ? 'needsApproval' : 'needsPublication' };
  return { allowed: false, reason: 'skipsStages' };
}

/** Stages whose terms count as committed budget: the deal is agreed and not cancelled. */
export function isCommitted(stage: PipelineStage): boolean {
  return order(stage) >= order('agreed');
}

export type ReadinessRefusal = 'deliverablesNotApproved' | 'deliverablesNotPublished';
export type ReadinessCheck = { allowed: true } | { allowed: false; reason: ReadinessRefusal; waiting: number };

/**
 * A partnership is approved (published) only when every deliverable is. The backend applies this
 * on every move and the window with the counts of the partnership's card, so a button is never
 * offered that the backend would refuse.
 */
export function checkDeliverablesReady(to: PipelineStage, progress: DeliverableProgress): ReadinessCheck {
  if (to === 'approved' && progress.approved < progress.count) return { allowed: false, reason: 'deliverablesNotApproved', waiting: progress.count - progress.approved };
  if (to === 'published' && progress.published < progress.count) return { allowed: false, reason: 'deliverablesNotPublished', waiting: progress.count - progress.published };
  return { allowed: true };
}

/** Everything a stage move must pass: the pipeline's order, then the deliverables. */
export function checkStageMove(from: PipelineStage, to: PipelineStage, progress: DeliverableProgress): MoveCheck | ReadinessCheck {
  const move = checkMove(from, to);
  return move.allowed ? checkDeliverablesReady(to, progress) : move;
}
