import type { Kysely } from 'kysely';
import type { Database, DeliverableRow, PartnershipEventRow, PartnershipRow } from '../db/schema';

type Executor = Kysely<Database>;

export type PartnershipListRow = PartnershipRow & { creator_name: string; creator_deleted_at: string | null };
export type PartnershipDetailRow = PartnershipListRow & {
  creator_email: string | null;
  campaign_name: string;
  campaign_currency: string;
  client_name: string;
};

function withCreator(db: Executor) {
  return db
    .selectFrom('partnership')
    .innerJoin('creator', 'creator.id', 'partnership.creator_id')
    .selectAll('partnership')
    .select(['creator.name as creator_name', 'creator.deleted_at as creator_deleted_at']);
}

export async function listPartnershipsOf(db: Executor, campaignIds: readonly number[]): Promise<PartnershipListRow[]> {
  if (campaignIds.length === 0) return [];
  return withCreator(db).where('partnership.campaign_id', 'in', campaignIds).orderBy('creator.name').orderBy('partnership.id').execute();
}

export async function findPartnership(db: Executor, id: number): Promise<PartnershipDetailRow | undefined> {
  return withCreator(db)
    .innerJoin('campaign', 'campaign.id', 'partnership.campaign_id')
    .innerJoin('client', 'client.id', 'campaign.client_id')
    .select(['creator.email as creator_email', 'campaign.name as campaign_name', 'campaign.currency as campaign_currency', 'client.name as client_name'])
    .where('partnership.id', '=', id)
    .executeTakeFirst();
}

export async function creatorIdsInCampaign(db: Executor, campaignId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('partnership').select('creator_id').where('campaign_id', '=', campaignId).execute();
  return new Set(rows.map((r) => r.creator_id));
}

export async function insertPartnership(db: Executor, values: Omit<PartnershipRow, 'id'>): Promise<number> {
  return (await db.insertInto('partnership').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePartnership(db: Executor, id: number, changes: Partial<Omit<PartnershipRow, 'id' | 'campaign_id' | 'creator_id'>>): Promise<void> {
  await db.updateTable('partnership').set(changes).where('id', '=', id).execute();
}

export async function deletePartnership(db: Executor, id: number): Promise<boolean> {
  return Number((await db.deleteFrom('partnership').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
}

export async function countPartnershipsOf(db: Executor, campaignId: number): Promise<number> {
  const row = await db.selectFrom('partnership').select((eb) => eb.fn.countAll<number>().as('n')).where('campaign_id', '=', campaignId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Partnerships of a creator in the campaigns of one client (an ambassador's timeline). */
export async function partnershipsOfCreatorForClient(db: Executor, creatorId: number, clientId: number) {
  return db
    .selectFrom('partnership')
    .innerJoin('campaign', 'campaign.id', 'partnership.campaign_id')
    .select(['partnership.id', 'partnership.campaign_id', 'partnership.stage', 'partnership.terms_json', 'campaign.name as campaign_name', 'campaign.start_date', 'campaign.currency'])
    .where('partnership.creator_id', '=', creatorId)
    .where('campaign.client_id', '=', clientId)
    .orderBy('campaign.start_date', 'desc')
    .execute();
}

// ---- history ----
export async function insertEvent(db: Executor, values: Omit<PartnershipEventRow, 'id'>): Promise<void> {
  await db.insertInto('partnership_event').values(values).execute();
}

export async function listEvents(db: Executor, partnershipId: number): Promise<PartnershipEventRow[]> {
  return db.selectFrom('partnership_event').selectAll().where('partnership_id', '=', partnershipId).orderBy('at', 'desc').orderBy('id', 'desc').execute();
}

// ---- deliverables ----
export async function listDeliverablesOf(db: Executor, partnershipIds: readonly number[]): Promise<DeliverableRow[]> {
  if (partnershipIds.length === 0) return [];
  return db.selectFrom('deliverable').selectAll().where('partnership_id', 'in', partnershipIds).orderBy('due_date').orderBy('id').execute();
}

export async function findDeliverable(db: Executor, id: number): Promise<DeliverableRow | undefined> {
  return db.selectFrom('deliverable').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDeliverable(db: Executor, values: Omit<DeliverableRow, 'id'>): Promise<number> {
  return (await db.insertInto('deliverable').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDeliverable(db: Executor, id: number, changes: Partial<Omit<DeliverableRow, 'id' | 'partnership_id' | 'created_at'>>): Promise<void> {
  await db.updateTable('deliverable').set(changes).where('id', '=', id).execute();
}

export async function deleteDeliverable(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('deliverable').where('id', '=', id).execute();
}

const openCampaign = ['draft', 'active'];
const closedPartnership = ['declined', 'cancelled'];

/** Deliverables of live partnerships in open campaigns, with their campaign and creator. */
function liveDeliverables(db: Executor) {
  return db
    .selectFrom('deliverable')
    .innerJoin('partnership', 'partnership.id', 'deliverable.partnership_id')
    .innerJoin('campaign', 'campaign.id', 'partnership.campaign_id')
    .innerJoin('creator', 'creator.id', 'partnership.creator_id')
    .select([
      'deliverable.id',
      'deliverable.partnership_id',
      'deliverable.type',
      'deliverable.platform',
      'deliverable.due_date',
      'deliverable.status',
      'deliverable.status_changed_at',
      'partnership.terms_json',
      'campaign.id as campaign_id',
      'campaign.name as campaign_name',
      'creator.name as creator_name',
    ])
    .where('campaign.status', 'in', openCampaign)
    .where('partnership.stage', 'not in', closedPartnership);
}

/** Deliverables due in a date range, done ones included, for the agenda. */
export async function deliverablesDueBetween(db: Executor, from: string, to: string) {
  return liveDeliverables(db).where('deliverable.due_date', '>=', from).where('deliverable.due_date', '<=', to).orderBy('deliverable.due_date').orderBy('creator.name').execute();
}

/** Unpublished deliverables of partnerships not yet paid: the reminders' input. */
export async function openDeliverables(db: Executor) {
  return liveDeliverables(db).where('deliverable.status', '!=', 'published').where('partnership.stage', '!=', 'paid').where('creator.deleted_at', 'is', null).execute();
}

/** Messages sent without a reply yet, in open campaigns, before agreement: candidates for a follow-up. */
export async function awaitingReply(db: Executor) {
  return db
    .selectFrom('partnership')
    .innerJoin('campaign', 'campaign.id', 'partnership.campaign_id')
    .innerJoin('creator', 'creator.id', 'partnership.creator_id')
    .select(['partnership.id', 'partnership.last_contact_on', 'partnership.follow_up_after_days', 'campaign.id as campaign_id', 'campaign.name as campaign_name', 'creator.name as creator_name'])
    .where('partnership.replied', '=', 0)
    .where('creator.deleted_at', 'is', null)
    .where('partnership.last_contact_on', 'is not', null)
    .where('partnership.stage', 'in', ['prospect', 'contacted', 'negotiating'])
    .where('campaign.status', 'in', openCampaign)
    .execute();
}

/** Platform accounts of creators, for the handles and follower counts on partnership cards. */
export async function accountsOfCreators(db: Executor, creatorIds: readonly number[]) {
  if (creatorIds.length === 0) return [];
  return db
    .selectFrom('creator_account')
    .select(['creator_id', 'platform', 'handle', 'followers'])
    .where('creator_id', 'in', [...new Set(creatorIds)])
    .orderBy('followers', 'desc')
    .execute();
}

/** Where a creator works: their partnerships with campaign and client, and their ambassador records. */
export async function workOfCreator(db: Executor, creatorId: number) {
  const partnerships = await db
    .selectFrom('partnership')
    .innerJoin('campaign', 'campaign.id', 'partnership.campaign_id')
    .innerJoin('client', 'client.id', 'campaign.client_id')
    .select(['partnership.id', 'partnership.stage', 'campaign.id as campaign_id', 'campaign.name as campaign_name', 'campaign.status as campaign_status', 'client.name as client_name'])
    .where('partnership.creator_id', '=', creatorId)
    .orderBy('campaign.start_date', 'desc')
    .execute();
  const ambassadors = await db
    .selectFrom('ambassador')
    .innerJoin('client', 'client.id', 'ambassador.client_id')
    .select(['ambassador.id', 'ambassador.status', 'client.name as client_name'])
    .where('ambassador.creator_id', '=', creatorId)
    .orderBy('client.name')
    .execute();
  return { partnerships, ambassadors };
}
