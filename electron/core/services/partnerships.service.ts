import { checkDeliverableMove, deliverableProgress, type DeliverableStatus } from '@shared/campaigns/deliverable-workflow';
import { checkDeliverablesReady, checkMove, type PipelineStage } from '@shared/campaigns/pipeline';
import { defaultTerms, termsSchema, type DeliverableInput, type PartnershipDetail, type Terms } from '@shared/domain/campaigns';
import { emptyResults, partnershipResultsSchema, type PartnershipResults } from '@shared/domain/partnership-results';
import { localIsoDay } from '@shared/local-day';
import type { Db } from '../db/database';
import { findCampaign } from '../repos/campaigns.repo';
import { findCreators } from '../repos/creators.repo';
import {
  creatorIdsInCampaign,
  deleteDeliverable,
  deletePartnership,
  deliverablesDueBetween,
  findDeliverable,
  findPartnership,
  insertDeliverable,
  insertEvent,
  insertPartnership,
  listDeliverablesOf,
  listEvents,
  updateDeliverable,
  updatePartnership,
  workOfCreator,
} from '../repos/partnerships.repo';
import { currentActor } from './actor';
import { partnershipSummaries } from './campaigns.service';
import { refuseIfChangedSince } from './changed-elsewhere';
import { DomainError, fieldRefusal } from './domain-error';

/** English reasons for refused moves; the window shows its own translation of `rule`. */
const moveReasons: Record<string, string> = {
  sameStage: 'The partnership is already at that stage',
  skipsStages: 'Move one stage at a time so no step is skipped',
  finalStage: 'A paid, cancelled or declined partnership cannot move there',
  declineAfterAgreement: 'After agreement a partnership can be cancelled, not declined',
  needsApproval: 'Content is published only after it has been approved',
  needsPublication: 'A partnership is paid only after the content is published',
  deliverablesNotApproved: 'Not every deliverable is approved yet',
  deliverablesNotPublished: 'Not every deliverable is published yet',
  sameStatus: 'The deliverable already has that status',
  notAllowed: 'That step does not follow from the current status',
  commentRequired: 'Say what should change',
  urlRequired: 'Give the web address (https://…) where it was published',
};

/** Terms and results with their keys in the schema's order, so two copies compare as text. */
const normalisedTerms = (terms: unknown): Terms => termsSchema.parse(terms);
const normalisedResults = (results: unknown): PartnershipResults | null => (results === null ? null : partnershipResultsSchema.parse(results));

/** A move that the workflow does not allow is a conflict; a missing comment or URL is input to fix at its field. */
function refuse(field: string, rule: string, reason: string, params?: Record<string, string | number>): never {
  const message = moveReasons[reason] ?? reason;
  const code = reason === 'commentRequired' || reason === 'urlRequired' ? 'invalid_input' : 'conflict';
  throw fieldRefusal(code, field, `${rule}.${reason}`, message, params);
}

/** Partnerships (a creator in a campaign): pipeline moves, terms, outreach, deliverables and their history. */
export function createPartnershipsService(db: Db, now: () => Date = () => new Date()) {
  async function detail(trx: Db, id: number): Promise<PartnershipDetail> {
    const row = await findPartnership(trx, id);
    if (!row) throw new DomainError('not_found', `There is no partnership ${id}`);
    const [summary] = await partnershipSummaries(trx, [row]);
    const deliverables = await listDeliverablesOf(trx, [id]);
    const events = await listEvents(trx, id);
    return {
      ...summary!,
      campaignName: row.campaign_name,
      campaignCurrency: row.campaign_currency,
      clientName: row.client_name,
      creatorEmail: row.creator_email,
      deliverables: deliverables.map((d) => ({
        id: d.id,
        partnershipId: d.partnership_id,
        type: d.type as 'post',
        platform: d.platform as 'instagram',
        dueDate: d.due_date,
        description: d.description,
        status: d.status as DeliverableStatus,
        publishedUrl: d.published_url,
        statusChangedAt: d.status_changed_at,
      })),
      history: events.map((e) => ({ id: e.id, at: e.at, actor: e.actor, kind: e.kind as 'stage', from: e.from_value, to: e.to_value, note: e.note, deliverableId: e.deliverable_id })),
    };
  }

  /** Runs one user action in one transaction and records it in the partnership's history. */
  function act(id: number, change: (trx: Db, row: NonNullable<Awaited<ReturnType<typeof findPartnership>>>, record: (event: { kind: string; from?: string | null; to?: string | null; note?: string; deliverableId?: number | null }) => Promise<void>, stamp: string) => Promise<void>) {
    return db.transaction().execute(async (trx) => {
      const row = await findPartnership(trx, id);
      if (!row) throw new DomainError('not_found', `There is no partnership ${id}`);
      const stamp = now().toISOString();
      const actor = await currentActor(trx);
      await change(trx, row, (e) => insertEvent(trx, { partnership_id: id, deliverable_id: e.deliverableId ?? null, at: stamp, actor, kind: e.kind, from_value: e.from ?? null, to_value: e.to ?? null, note: e.note ?? '' }), stamp);
      await updatePartnership(trx, id, { updated_at: stamp });
      return detail(trx, id);
    });
  }

  return {
    add: (campaignId: number, creatorIds: number[]) =>
      db.transaction().execute(async (trx) => {
        if (!(await findCampaign(trx, campaignId))) throw new DomainError('not_found', `There is no campaign ${campaignId}`);
        const present = await creatorIdsInCampaign(trx, campaignId);
        const creators = (await findCreators(trx, [...new Set(creatorIds)])).filter((c) => c.deleted_at === null);
        if (creators.length === 0) throw fieldRefusal('invalid_input', 'creatorIds', 'partnership.unknownCreators', 'None of these creators exist');
        const stamp = now().toISOString();
        const actor = await currentActor(trx);
        let added = 0;
        for (const creator of creators) {
          if (present.has(creator.id)) continue;
          const id = await insertPartnership(trx, {
            campaign_id: campaignId,
            creator_id: creator.id,
            stage: 'prospect',
            stage_changed_at: stamp,
            terms_json: JSON.stringify(defaultTerms),
            first_contact_on: null,
            last_contact_on: null,
            replied: 0,
            follow_up_after_days: 5,
            results_json: null,
            created_at: stamp,
            updated_at: stamp,
          });
          await insertEvent(trx, { partnership_id: id, deliverable_id: null, at: stamp, actor, kind: 'created', from_value: null, to_value: 'prospect', note: '' });
          added++;
        }
        return { added, skipped: creatorIds.length - added };
      }),

    get: (id: number) => detail(db, id),

    move: (id: number, to: PipelineStage, note: string) =>
      act(id, async (trx, row, record, stamp) => {
        const from = row.stage as PipelineStage;
        const check = checkMove(from, to);
        if (!check.allowed) refuse('to', 'pipeline', check.reason, { from, to });
        const ready = checkDeliverablesReady(to, deliverableProgress((await listDeliverablesOf(trx, [id])).map((d) => d.status as DeliverableStatus)));
        if (!ready.allowed) refuse('to', 'pipeline', ready.reason, { from, to, count: ready.waiting });
        await updatePartnership(trx, id, { stage: to, stage_changed_at: stamp });
        await record({ kind: 'stage', from, to, note });
        if (to === 'paid') {
          // Reaching "paid" means the agreed cash was paid, unless a payment was already recorded.
          const terms = JSON.parse(row.terms_json) as Terms;
          if (terms.paid === null && terms.cash !== null) {
            await updatePartnership(trx, id, { terms_json: JSON.stringify({ ...terms, paid: terms.cash }) });
            await record({ kind: 'terms', note: 'paid' });
          }
        }
      }),

    saveTerms: (id: number, terms: Terms, expected?: Terms) =>
      act(id, async (trx, row, record) => {
        const before = JSON.parse(row.terms_json) as Terms;
        // By content, as the results: moving the stage to "paid" fills in "paid", which is a change.
        if (expected !== undefined) refuseIfChangedSince(JSON.stringify(normalisedTerms(before)), JSON.stringify(normalisedTerms(expected)));
        const changed = (Object.keys(terms) as (keyof Terms)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(terms[key]));
        if (changed.length === 0) return;
        await updatePartnership(trx, id, { terms_json: JSON.stringify(terms) });
        // The note lists the changed fields (the window names them); from/to keep the cash fee when it changed.
        const cash = changed.includes('cash');
        await record({ kind: 'terms', from: cash ? String(before.cash ?? '') : null, to: cash ? String(terms.cash ?? '') : null, note: changed.join(',') });
      }),

    /** What the partnership's content achieved; the history names the figures that changed. */
    saveResults: (id: number, results: PartnershipResults, expected?: PartnershipResults | null) =>
      act(id, async (trx, row, record) => {
        // Compared by content, not by the partnership's last change: a stage moved or a message
        // logged in this window since is no reason to refuse, another window's results are.
        if (expected !== undefined) refuseIfChangedSince(JSON.stringify(normalisedResults(row.results_json === null ? null : JSON.parse(row.results_json))), JSON.stringify(normalisedResults(expected)));
        if (results.measuredOn !== null && results.measuredOn > localIsoDay(now())) {
          throw fieldRefusal('invalid_input', 'results.measuredOn', 'results.measuredInFuture', 'Figures cannot have been read after today');
        }
        const before = row.results_json === null ? emptyResults : (JSON.parse(row.results_json) as PartnershipResults);
        const changed = (Object.keys(results) as (keyof PartnershipResults)[]).filter((key) => before[key] !== results[key]);
        if (changed.length === 0) return;
        await updatePartnership(trx, id, { results_json: JSON.stringify(results) });
        await record({ kind: 'results', note: changed.join(',') });
      }),

    logContact: (id: number, kind: 'firstContact' | 'followUp' | 'reply', onDate: string, note: string, followUpAfterDays?: number) =>
      act(id, async (trx, row, record, stamp) => {
        const changes: Parameters<typeof updatePartnership>[2] = {};
        if (followUpAfterDays !== undefined) changes.follow_up_after_days = followUpAfterDays;
        if (kind === 'reply') changes.replied = 1;
        else {
          // A message logged late must not pull the follow-up date back: keep the latest contact.
          const latest = row.last_contact_on !== null && row.last_contact_on > onDate ? row.last_contact_on : onDate;
          changes.last_contact_on = latest;
          if (latest === onDate) changes.replied = 0;
          if (row.first_contact_on === null || onDate < row.first_contact_on) changes.first_contact_on = onDate;
        }
        await updatePartnership(trx, id, changes);
        // For contacts, `from` keeps the date of the message (it may be logged days later).
        await record({ kind: 'contact', from: onDate, to: kind, note });
        // Sending the first message is what "contacted" means: the card moves with it.
        if (kind !== 'reply' && row.stage === 'prospect') {
          await updatePartnership(trx, id, { stage: 'contacted', stage_changed_at: stamp });
          await record({ kind: 'stage', from: 'prospect', to: 'contacted' });
        }
      }),

    ofCreator: async (creatorId: number) => {
      const work = await workOfCreator(db, creatorId);
      return {
        partnerships: work.partnerships.map((p) => ({
          id: p.id,
          campaignId: p.campaign_id,
          campaignName: p.campaign_name,
          clientName: p.client_name,
          campaignStatus: p.campaign_status as 'active',
          stage: p.stage as PipelineStage,
        })),
        ambassadors: work.ambassadors.map((a) => ({ id: a.id, clientName: a.client_name, status: a.status as 'active' })),
      };
    },

    remove: (id: number) => db.transaction().execute(async (trx) => ({ deleted: await deletePartnership(trx, id) })),

    saveDeliverable: (partnershipId: number, deliverableId: number | undefined, input: DeliverableInput) =>
      act(partnershipId, async (trx, _row, record, stamp) => {
        const values = { type: input.type, platform: input.platform, due_date: input.dueDate, description: input.description };
        if (deliverableId === undefined) {
          const newId = await insertDeliverable(trx, { ...values, partnership_id: partnershipId, status: 'planned', published_url: null, status_changed_at: stamp, created_at: stamp });
          await record({ kind: 'deliverable', to: 'planned', deliverableId: newId });
          return;
        }
        const existing = await findDeliverable(trx, deliverableId);
        if (!existing || existing.partnership_id !== partnershipId) throw new DomainError('not_found', `There is no deliverable ${deliverableId} in this partnership`);
        await updateDeliverable(trx, deliverableId, values);
        if (existing.due_date !== input.dueDate) await record({ kind: 'deliverable', deliverableId, from: existing.due_date, to: input.dueDate });
      }),

    transitionDeliverable: async (deliverableId: number, to: DeliverableStatus, comment: string, url: string) => {
      const existing = await findDeliverable(db, deliverableId);
      if (!existing) throw new DomainError('not_found', `There is no deliverable ${deliverableId}`);
      return act(existing.partnership_id, async (trx, _row, record, stamp) => {
        const current = await findDeliverable(trx, deliverableId);
        const from = current!.status as DeliverableStatus;
        const check = checkDeliverableMove(from, to, { comment, url });
        if (!check.allowed) refuse(check.reason === 'urlRequired' ? 'url' : check.reason === 'commentRequired' ? 'comment' : 'to', 'deliverable', check.reason, { from, to });
        await updateDeliverable(trx, deliverableId, { status: to, status_changed_at: stamp, ...(to === 'published' ? { published_url: url } : {}) });
        await record({ kind: 'deliverable', deliverableId, from, to, note: to === 'published' ? url : comment });
      });
    },

    deleteDeliverable: async (deliverableId: number) => {
      const existing = await findDeliverable(db, deliverableId);
      if (!existing) throw new DomainError('not_found', `There is no deliverable ${deliverableId}`);
      return act(existing.partnership_id, async (trx, _row, record) => {
        await deleteDeliverable(trx, deliverableId);
        await record({ kind: 'deliverable', deliverableId, from: existing.status, to: 'deleted' });
      });
    },

    agenda: async (from: string, to: string) =>
      (await deliverablesDueBetween(db, from, to)).map((r) => ({
        deliverableId: r.id,
        partnershipId: r.partnership_id,
        campaignId: r.campaign_id,
        campaignName: r.campaign_name,
        creatorName: r.creator_name,
        type: r.type as 'post',
        platform: r.platform as 'instagram',
        dueDate: r.due_date,
        status: r.status as DeliverableStatus,
      })),
  };
}
export type PartnershipsService = ReturnType<typeof createPartnershipsService>;
