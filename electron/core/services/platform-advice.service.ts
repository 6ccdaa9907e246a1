import { recommendPlatforms } from '@shared/calc/platform-recommendation';
import { platformAdviceSchema, type PlatformAdvice, type PlatformAdviceInput } from '@shared/domain/platform-advice';
import type { Db } from '../db/database';
import type { PlatformAdviceRow } from '../db/schema';
import { deleteAdvice, findAdvice, insertAdvice, listAdvice, updateAdvice } from '../repos/platform-advice.repo';
import { DomainError } from './domain-error';
import { loadEffectiveBenchmarks } from './effective-benchmarks';

function toAdvice(row: PlatformAdviceRow): PlatformAdvice {
  return platformAdviceSchema.parse({
    id: row.id,
    name: row.name,
    answers: JSON.parse(row.answers_json),
    checked: JSON.parse(row.checked_json),
    ranking: JSON.parse(row.ranking_json),
    updatedAt: row.updated_at,
  });
}

/** Saved platform-wizard results: the answers, ticked checklist items and the ranking computed from them. */
export function createPlatformAdviceService(db: Db, now: () => Date = () => new Date()) {
  async function get(trx: Db, id: number): Promise<PlatformAdvice> {
    const row = await findAdvice(trx, id);
    if (!row) throw new DomainError('not_found', `There is no saved advice ${id}`);
    return toAdvice(row);
  }
  return {
    list: async () => (await listAdvice(db)).map(toAdvice),
    get: (id: number) => get(db, id),
    save: (id: number | undefined, advice: PlatformAdviceInput) =>
      db.transaction().execute(async (trx) => {
        const recommendation = recommendPlatforms(await loadEffectiveBenchmarks(trx), advice.answers);
        const stamp = now().toISOString();
        const values = {
          name: advice.name,
          answers_json: JSON.stringify(advice.answers),
          checked_json: JSON.stringify(advice.checked),
          ranking_json: JSON.stringify(recommendation.ranking.map((r) => ({ platform: r.platform, score: r.score, budgetPercent: r.budgetPercent }))),
          updated_at: stamp,
        };
        if (id === undefined) return get(trx, await insertAdvice(trx, { ...values, created_at: stamp }));
        await get(trx, id);
        await updateAdvice(trx, id, values);
        return get(trx, id);
      }),
    remove: async (id: number) => ({ deleted: await deleteAdvice(db, id) }),
  };
}
export type PlatformAdviceService = ReturnType<typeof createPlatformAdviceService>;
