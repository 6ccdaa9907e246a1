import { useMantineColorScheme } from '@mantine/core';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber, formatPercent } from '@shared/format';
import {
  defaultSettings,
  resolveFormatLocale,
  resolveUiLanguage,
  type FormatLocale,
  type Settings,
  type UiLanguage,
} from '@shared/domain/settings';
import { useSettings } from '../api/use-settings';
import { setNumberLocale } from '../i18n/i18n';

export interface Preferences {
  settings: Settings;
  systemLocale: string;
  language: UiLanguage;
  locale: FormatLocale;
  money(minorUnits: number, currency?: string): string;
  number(value: number, maximumFractionDigits?: number): string;
  percent(fraction: number, maximumFractionDigits?: number): string;
  date(isoDate: string): string;
}

const PreferencesContext = createContext<Preferences | null>(null);

export function preferencesFor(settings: Settings, systemLocale: string): Preferences {
  const language = resolveUiLanguage(settings.language, systemLocale);
  const locale = resolveFormatLocale(settings.formatLocale, language, systemLocale);
  return {
    settings,
    systemLocale,
    language,
    locale,
    money: (minor, currency = settings.currency) => formatMoney(minor, currency, locale),
    number: (value, digits) => formatNumber(value, locale, digits),
    percent: (fraction, digits) => formatPercent(fraction, locale, digits),
    date: (iso) => formatDate(iso, locale),
  };
}

/**
 * Applies the stored settings to the whole UI: language, number/date locale and theme.
 * Until the settings arrive the system defaults are used, so nothing flashes untranslated.
 */
export function PreferencesProvider({ children, systemLocale = navigator.language }: { children: ReactNode; systemLocale?: string }) {
  const { data } = useSettings();
  const { i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const preferences = useMemo(() => preferencesFor(data ?? defaultSettings, systemLocale), [data, systemLocale]);
  // Set while rendering, not in an effect: the strings of this very render use it.
  setNumberLocale(preferences.locale);

  useEffect(() => {
    if (i18n.language !== preferences.language) void i18n.changeLanguage(preferences.language);
    document.documentElement.lang = preferences.language;
  }, [i18n, preferences.language]);

  useEffect(() => {
    setColorScheme(preferences.settings.theme === 'system' ? 'auto' : preferences.settings.theme);
  }, [setColorScheme, preferences.settings.theme]);

  return <PreferencesContext.Provider value={preferences}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences must be used inside <PreferencesProvider>');
  return preferences;
}
