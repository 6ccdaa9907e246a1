import type { TFunction } from 'i18next';
import { isCurrencyCode, type FormatLocale, type Settings, type SettingsPatch, type Theme, type UiLanguage } from '@shared/domain/settings';

/** Form values: selects need strings, so "follow the system" is the string 'system'. */
export interface SettingsFormValues {
  workspaceName: string;
  currency: string;
  language: UiLanguage | 'system';
  formatLocale: FormatLocale | 'system';
  theme: Theme;
  /** Empty: no rate entered. */
  benchmarkExchangeRate: number | '';
  /** Empty: the computer's user name is recorded. */
  userName: string;
}

export function toFormValues(settings: Settings): SettingsFormValues {
  return {
    workspaceName: settings.workspaceName,
    currency: settings.currency,
    language: settings.language ?? 'system',
    formatLocale: settings.formatLocale ?? 'system',
    theme: settings.theme,
    benchmarkExchangeRate: settings.benchmarkExchangeRate ?? '',
    userName: settings.userName ?? '',
  };
}

export function toSettings(values: SettingsFormValues): Required<SettingsPatch> {
  return {
    workspaceName: values.workspaceName.trim(),
    currency: values.currency,
    language: values.language === 'system' ? null : values.language,
    formatLocale: values.formatLocale === 'system' ? null : values.formatLocale,
    theme: values.theme,
    benchmarkExchangeRate: values.benchmarkExchangeRate === '' ? null : values.benchmarkExchangeRate,
    userName: values.userName.trim() === '' ? null : values.userName.trim(),
  };
}

/** The settings that differ from those the form started from: the patch to save. */
export function changedSettings(before: Required<SettingsPatch>, after: Required<SettingsPatch>): SettingsPatch {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => value !== before[key as keyof SettingsPatch]));
}

/** The same rules as the backend's schema, with translated messages, so most mistakes never leave the window. */
export function settingsFormValidation(t: TFunction) {
  return {
    workspaceName: (value: string) =>
      value.trim().length === 0 ? t('errors.workspaceNameRequired') : value.trim().length > 120 ? t('errors.workspaceNameTooLong') : null,
    currency: (value: string) => (isCurrencyCode(value) ? null : t('errors.currencyUnknown')),
    userName: (value: string) => (value.trim().length > 80 ? t('errors.userNameTooLong') : null),
    benchmarkExchangeRate: (value: number | '') => (value === '' || (value > 0 && value <= 1_000_000) ? null : t('errors.exchangeRateInvalid')),
  };
}
