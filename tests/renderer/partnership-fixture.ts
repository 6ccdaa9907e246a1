import type { PipelineStage } from '@shared/campaigns/pipeline';
import { defaultTerms, type PartnershipDetail, type PartnershipSummary, type Terms } from '@shared/domain/campaigns';

/** A partnership as the board and table list it: `stage`, and `terms` over the default terms. */
export function partnershipSummary(id: number, creatorName: string, stage: PipelineStage, terms: Partial<Terms> = {}): PartnershipSummary {
  return {
    id,
    campaignId: 1,
    creatorId: id,
    creatorName,
    creatorDeleted: false,
    handles: [],
    stage,
    stageChangedAt: '2026-11-20T10:00:00.000Z',
    terms: { ...defaultTerms, ...terms },
    outreach: { firstContactOn: null, lastContactOn: null, replied: false, followUpAfterDays: 5 },
    deliverableCount: 0,
    deliverablesDone: 0,
    deliverablesApproved: 0,
    nextDueDate: null,
    results: null,
  };
}

/** Anna Dijkstra's partnership in the spring campaign of a Dutch bakery, in euros, with what the test changes. */
export function annasPartnership(changes: Partial<PartnershipDetail> = {}): PartnershipDetail {
  return {
    ...partnershipSummary(5, 'Anna Dijkstra', 'negotiating'),
    creatorId: 7,
    handles: [{ platform: 'instagram', handle: 'anna.dijkstra', followers: 69_591 }],
    stageChangedAt: '2026-11-24T10:00:00.000Z',
    campaignName: 'Lentecollectie 2027',
    campaignCurrency: 'EUR',
    clientName: 'Bakkerij De Zoete Inval',
    creatorEmail: null,
    deliverables: [],
    history: [],
    ...changes,
  };
}
