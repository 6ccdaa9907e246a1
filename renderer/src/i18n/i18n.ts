import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '@shared/domain/settings';
import { en } from './locales/en';
import { nl } from './locales/nl';

export const resources = { en: { translation: en }, nl: { translation: nl } } as const;

/** One i18next instance per app (and per DOM test), so tests can pick their language. */
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
  return instance;
}
