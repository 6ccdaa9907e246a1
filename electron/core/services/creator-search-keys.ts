import type { Db } from '../db/database';
import type { CreatorAccountRow, CreatorRow } from '../db/schema';
import { updateAccountRow } from '../repos/creators.repo';
import { searchKey } from './creator-rows';

/** Name and tags are searched through every account of the creator: rewrites the keys that changed. */
export async function syncSearchKeys(trx: Db, creator: Pick<CreatorRow, 'name' | 'tags_json'>, accounts: readonly CreatorAccountRow[]): Promise<void> {
  const tags = JSON.parse(creator.tags_json) as string[];
  for (const account of accounts) {
    const key = searchKey(creator.name, account.handle, tags);
    if (key !== account.search_key) await updateAccountRow(trx, account.id, { search_key: key });
  }
}
