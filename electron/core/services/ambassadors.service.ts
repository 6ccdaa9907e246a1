import { partnershipSpent, productsValue } from '@shared/campaigns/campaign-budget';
import { isCommitted, type PipelineStage } from '@shared/campaigns/pipeline';
import { nextCheckIn } from '@shared/campaigns/reminders';
import { incentiveSchema, type Ambassador, type AmbassadorInput, type AmbassadorSummary, type LogEntryInput } from '@shared/domain/ambassadors';
import { localIsoDay } from '@shared/local-day';
import { z } from 'zod';
import type { Db } from '../db/database';
import {
  countAmbassadorRecordsOf,
  deleteAmbassador,
  deleteLogEntry,
  findAmbassador,
  findAmbassadorId,
  insertAmbassador,
  insertLogEntry,
  listAmbassadors,
  listLog,
  updateAmbassador,
  type AmbassadorListRow,
} from '../repos/ambassadors.repo';
import { findClient } from '../repos/clients.repo';
import { findCreator, syncAccountCreatorColumns, updateCreatorRow } from '../repos/creators.repo';
import { partnershipsOfCreatorForClient } from '../repos/partnerships.repo';
import { findSettings } from '../repos/settings.repo';
import { accountCreatorColumns } from './creator-rows';
import { parseTerms } from './campaigns.service';
import { refuseIfChangedSince } from './changed-elsewhere';
import { DomainError, fieldRefusal } from './domain-error';

type Money = { amount: number; currency: string };

/** Sums amounts per currency: an ambassador may have been paid in euros and in pounds. */
function perCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const m of amounts) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.amount);
  return [...totals].filter(([, amount]) => amount > 0).map(([currency, amount]) => ({ amount, currency }));
}

/** Ambassador programmes: long-term partners per client, check-ins by cadence, perks, incentives and lifetime spend. */
export function createAmbassadorsService(db: Db, now: () => Date = () => new Date()) {
  /**
   * The creator's partnerships in the client's campaigns, each with what went to the creator:
   * cash paid, commission earned, and the products of an agreed deal at retail value. The
   * lifetime spend is their sum with the perks, so the two never disagree.
   */
  async function campaignsOf(trx: Db, row: AmbassadorListRow) {
    return (await partnershipsOfCreatorForClient(trx, row.creator_id, row.client_id)).map((p) => {
      const terms = parseTerms(p);
      const products = isCommitted(p.stage as PipelineStage) ? (productsValue(terms, p.currency)?.amount ?? 0) : 0;
      return {
        partnershipId: p.id,
        campaignId: p.campaign_id,
        campaignName: p.campaign_name,
        startDate: p.start_date,
        stage: p.stage as PipelineStage,
        spent: { amount: partnershipSpent(terms) + products, currency: p.currency },
      };
    });
  }

  async function summary(trx: Db, row: AmbassadorListRow): Promise<AmbassadorSummary> {
    const campaigns = await campaignsOf(trx, row);
    const perks = (await listLog(trx, row.id)).flatMap((l) => (l.value_amount !== null && l.value_currency !== null ? [{ amount: l.value_amount, currency: l.value_currency }] : []));
    return {
      id: row.id,
      creatorId: row.creator_id,
      creatorName: row.creator_name,
      clientId: row.client_id,
      clientName: row.client_name,
      status: row.status as AmbassadorSummary['status'],
      startedOn: row.started_on,
      cadenceDays: row.cadence_days,
      lastCheckIn: row.last_check_in,
      nextCheckIn: row.status === 'active' ? nextCheckIn(row.last_check_in ?? row.started_on, row.cadence_days) : null,
      perkCount: Number(row.perk_count),
      lifetimeSpend: perCurrency([...campaigns.map((c) => c.spent), ...perks]),
    };
  }

  async function get(trx: Db, id: number): Promise<Ambassador> {
    const row = await findAmbassador(trx, id);
    if (!row) throw new DomainError('not_found', `There is no ambassador ${id}`);
    const log = await listLog(trx, id);
    return {
      ...(await summary(trx, row)),
      incentives: z.array(incentiveSchema).parse(JSON.parse(row.incentives_json)),
      notes: row.notes,
      updatedAt: row.updated_at,
      log: log.map((l) => ({
        id: l.id,
        kind: l.kind as 'checkIn',
        onDate: l.on_date,
        note: l.note,
        perkType: l.perk_type as 'event' | null,
        value: l.value_amount === null || l.value_currency === null ? null : { amount: l.value_amount, currency: l.value_currency },
      })),
      campaigns: await campaignsOf(trx, row),
    };
  }

  return {
    list: async () => Promise.all((await listAmbassadors(db)).map((row) => summary(db, row))),
    get: (id: number) => get(db, id),

    save: (id: number | undefined, input: AmbassadorInput, expectedUpdatedAt?: string) =>
      db.transaction().execute(async (trx) => {
        const creator = await findCreator(trx, input.creatorId);
        if (!creator || creator.deleted_at !== null) throw fieldRefusal('invalid_input', 'creatorId', 'ambassador.unknownCreator', 'That creator does not exist');
        if (!(await findClient(trx, input.clientId))) throw fieldRefusal('invalid_input', 'clientId', 'ambassador.unknownClient', 'That client does not exist');
        const existing = await findAmbassadorId(trx, input.creatorId, input.clientId);
        if (existing !== undefined && existing !== id) {
          const message = `${creator.name} is already an ambassador for this client`;
          throw fieldRefusal('conflict', 'clientId', 'ambassador.duplicate', message, { name: creator.name });
        }
        const stamp = now().toISOString();
        const values = {
          creator_id: input.creatorId,
          client_id: input.clientId,
          started_on: input.startedOn,
          cadence_days: input.cadenceDays,
          status: input.status,
          incentives_json: JSON.stringify(input.incentives),
          notes: input.notes,
          updated_at: stamp,
        };
        if (id === undefined) {
          id = await insertAmbassador(trx, { ...values, created_at: stamp });
          // Promotion shows in the roster too.
          if (creator.status !== 'ambassador') {
            await updateCreatorRow(trx, creator.id, { status: 'ambassador', updated_at: stamp });
            await syncAccountCreatorColumns(trx, creator.id, accountCreatorColumns({ ...creator, status: 'ambassador' }));
          }
        } else {
          const stored = await findAmbassador(trx, id);
          if (!stored) throw new DomainError('not_found', `There is no ambassador ${id}`);
          refuseIfChangedSince(stored.updated_at, expectedUpdatedAt);
          await updateAmbassador(trx, id, values);
        }
        return get(trx, id);
      }),

    log: (id: number, entry: LogEntryInput) =>
      db.transaction().execute(async (trx) => {
        if (!(await findAmbassador(trx, id))) throw new DomainError('not_found', `There is no ambassador ${id}`);
        // The log is of what happened: a mistyped year (2027 for 2026) would schedule the next
        // check-in a year late and take an overdue one off the Due list without a word.
        if (entry.onDate > localIsoDay(now())) throw fieldRefusal('invalid_input', 'onDate', 'logDateInFuture', 'A check-in or perk is logged once it has happened: use today or an earlier day');
        const currency = (await findSettings(trx))?.currency ?? 'EUR';
        const value = entry.kind === 'perk' ? entry.value : null;
        await insertLogEntry(trx, {
          ambassador_id: id,
          kind: entry.kind,
          on_date: entry.onDate,
          note: entry.note,
          perk_type: entry.kind === 'perk' ? entry.perkType : null,
          value_amount: value,
          value_currency: value === null ? null : currency,
          created_at: now().toISOString(),
        });
        return get(trx, id);
      }),

    deleteEntry: (id: number, entryId: number) =>
      db.transaction().execute(async (trx) => {
        if (!(await deleteLogEntry(trx, id, entryId))) throw new DomainError('not_found', `There is no log entry ${entryId} for ambassador ${id}`);
        return get(trx, id);
      }),

    remove: (id: number) =>
      db.transaction().execute(async (trx) => {
        const row = await findAmbassador(trx, id);
        if (!row) return { deleted: false };
        await deleteAmbassador(trx, id);
        // The roster's "ambassador" status goes with the last ambassador record.
        const creator = await findCreator(trx, row.creator_id);
        if (creator && creator.status === 'ambassador' && (await countAmbassadorRecordsOf(trx, creator.id)) === 0) {
          await updateCreatorRow(trx, creator.id, { status: 'active', updated_at: now().toISOString() });
          await syncAccountCreatorColumns(trx, creator.id, accountCreatorColumns({ ...creator, status: 'active' }));
        }
        return { deleted: true };
      }),
  };
}
export type AmbassadorsService = ReturnType<typeof createAmbassadorsService>;
