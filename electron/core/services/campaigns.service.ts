import { campaignBudget, partnershipMoney } from '@shared/campaigns/campaign-budget';
import { deliverableProgress, isDeliverableDone, type DeliverableStatus } from '@shared/campaigns/deliverable-workflow';
import type { PipelineStage } from '@shared/campaigns/pipeline';
import {
  briefSchema,
  termsSchema,
  type Campaign,
  type CampaignBudgetView,
  type CampaignInput,
  type CampaignSummary,
  type Client,
  type ClientInput,
  type PartnershipSummary,
  type Terms,
} from '@shared/domain/campaigns';
import { foldForSearch } from '@shared/text/fold';
import type { Db } from '../db/database';
import type { CampaignRow, PartnershipRow } from '../db/schema';
import { adviceExists, deleteCampaign, findCampaign, insertCampaign, listCampaigns, planExists, updateCampaign, type CampaignListRow } from '../repos/campaigns.repo';
import { deleteClient, findClient, findClientIdByKey, insertClient, listClientsWithCounts, updateClient } from '../repos/clients.repo';
import { accountsOfCreators, countPartnershipsOf, listDeliverablesOf, listPartnershipsOf, type PartnershipListRow } from '../repos/partnerships.repo';
import { refuseIfChangedSince } from './changed-elsewhere';
import { DomainError, fieldRefusal } from './domain-error';
import type { PartnershipResults } from '@shared/domain/partnership-results';

export function parseTerms(row: Pick<PartnershipRow, 'terms_json'>): Terms {
  return termsSchema.parse(JSON.parse(row.terms_json));
}

function budgetOf(campaign: Pick<CampaignRow, 'budget_amount' | 'currency'>, partnerships: readonly PartnershipListRow[]): CampaignBudgetView {
  const result = campaignBudget(
    { amount: campaign.budget_amount, currency: campaign.currency },
    partnerships.map((p) => partnershipMoney(p.stage as PipelineStage, parseTerms(p), campaign.currency)),
  );
  return result.ok ? { ok: true, ...result.budget } : { ok: false, reason: result.reason };
}

function toSummary(row: CampaignListRow, partnerships: readonly PartnershipListRow[]): CampaignSummary {
  return {
    id: row.id,
    name: row.name,
    clientId: row.client_id,
    clientName: row.client_name,
    goal: row.goal as CampaignSummary['goal'],
    status: row.status as CampaignSummary['status'],
    startDate: row.start_date,
    endDate: row.end_date,
    pilot: row.pilot === 1,
    budget: budgetOf(row, partnerships),
    partnershipCount: partnerships.length,
    updatedAt: row.updated_at,
  };
}

/** Partnership cards of some campaigns: creator, handles, stage, terms, deliverable progress. */
export async function partnershipSummaries(db: Db, rows: readonly PartnershipListRow[]): Promise<PartnershipSummary[]> {
  const accounts = await accountsOfCreators(db, rows.map((r) => r.creator_id));
  const deliverables = await listDeliverablesOf(db, rows.map((r) => r.id));
  return rows.map((row) => {
    const own = deliverables.filter((d) => d.partnership_id === row.id);
    const open = own.filter((d) => !isDeliverableDone(d.status as DeliverableStatus));
    const progress = deliverableProgress(own.map((d) => d.status as DeliverableStatus));
    return {
      id: row.id,
      campaignId: row.campaign_id,
      creatorId: row.creator_id,
      creatorName: row.creator_name,
      creatorDeleted: row.creator_deleted_at !== null,
      handles: accounts.filter((a) => a.creator_id === row.creator_id).map((a) => ({ platform: a.platform as 'instagram', handle: a.handle, followers: a.followers })),
      stage: row.stage as PipelineStage,
      stageChangedAt: row.stage_changed_at,
      terms: parseTerms(row),
      outreach: { firstContactOn: row.first_contact_on, lastContactOn: row.last_contact_on, replied: row.replied === 1, followUpAfterDays: row.follow_up_after_days },
      deliverableCount: own.length,
      deliverablesDone: own.length - open.length,
      deliverablesApproved: progress.approved,
      nextDueDate: open.map((d) => d.due_date).sort()[0] ?? null,
      results: row.results_json === null ? null : (JSON.parse(row.results_json) as PartnershipResults),
    };
  });
}

const clientValues = (input: ClientInput, stamp: string) => ({
  name: input.name,
  name_key: foldForSearch(input.name).trim(),
  contact_name: input.contactName,
  email: input.email,
  notes: input.notes,
  updated_at: stamp,
});

/** Clients (brands) and their campaigns, with the budget planned, committed and spent. */
export function createCampaignsService(db: Db, now: () => Date = () => new Date()) {
  async function getCampaign(trx: Db, id: number): Promise<Campaign> {
    const row = await findCampaign(trx, id);
    if (!row) throw new DomainError('not_found', `There is no campaign ${id}`);
    const partnerships = await listPartnershipsOf(trx, [id]);
    return {
      ...toSummary(row, partnerships),
      budgetInput: { amount: row.budget_amount, currency: row.currency },
      platforms: JSON.parse(row.platforms_json),
      planId: row.plan_id,
      planName: row.plan_name,
      adviceId: row.advice_id,
      adviceName: row.advice_name,
      brief: briefSchema.parse(JSON.parse(row.brief_json)),
      createdAt: row.created_at,
      partnerships: await partnershipSummaries(trx, partnerships),
    };
  }

  async function checkLinks(trx: Db, input: CampaignInput): Promise<void> {
    if (!(await findClient(trx, input.clientId))) throw fieldRefusal('invalid_input', 'clientId', 'campaign.unknownClient', 'That client does not exist');
    if (input.planId !== null && !(await planExists(trx, input.planId)))
      throw fieldRefusal('invalid_input', 'planId', 'campaign.unknownPlan', 'That budget plan does not exist');
    if (input.adviceId !== null && !(await adviceExists(trx, input.adviceId)))
      throw fieldRefusal('invalid_input', 'adviceId', 'campaign.unknownAdvice', 'That platform advice does not exist');
  }

  return {
    listClients: async (): Promise<Client[]> =>
      (await listClientsWithCounts(db)).map((r) => ({ id: r.id, name: r.name, contactName: r.contact_name, email: r.email, notes: r.notes, campaignCount: Number(r.campaign_count), ambassadorCount: Number(r.ambassador_count) })),

    saveClient: (id: number | undefined, input: ClientInput) =>
      db.transaction().execute(async (trx) => {
        const stamp = now().toISOString();
        const values = clientValues(input, stamp);
        const existing = await findClientIdByKey(trx, values.name_key);
        if (existing !== undefined && existing !== id)
          throw fieldRefusal('conflict', 'name', 'client.duplicateName', `There is already a client called ${input.name}`);
        let clientId = id;
        if (clientId === undefined) clientId = await insertClient(trx, { ...values, created_at: stamp });
        else {
          if (!(await findClient(trx, clientId))) throw new DomainError('not_found', `There is no client ${clientId}`);
          await updateClient(trx, clientId, values);
        }
        const saved = (await listClientsWithCounts(trx)).find((c) => c.id === clientId)!;
        return { id: saved.id, name: saved.name, contactName: saved.contact_name, email: saved.email, notes: saved.notes, campaignCount: Number(saved.campaign_count), ambassadorCount: Number(saved.ambassador_count) };
      }),

    deleteClient: (id: number) =>
      db.transaction().execute(async (trx) => {
        const client = (await listClientsWithCounts(trx)).find((c) => c.id === id);
        if (!client) return { deleted: false };
        const campaigns = Number(client.campaign_count);
        const ambassadors = Number(client.ambassador_count);
        if (campaigns > 0 || ambassadors > 0) {
          const message = `${client.name} still has ${campaigns} campaign(s) and ${ambassadors} ambassador(s); delete those first`;
          throw fieldRefusal('conflict', 'id', 'client.inUse', message, { name: client.name, campaigns, ambassadors });
        }
        return { deleted: await deleteClient(trx, id) };
      }),

    listCampaigns: async (filter: { status?: string; clientId?: number }): Promise<CampaignSummary[]> => {
      const rows = await listCampaigns(db, filter);
      const partnerships = await listPartnershipsOf(db, rows.map((r) => r.id));
      return rows.map((row) => toSummary(row, partnerships.filter((p) => p.campaign_id === row.id)));
    },

    getCampaign: (id: number) => getCampaign(db, id),

    saveCampaign: (id: number | undefined, input: CampaignInput, expectedUpdatedAt?: string) =>
      db.transaction().execute(async (trx) => {
        await checkLinks(trx, input);
        const stamp = now().toISOString();
        const values = {
          name: input.name,
          client_id: input.clientId,
          goal: input.goal,
          start_date: input.startDate,
          end_date: input.endDate,
          budget_amount: input.budget.amount,
          currency: input.budget.currency,
          platforms_json: JSON.stringify(input.platforms),
          plan_id: input.planId,
          advice_id: input.adviceId,
          pilot: input.pilot ? 1 : 0,
          brief_json: JSON.stringify(input.brief),
          status: input.status,
          updated_at: stamp,
        };
        if (id === undefined) return getCampaign(trx, await insertCampaign(trx, { ...values, created_at: stamp }));
        const existing = await findCampaign(trx, id);
        if (!existing) throw new DomainError('not_found', `There is no campaign ${id}`);
        refuseIfChangedSince(existing.updated_at, expectedUpdatedAt);
        // Terms are stored in the campaign's currency; changing it would silently re-denominate them.
        if (existing.currency !== input.budget.currency && (await countPartnershipsOf(trx, id)) > 0) {
          const message = 'The currency cannot change once creators are in the campaign: their terms are in ' + existing.currency;
          throw fieldRefusal('invalid_input', 'budget.currency', 'campaign.currencyLocked', message, { currency: existing.currency });
        }
        await updateCampaign(trx, id, values);
        return getCampaign(trx, id);
      }),

    deleteCampaign: (id: number) =>
      db.transaction().execute(async (trx) => {
        const partnershipsRemoved = await countPartnershipsOf(trx, id);
        return { deleted: await deleteCampaign(trx, id), partnershipsRemoved };
      }),
  };
}
export type CampaignsService = ReturnType<typeof createCampaignsService>;
