import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * SQLite-only: refresh the query planner's statistics after large writes (an import, the demo
 * roster), so roster filters use their indexes instead of guessing. Cheap when nothing changed.
 */
export async function optimizeAfterBulkWrite(db: Kysely<Database>): Promise<void> {
  await sql`PRAGMA optimize`.execute(db);
}
