import { describe, expect, it } from 'vitest';
import { deliverableProgress } from '@shared/campaigns/deliverable-workflow';
import { checkDeliverablesReady, checkStageMove } from '@shared/campaigns/pipeline';

describe('a partnership waits for its deliverables (the rule window and backend share)', () => {
  it('counts approved as approved or already published, and published as published', () => {
    expect(deliverableProgress(['planned', 'approved', 'published', 'draftReceived'])).toEqual({ count: 4, approved: 2, published: 1 });
  });

  it.each([
    ['approved', { count: 3, approved: 0, published: 0 }, { allowed: false, reason: 'deliverablesNotApproved', waiting: 3 }],
    ['approved', { count: 3, approved: 3, published: 1 }, { allowed: true }],
    ['published', { count: 2, approved: 2, published: 1 }, { allowed: false, reason: 'deliverablesNotPublished', waiting: 1 }],
    ['published', { count: 0, approved: 0, published: 0 }, { allowed: true }],
    ['paid', { count: 2, approved: 0, published: 0 }, { allowed: true }],
  ] as const)('to %s with %j: %j', (to, progress, expected) => expect(checkDeliverablesReady(to, progress)).toEqual(expected));

  it('checks the pipeline first, then the deliverables', () => {
    expect(checkStageMove('agreed', 'approved', { count: 1, approved: 0, published: 0 })).toEqual({ allowed: false, reason: 'skipsStages' });
    expect(checkStageMove('inReview', 'approved', { count: 1, approved: 0, published: 0 })).toEqual({ allowed: false, reason: 'deliverablesNotApproved', waiting: 1 });
    expect(checkStageMove('inReview', 'approved', { count: 1, approved: 1, published: 0 })).toEqual({ allowed: true });
  });
});
