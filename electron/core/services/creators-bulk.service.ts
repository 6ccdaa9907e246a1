import { maxTags, type BulkAction, type RosterFilter } from '@shared/domain/creators';
import type { Db } from '../db/database';
import { creatorIdsInUse } from '../repos/ambassadors.repo';
import { accountsOfCreators } from '../repos/creators-bulk.repo';
import type { RosterBulkChanges, RosterBulkWriter } from '../repos/creators-bulk.sqlite';
import { creatorIdsByBin, findCreators, matchingCreatorIds, purgeCreators, setCreatorsDeleted, setCreatorsStatus } from '../repos/creators.repo';
import { union } from './creator-import-rows';
import { searchKey } from './creator-rows';

/**
 * What the roster does to many creators at once: the bulk bar's actions and the bin (soft delete,
 * restore, delete for good). One transaction per action; ids the action does not apply to
 * (a live creator sent to "restore", a deleted one sent to "tag") are left alone and not counted.
 */
/**
 * `writer`: the import's bulk writer. Tagging 100,000 creators row by row, each account's
 * search-index entry rewritten by its trigger, took 20 s; through the writer the trigger's work
 * is one statement (1.5 s).
 */
export function createCreatorsBulkService(db: Db, writer: RosterBulkWriter, now: () => Date = () => new Date()) {
  return {
    /** The creators behind "select all": every one with an account in the filtered view, not only the loaded rows. */
    matchingIds: async (filter: RosterFilter): Promise<{ ids: number[] }> => ({ ids: await matchingCreatorIds(db, filter) }),

    bulk: (ids: number[], action: BulkAction) =>
      db.transaction().execute(async (trx) => {
        const stamp = now().toISOString();
        if (action.type !== 'addTags') {
          const live = await creatorIdsByBin(trx, ids, false);
          // Set-based, a chunk of ids per statement: "select all" may bring 100,000 creators.
          if (action.type === 'delete') await setCreatorsDeleted(trx, live, stamp);
          else await setCreatorsStatus(trx, live, action.type === 'archive' ? 'archived' : action.status, stamp);
          return { affected: live.length };
        }
        const rows = (await findCreators(trx, ids)).filter((r) => r.deleted_at === null);
        const accountsOf = new Map<number, Awaited<ReturnType<typeof accountsOfCreators>>>();
        for (const account of await accountsOfCreators(trx, rows.map((r) => r.id))) accountsOf.set(account.creator_id, [...(accountsOf.get(account.creator_id) ?? []), account]);
        const changes: { creators: RosterBulkChanges['creators'][number][]; accounts: RosterBulkChanges['accounts'][number][] } = { creators: [], accounts: [] };
        for (const row of rows) {
          const tags: string[] = JSON.parse(row.tags_json);
          // As an import adds a file's tags: a tag the creator has (in any case) is not added twice,
          // and a creator gets no more tags than it can still be saved with from the form.
          const tagged = union(tags, action.tags).slice(0, maxTags);
          if (tagged.length === tags.length) continue;
          changes.creators.push({ id: row.id, changes: { tags_json: JSON.stringify(tagged), updated_at: stamp } });
          // Tags are part of each account's search text; nothing else on the accounts depends on them.
          for (const account of accountsOf.get(row.id) ?? []) {
            const key = searchKey(row.name, account.handle, tagged);
            if (key !== account.search_key) changes.accounts.push({ id: account.id, changes: { search_key: key } });
          }
        }
        await writer.update(changes);
        return { affected: rows.length };
      }),

    /** Out of the bin: the Undo of a delete, and Restore in the bin. */
    restore: (ids: number[]) =>
      db.transaction().execute(async (trx) => {
        const binned = await creatorIdsByBin(trx, ids, true);
        await setCreatorsDeleted(trx, binned, null);
        return { affected: binned.length };
      }),

    /**
     * Deletes creators in the bin for good. One still in a campaign or an ambassador programme
     * stays in the bin: removing it would take that history along (creators are RESTRICT there).
     */
    purge: (ids: number[]) =>
      db.transaction().execute(async (trx) => {
        const binned = await creatorIdsByBin(trx, ids, true);
        const inUse = await creatorIdsInUse(trx, binned);
        await purgeCreators(trx, binned.filter((id) => !inUse.has(id)));
        return { purged: binned.length - inUse.size, inUse: inUse.size };
      }),
  };
}
