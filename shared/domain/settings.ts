import { z } from 'zod';

export const uiLanguages = ['nl', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

/**
 * Locales offered for number and date formatting. A closed list keeps the
 * choice meaningful (each is tested to format money and dates) instead of
 * accepting any BCP 47 tag a user might mistype.
 */
export const formatLocales = [
  'nl-NL',
  'nl-BE',
  'en-GB',
  'en-US',
  'en-IE',
  'de-DE',
  'fr-FR',
  'fr-BE',
  'es-ES',
] as const;
export type FormatLocale = (typeof formatLocales)[number];

/** ISO 4217 codes known to the runtime's ICU data (Node and Chromium ship the same list). */
const knownCurrencies: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return knownCurrencies.has(code);
}

/**
 * Codes ICU still knows that no one pays a creator in: drawing rights and units of account
 * (XDR, XSU), and currencies withdrawn since (CUC 2021, HRK 2023 for the euro, SLL for SLE,
 * ZWL for ZWG, ANG for XCG). Still valid where they are stored; just not offered.
 */
const notOffered: ReadonlySet<string> = new Set(['XDR', 'XSU', 'CUC', 'HRK', 'SLL', 'ZWL', 'ANG']);

/** The currencies offered for a workspace or campaign, and `current` when it is one no longer offered. */
export function currencyCodes(current?: string): string[] {
  return [...knownCurrencies].filter((code) => !notOffered.has(code) || code === current);
}

export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code such as EUR or USD')
  .refine(isCurrencyCode, 'Unknown ISO 4217 currency code');

export const settingsSchema = z.object({
  workspaceName: z.string().trim().min(1, 'The workspace needs a name').max(120, 'At most 120 characters'),
  currency: currencyCodeSchema,
  /** null: follow the operating system's language. */
  language: z.enum(uiLanguages).nullable(),
  /** null: derive from the UI language and the operating system. */
  formatLocale: z.enum(formatLocales).nullable(),
  theme: z.enum(themes),
  /**
   * Units of the workspace currency per 1 US dollar, entered by the user (the app is
   * offline and fetches no rates). Benchmarks are in USD; with a rate they are also shown converted.
   */
  benchmarkExchangeRate: z.number().positive('The exchange rate must be above 0').max(1_000_000, 'The exchange rate is implausibly high').nullable(),
  /** Who is recorded in partnership histories; null: the computer's user name. */
  userName: z.string().trim().max(80, 'At most 80 characters').nullable(),
  /**
   * The rate last entered for each workspace currency used (read-only): switching the currency
   * back offers it again. Kept by the backend, never patched.
   */
  knownExchangeRates: z.record(z.string(), z.number().positive()),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  workspaceName: 'Microplan',
  currency: 'EUR',
  language: null,
  formatLocale: null,
  theme: 'system',
  benchmarkExchangeRate: null,
  userName: null,
  knownExchangeRates: {},
};

/** A partial update; absent fields keep their stored value. */
export const settingsPatchSchema = settingsSchema.omit({ knownExchangeRates: true }).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The language the UI should use, given the stored choice and the OS/browser locale. */
export function resolveUiLanguage(choice: UiLanguage | null, systemLocale: string): UiLanguage {
  if (choice) return choice;
  return systemLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The locale for numbers and dates: the explicit choice, else the system locale if offered, else one matching the UI language. */
export function resolveFormatLocale(choice: FormatLocale | null, language: UiLanguage, systemLocale: string): FormatLocale {
  if (choice) return choice;
  const offered = formatLocales.find((l) => l.toLowerCase() === systemLocale.toLowerCase());
  if (offered && offered.startsWith(language)) return offered;
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}

/** Countries paying in euros (2026), for `currencyOfLocale`. */
const euroRegions = new Set(['AT', 'BE', 'BG', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);
const regionCurrencies: Readonly<Record<string, string>> = {
  US: 'USD', GB: 'GBP', CA: 'CAD', AU: 'AUD', NZ: 'NZD', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF',
  RO: 'RON', IS: 'ISK', JP: 'JPY', IN: 'INR', SG: 'SGD', HK: 'HKD', ZA: 'ZAR', BR: 'BRL', MX: 'MXN', AE: 'AED', IL: 'ILS', TR: 'TRY',
};

/** The currency of a locale's region ("en-US" → USD, "nl" → EUR, its likely region being NL); null when unknown. */
export function currencyOfLocale(locale: string): string | null {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return null;
  }
  if (!region) return null;
  return euroRegions.has(region) ? 'EUR' : (regionCurrencies[region] ?? null);
}
