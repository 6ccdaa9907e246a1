import type { Migration } from 'kysely/migration';
import { settingsMigration } from './2026-11-24-01-settings';
import { benchmarkOverridesMigration } from './2026-11-24-02-benchmark-overrides';
import { exchangeRateMigration } from './2026-11-24-03-exchange-rate';
import { creatorsMigration } from './2026-11-24-04-creators';
import { reportedErMigration } from './2026-11-24-05-reported-er';
import { rosterSearchMigration } from './2026-11-24-06-roster-search';
import { budgetPlansMigration } from './2026-11-24-07-budget-plans';
import { platformAdviceMigration } from './2026-11-24-08-platform-advice';
import { foldedSearchMigration } from './2026-11-24-09-folded-search';
import { campaignsMigration } from './2026-11-24-10-campaigns';
import { rosterFilterKeysMigration } from './2026-11-24-20-roster-filter-keys';
import { derivedRulesMigration } from './2026-11-24-21-derived-rules';
import { locationSortMigration } from './2026-11-24-22-location-sort';
import { importMappingsMigration } from './2026-11-24-30-import-mappings';
import { oneSnapshotADayMigration } from './2026-11-24-31-one-snapshot-a-day';
import { figuresAsOfMigration } from './2026-11-24-32-figures-as-of';
import { sortRanksMigration } from './2026-11-24-33-sort-ranks';
import { blanksLastMigration } from './2026-11-24-34-blanks-last';
import { snapshotReportedErMigration } from './2026-11-24-35-snapshot-reported-er';
import { locationBlanksLastMigration } from './2026-11-24-36-location-blanks-last';
import { rememberedExchangeRatesMigration } from './2026-11-24-37-remembered-exchange-rates';
import { partnershipResultsMigration } from './2026-11-24-38-partnership-results';

/**
 * Every migration the code knows, in order. Provided in code rather than read
 * from a folder because the main process is bundled. Names are date-prefixed
 * and sort in the order they run.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-24-01-settings': settingsMigration,
  '2026-11-24-02-benchmark-overrides': benchmarkOverridesMigration,
  '2026-11-24-03-exchange-rate': exchangeRateMigration,
  '2026-11-24-04-creators': creatorsMigration,
  '2026-11-24-05-reported-er': reportedErMigration,
  '2026-11-24-06-roster-search': rosterSearchMigration,
  '2026-11-24-07-budget-plans': budgetPlansMigration,
  '2026-11-24-08-platform-advice': platformAdviceMigration,
  '2026-11-24-09-folded-search': foldedSearchMigration,
  '2026-11-24-10-campaigns': campaignsMigration,
  '2026-11-24-20-roster-filter-keys': rosterFilterKeysMigration,
  '2026-11-24-21-derived-rules': derivedRulesMigration,
  '2026-11-24-22-location-sort': locationSortMigration,
  '2026-11-24-30-import-mappings': importMappingsMigration,
  '2026-11-24-31-one-snapshot-a-day': oneSnapshotADayMigration,
  '2026-11-24-32-figures-as-of': figuresAsOfMigration,
  '2026-11-24-33-sort-ranks': sortRanksMigration,
  '2026-11-24-34-blanks-last': blanksLastMigration,
  '2026-11-24-35-snapshot-reported-er': snapshotReportedErMigration,
  '2026-11-24-36-location-blanks-last': locationBlanksLastMigration,
  '2026-11-24-37-remembered-exchange-rates': rememberedExchangeRatesMigration,
  '2026-11-24-38-partnership-results': partnershipResultsMigration,
};
