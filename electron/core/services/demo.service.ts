import type { UiLanguage } from '@shared/domain/settings';
import type { DemoPlaces } from '@shared/domain/demo';
import { creatorInputSchema } from '@shared/domain/creators';
import type { Db } from '../db/database';
import { creatorsInUse, deleteCampaignLinksOfCreators } from '../repos/ambassadors.repo';
import { countCreators, countEditedDemoCreators, listAccountsOf, listDemoCreatorIds, purgeCreators, replaceDaySnapshot } from '../repos/creators.repo';
import { demoRoster } from '../demo/demo-roster';
import { optimizeAfterBulkWrite } from '../repos/maintenance.sqlite';
import type { CreatorsService } from './creators.service';
import { DomainError } from './domain-error';
import { snapshotRow } from './creator-rows';
import { loadEffectiveBenchmarks } from './effective-benchmarks';

function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The sample roster a new user can load to see the product working, and remove in one click. */
export function createDemoService(db: Db, creators: CreatorsService, now: () => Date = () => new Date()) {
  return {
    async status() {
      const { live, demo } = await countCreators(db);
      return {
        creators: live,
        demoCreators: demo,
        demoInUse: await creatorsInUse(db, await listDemoCreatorIds(db)),
        demoEdited: await countEditedDemoCreators(db),
      };
    },

    load: async (language: UiLanguage = 'en', places: DemoPlaces = 'benelux') => {
      const loaded = await db.transaction().execute(async (trx) => {
        if ((await listDemoCreatorIds(trx)).length > 0) throw new DomainError('conflict', 'The demo roster is already loaded');
        const dataSet = await loadEffectiveBenchmarks(trx);
        const stamp = now();
        let created = 0;
        for (const demo of demoRoster(300, language, places)) {
          const parsed = creatorInputSchema.safeParse(demo.input);
          if (!parsed.success) continue;
          // A demo handle that is already in the user's real roster is skipped, never merged.
          const id = await creators.createIn(trx, parsed.data, dataSet, { isDemo: true, source: 'demo' }).catch((e: unknown) => {
            if (e instanceof DomainError && e.code === 'conflict') return null;
            throw e;
          });
          if (id === null) continue;
          const accounts = await listAccountsOf(trx, id);
          for (const [index, account] of accounts.entries()) {
            for (const [ago, followers] of demo.history[index] ?? []) {
              const figures = { followers, avgLikes: null, avgComments: null, avgShares: null, avgSaves: null, avgViews: null };
              await replaceDaySnapshot(trx, snapshotRow(account.id, daysAgo(stamp, ago), figures, 'demo', stamp.toISOString()));
            }
          }
          created++;
        }
        // History changes growth flags and vetting scores.
        await creators.refreshDerived(trx, dataSet);
        return { created };
      });
      await optimizeAfterBulkWrite(db);
      return loaded;
    },

    remove: () =>
      db.transaction().execute(async (trx) => {
        const ids = await listDemoCreatorIds(trx);
        for (let i = 0; i < ids.length; i += 500) {
          // Made-up creators take their campaign places and ambassador records with them (the confirmation says so).
          await deleteCampaignLinksOfCreators(trx, ids.slice(i, i + 500));
          await purgeCreators(trx, ids.slice(i, i + 500));
        }
        return { removed: ids.length };
      }),
  };
}
