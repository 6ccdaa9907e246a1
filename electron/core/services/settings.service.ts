import { settingsSchema, type Settings, type SettingsPatch } from '@shared/domain/settings';
import type { Db } from '../db/database';
import type { SettingsRow, SettingsUpdate } from '../db/schema';
import { findSettings, updateSettingsRow } from '../repos/settings.repo';

function toSettings(row: SettingsRow): Settings {
  return settingsSchema.parse({
    workspaceName: row.workspace_name,
    currency: row.currency,
    language: row.language,
    formatLocale: row.format_locale,
    theme: row.theme,
    benchmarkExchangeRate: row.benchmark_exchange_rate,
    userName: row.user_name,
    knownExchangeRates: JSON.parse(row.exchange_rates_json) as Record<string, number>,
  });
}

function toRowChanges(patch: SettingsPatch, now: Date): SettingsUpdate {
  const changes: SettingsUpdate = { updated_at: now.toISOString() };
  if (patch.workspaceName !== undefined) changes.workspace_name = patch.workspaceName;
  if (patch.currency !== undefined) changes.currency = patch.currency;
  if (patch.language !== undefined) changes.language = patch.language;
  if (patch.formatLocale !== undefined) changes.format_locale = patch.formatLocale;
  if (patch.theme !== undefined) changes.theme = patch.theme;
  if (patch.benchmarkExchangeRate !== undefined) changes.benchmark_exchange_rate = patch.benchmarkExchangeRate;
  if (patch.userName !== undefined) changes.user_name = patch.userName === '' ? null : patch.userName;
  return changes;
}

/** Runs inside the same transaction when the workspace currency or the benchmarks' exchange rate changed. */
export type MoneySettingsChanged = (trx: Db) => Promise<void>;

export function createSettingsService(db: Db, now: () => Date = () => new Date(), onMoneyChanged: MoneySettingsChanged = async () => {}) {
  async function get(): Promise<Settings> {
    const row = await findSettings(db);
    if (!row) throw new Error('The settings row is missing: the workspace file is damaged');
    return toSettings(row);
  }

  async function update(patch: SettingsPatch): Promise<Settings> {
    return db.transaction().execute(async (trx) => {
      const before = await findSettings(trx);
      const changes = toRowChanges(patch, now());
      // The rate is units of the workspace currency per US dollar: it means nothing in another
      // currency. A new currency without a new rate takes the one last entered for it, if any,
      // rather than judging quotes with the old currency's. Every rate entered is remembered for
      // its currency, so switching away and back loses nothing.
      if (before) {
        const currency = patch.currency ?? before.currency;
        const { [currency]: remembered, ...others } = JSON.parse(before.exchange_rates_json) as Record<string, number>;
        if (currency !== before.currency && patch.benchmarkExchangeRate === undefined) changes.benchmark_exchange_rate = remembered ?? null;
        const rate = changes.benchmark_exchange_rate === undefined ? before.benchmark_exchange_rate : changes.benchmark_exchange_rate;
        // A rate cleared on purpose is forgotten too: switching back must not offer it again.
        changes.exchange_rates_json = JSON.stringify(rate === null ? others : { ...others, [currency]: rate });
      }
      await updateSettingsRow(trx, changes);
      const row = await findSettings(trx);
      if (!row) throw new Error('The settings row is missing: the workspace file is damaged');
      if (before && (row.currency !== before.currency || row.benchmark_exchange_rate !== before.benchmark_exchange_rate)) await onMoneyChanged(trx);
      return toSettings(row);
    });
  }

  return { get, update };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
