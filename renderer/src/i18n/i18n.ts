import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '@shared/domain/settings';
import { formatNumber } from '@shared/format';
import { en } from './locales/en';
import { nl } from './locales/nl';

export const resources = { en: { translation: en }, nl: { translation: nl } } as const;

/**
 * The user's number locale (settings may pair English text with Dutch numbers), set by the
 * preferences. One per window: the app has one set of preferences.
 */
let numberLocale: string | null = null;

/** Called by the preferences whenever they render, so the strings of that render use it. */
export function setNumberLocale(locale: string): void {
  numberLocale = locale;
}

/**
 * One i18next instance per app (and per DOM test), so tests can pick their language.
 * `{{count, number}}` in a string formats the number in the user's number locale
 * ("100.000 rijen", "100,000 rows"), like every other number on screen.
 */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, numberLocale ?? lng ?? 'en') : String(value),
  );
  return instance;
}
