import type { Kysely } from 'kysely';
import type { CampaignRow, Database } from '../db/schema';

type Executor = Kysely<Database>;
type Values = Omit<CampaignRow, 'id'>;

export type CampaignListRow = CampaignRow & { client_name: string };
export type CampaignDetailRow = CampaignListRow & { plan_name: string | null; advice_name: string | null };

export async function listCampaigns(db: Executor, filter: { status?: string; clientId?: number }): Promise<CampaignListRow[]> {
  let query = db.selectFrom('campaign').innerJoin('client', 'client.id', 'campaign.client_id').selectAll('campaign').select('client.name as client_name');
  if (filter.status) query = query.where('campaign.status', '=', filter.status);
  if (filter.clientId) query = query.where('campaign.client_id', '=', filter.clientId);
  return query.orderBy('campaign.start_date', 'desc').orderBy('campaign.id', 'desc').execute();
}

export async function findCampaign(db: Executor, id: number): Promise<CampaignDetailRow | undefined> {
  return db
    .selectFrom('campaign')
    .innerJoin('client', 'client.id', 'campaign.client_id')
    .leftJoin('budget_plan', 'budget_plan.id', 'campaign.plan_id')
    .leftJoin('platform_advice', 'platform_advice.id', 'campaign.advice_id')
    .selectAll('campaign')
    .select(['client.name as client_name', 'budget_plan.name as plan_name', 'platform_advice.name as advice_name'])
    .where('campaign.id', '=', id)
    .executeTakeFirst();
}

export async function insertCampaign(db: Executor, values: Values): Promise<number> {
  return (await db.insertInto('campaign').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCampaign(db: Executor, id: number, values: Omit<Values, 'created_at'>): Promise<void> {
  await db.updateTable('campaign').set(values).where('id', '=', id).execute();
}

/** Deletes the campaign; its partnerships, deliverables and history go with it (foreign keys cascade). */
export async function deleteCampaign(db: Executor, id: number): Promise<boolean> {
  return Number((await db.deleteFrom('campaign').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
}

export async function planExists(db: Executor, id: number): Promise<boolean> {
  return (await db.selectFrom('budget_plan').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function adviceExists(db: Executor, id: number): Promise<boolean> {
  return (await db.selectFrom('platform_advice').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
