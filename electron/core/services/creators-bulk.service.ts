import type { BulkAction, RosterFilter } from '@shared/domain/creators';
import type { Db } from '../db/database';
import { creatorIdsInUse } from '../repos/ambassadors.repo';
import { creatorIdsByBin, findCreators, listAccountsOf, matchingCreatorIds, purgeCreators, setCreatorsDeleted, setCreatorsStatus, updateCreatorRow } from '../repos/creators.repo';
import { syncSearchKeys } from './creator-search-keys';

/**
 * What the roster does to many creators at once: the bulk bar's actions and the bin (soft delete,
 * restore, delete for good). One transaction per action; ids the action does not apply to
 * (a live creator sent to "restore", a deleted one sent to "tag") are left alone and not counted.
 */
export function createCreatorsBulkService(db: Db, now: () => Date = () => new Date()) {
  return {
    /** The creators behind "select all": every one with an account in the filtered view, not only the loaded rows. */
    matchingIds: async (filter: RosterFilter): Promise<{ ids: number[] }> => ({ ids: await matchingCreatorIds(db, filter) }),

    bulk: (ids: number[], action: BulkAction) =>
      db.transaction().execute(async (trx) => {
        const stamp = now().toISOString();
        if (action.type !== 'addTag') {
          const live = await creatorIdsByBin(trx, ids, false);
          // Set-based, a chunk of ids per statement: "select all" may bring 100,000 creators.
          if (action.type === 'delete') await setCreatorsDeleted(trx, live, stamp);
          else await setCreatorsStatus(trx, live, action.type === 'archive' ? 'archived' : action.status, stamp);
          return { affected: live.length };
        }
        const rows = (await findCreators(trx, ids)).filter((r) => r.deleted_at === null);
        for (const row of rows) {
          const tags: string[] = JSON.parse(row.tags_json);
          if (tags.includes(action.tag)) continue;
          const tagsJson = JSON.stringify([...tags, action.tag]);
          await updateCreatorRow(trx, row.id, { tags_json: tagsJson, updated_at: stamp });
          // Tags are part of each account's search text; nothing else on the accounts depends on them.
          await syncSearchKeys(trx, { name: row.name, tags_json: tagsJson }, await listAccountsOf(trx, row.id));
        }
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
