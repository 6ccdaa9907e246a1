import { savedViewQuerySchema, type SavedView } from '@shared/api/saved-views.contract';
import type { Db } from '../db/database';
import { deleteSavedView, listSavedViewRows, upsertSavedView } from '../repos/saved-views.repo';

export function createSavedViewsService(db: Db, now: () => Date = () => new Date()) {
  return {
    async list(): Promise<SavedView[]> {
      const rows = await listSavedViewRows(db);
      // A view saved by an older version whose query no longer parses is left out rather than breaking the list.
      return rows.flatMap((row) => {
        const query = savedViewQuerySchema.safeParse(JSON.parse(row.query_json));
        return query.success ? [{ id: row.id, name: row.name, query: query.data }] : [];
      });
    },
    async save(name: string, query: SavedView['query']): Promise<SavedView> {
      const row = await upsertSavedView(db, name, JSON.stringify(query), now().toISOString());
      return { id: row.id, name: row.name, query };
    },
    async remove(id: number): Promise<{ deleted: boolean }> {
      return { deleted: await deleteSavedView(db, id) };
    },
  };
}
export type SavedViewsService = ReturnType<typeof createSavedViewsService>;
