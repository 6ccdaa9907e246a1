import type { TFunction } from 'i18next';
import { isCurrencyCode, type FormatLocale, type Settings, type Theme, type UiLanguage } from '@shared/domain/settings';

/** Form values: selects need strings, so "follow the system" is the string 'system'. */
export interface SettingsFormValues {
  workspaceName: string;
  currency: string;
  language: UiLanguage | 'system';
  formatLocale: FormatLocale | 'system';
  theme: Theme;
}

export function toFormValues(settings: Settings): SettingsFormValues {
  return {
    workspaceName: settings.workspaceName,
    currency: settings.currency,
    language: settings.language ?? 'system',
    formatLocale: settings.formatLocale ?? 'system',
    theme: settings.theme,
  };
}

export function toSettings(values: SettingsFormValues): Settings {
  return {
    workspaceName: values.workspaceName.trim(),
    currency: values.currency,
    language: values.language === 'system' ? null : values.language,
    formatLocale: values.formatLocale === 'system' ? null : values.formatLocale,
    theme: values.theme,
  };
}

/** The same rules as the backend's schema, with translated messages, so most mistakes never leave the window. */
export function settingsFormValidation(t: TFunction) {
  return {
    workspaceName: (value: string) =>
      value.trim().length === 0 ? t('errors.workspaceNameRequired') : value.trim().length > 120 ? t('errors.workspaceNameTooLong') : null,
    currency: (value: string) => (isCurrencyCode(value) ? null : t('errors.currencyUnknown')),
  };
}
