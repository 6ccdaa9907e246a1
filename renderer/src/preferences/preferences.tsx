import { useMantineColorScheme } from '@mantine/core';
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
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
import { numberLocaleChanged, setNumberLocale } from '../i18n/i18n';

export interface Preferences {
  settings: Settings;
  systemLocale: string;
  language: UiLanguage;
  locale: FormatLocale;
  money(minorUnits: number, currency?: string): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** `fixed`: always `maximumFractionDigits` decimals, for figures in a column. */
  percent(fraction: number, maximumFractionDigits?: number, fixed?: boolean): string;
  /** `medium` ("24 nov 2026") where a column has little room; `long` otherwise. */
  date(isoDate: string, style?: 'long' | 'medium'): string;
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
    percent: (fraction, digits, fixed) => formatPercent(fraction, locale, digits, fixed),
    date: (iso, style) => formatDate(iso, locale, style),
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
  // The instance itself, as created: useTranslation hands out a wrapper around it.
  const instance = useContext(I18nContext)?.i18n ?? i18n;
  setNumberLocale(instance, preferences.locale);
  const shownLocale = useRef(preferences.locale);

  // After a change of number format only, components outside this context (they only call t())
  // render again too; emitted after the commit, as re-rendering them during this render is not allowed.
  useEffect(() => {
    if (preferences.locale === shownLocale.current) return;
    shownLocale.current = preferences.locale;
    i18n.emit(numberLocaleChanged);
  }, [i18n, preferences.locale]);

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
