import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '@shared/domain/settings';
import { formatNumber } from '@shared/format';
import { en } from './locales/en';
import { nl } from './locales/nl';

export const resources = { en: { translation: en }, nl: { translation: nl } } as const;

/**
 * The user's number locale per i18next instance (settings may pair English text with Dutch
 * numbers). The preferences set it while they render, so the strings of that render use it.
 */
const numberLocales = new WeakMap<i18n, string>();

/** Event that re-renders every `useTranslation` user when the number locale changed. */
export const numberLocaleChanged = 'numberLocaleChanged';

export function setNumberLocale(instance: i18n, locale: string): void {
  numberLocales.set(instance, locale);
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
    // Components that only call t() must re-render when the numbers in their strings change format.
    react: { bindI18n: `languageChanged ${numberLocaleChanged}` },
  });
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, numberLocales.get(instance) ?? lng ?? 'en') : String(value),
  );
  return instance;
}
