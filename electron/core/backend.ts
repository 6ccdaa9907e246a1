import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiResult, AppInfo, Channel } from '@shared/api';
import { appContracts } from '@shared/api/app.contract';
import { openAndMigrate } from './db/migrate';
import { createRosterBulkWriter } from './repos/creators-bulk.sqlite';
import { optimizeAfterBulkWrite } from './repos/maintenance.sqlite';
import { ambassadorsHandlers } from './handlers/ambassadors.handlers';
import { benchmarksHandlers } from './handlers/benchmarks.handlers';
import { campaignsHandlers } from './handlers/campaigns.handlers';
import { creatorsHandlers } from './handlers/creators.handlers';
import { demoHandlers } from './handlers/demo.handlers';
import { plansHandlers } from './handlers/plans.handlers';
import { wizardHandlers } from './handlers/wizard.handlers';
import { savedViewsHandlers } from './handlers/saved-views.handlers';
import { settingsHandlers } from './handlers/settings.handlers';
import { createTypedHandler, type ChannelHandler } from './handlers/typed-handler';
import { createAmbassadorsService } from './services/ambassadors.service';
import { createBenchmarksService } from './services/benchmarks.service';
import { createCampaignsService } from './services/campaigns.service';
import { createCreatorImportService } from './services/creator-import.service';
import { createCreatorsService } from './services/creators.service';
import { createDemoService } from './services/demo.service';
import { refreshIfRulesChanged, refreshPlansIfStale } from './services/derived-rules';
import { createPartnershipsService } from './services/partnerships.service';
import { createPlansService } from './services/plans.service';
import { loadEffectiveBenchmarks } from './services/effective-benchmarks';
import { createPlatformAdviceService } from './services/platform-advice.service';
import { createRemindersService } from './services/reminders.service';
import { createSavedViewsService } from './services/saved-views.service';
import { createSettingsService } from './services/settings.service';
import { createTemplatesService } from './services/templates.service';

export const workspaceFileName = 'microplan.sqlite';

/** The whole backend behind one call: the Electron shell and the browser-mode server both use it. */
export interface Backend {
  readonly dataDir: string;
  readonly file: string;
  readonly handlers: Readonly<Record<Channel, ChannelHandler>>;
  handle(channel: string, input: unknown): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
}

export interface BackendOptions {
  mode: AppInfo['mode'];
  version: string;
}

export async function openBackend(dataDir: string, options: BackendOptions): Promise<Backend> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, workspaceFileName);
  const { db, sqlite } = await openAndMigrate(file);
  // Only now that the file is ours to change (a newer app's file is refused untouched above).
  await optimizeAfterBulkWrite(db);

  // Typed as the full channel map so a channel in the contract without a handler fails to compile.
  const bulkWriter = createRosterBulkWriter(sqlite);
  const creators = createCreatorsService(db, bulkWriter);
  const plans = createPlansService(db);
  // Tier bounds and ER benchmarks decide the roster's derived columns, and every figure a plan
  // shows: recompute them with every benchmark change; a plan's figures with every new rate too.
  const benchmarks = createBenchmarksService(db, undefined, undefined, async (trx, effective) => {
    await creators.refreshDerived(trx, effective);
    await plans.refreshFigures(trx, effective);
  });
  const settings = createSettingsService(db, undefined, async (trx) => plans.refreshFigures(trx, await loadEffectiveBenchmarks(trx)));
  // Rows computed by older rules of the calculation core are brought up to date once, before any request.
  try {
    await refreshIfRulesChanged(db, (trx, effective) => creators.refreshDerived(trx, effective));
    await refreshPlansIfStale(db, (trx, effective) => plans.refreshFigures(trx, effective));
  } catch (error) {
    // Rolled back, the file as it was; nothing may keep it open behind the caller's error.
    await db.destroy();
    throw error;
  }
  const info: AppInfo = { version: options.version, workspaceFile: file, mode: options.mode };
  const handlers: Record<Channel, ChannelHandler> = {
    'app:info': createTypedHandler(appContracts['app:info'], async () => info),
    ...settingsHandlers(settings),
    ...benchmarksHandlers(benchmarks),
    ...creatorsHandlers(creators, createCreatorImportService(db, bulkWriter)),
    ...demoHandlers(createDemoService(db, creators)),
    ...savedViewsHandlers(createSavedViewsService(db)),
    ...plansHandlers(plans),
    ...wizardHandlers(createPlatformAdviceService(db)),
    ...campaignsHandlers(createCampaignsService(db), createPartnershipsService(db), createTemplatesService(db)),
    ...ambassadorsHandlers(createAmbassadorsService(db), createRemindersService(db)),
  };

  return {
    dataDir,
    file,
    handlers,
    async handle(channel, input) {
      const handler = Object.hasOwn(handlers, channel) ? handlers[channel as Channel] : undefined;
      if (!handler) return { ok: false, error: { code: 'unknown_channel', message: `No such channel: ${channel}` } };
      return handler(input);
    },
    close: () => db.destroy(),
  };
}
