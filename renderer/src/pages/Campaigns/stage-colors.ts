import type { DeliverableStatus } from '@shared/campaigns/deliverable-workflow';
import type { PipelineStage } from '@shared/campaigns/pipeline';

/** Colours carry no meaning on their own: every badge also says its stage in words. */
export const stageColor: Record<PipelineStage, string> = {
  prospect: 'gray',
  contacted: 'blue',
  negotiating: 'indigo',
  agreed: 'violet',
  inProgress: 'grape',
  inReview: 'orange',
  approved: 'teal',
  published: 'cyan',
  paid: 'green',
  declined: 'red',
  cancelled: 'dark',
};

export const deliverableColor: Record<DeliverableStatus, string> = {
  planned: 'gray',
  draftReceived: 'blue',
  changesRequested: 'orange',
  approved: 'teal',
  published: 'green',
};

export const campaignStatusColor = { draft: 'gray', active: 'blue', completed: 'green', cancelled: 'dark' } as const;
