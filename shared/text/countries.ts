import { foldForSearch } from './fold';

/**
 * Countries as people write them in a roster: "Nederland", "Netherlands", "NL", "Holland" are
 * one country. The names come from Intl in the languages our users write (so no table of
 * 250 countries to keep), plus the everyday aliases Intl does not know.
 */
const languages = ['en', 'nl', 'de', 'fr', 'es'] as const;
const aliases: Record<string, string> = {
  holland: 'NL',
  'the netherlands': 'NL',
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  // Older or everyday English names Intl no longer gives ("Türkiye", "Czechia", "Côte d’Ivoire").
  turkey: 'TR',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  korea: 'KR',
};

let byName: Map<string, string> | null = null;
let namesOf: Map<string, string[]> | null = null;

function build(): void {
  byName = new Map();
  namesOf = new Map();
  const namers = languages.map((language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
  const english = namers[0]!;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      // Only assigned country codes: unknown ones have no name, "ZZ" and aliases like "UK" map elsewhere.
      if (code === 'ZZ' || english.of(code) === undefined || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const names = new Set<string>([code.toLowerCase()]);
      for (const namer of namers) {
        const name = namer.of(code);
        if (name) names.add(foldForSearch(name));
      }
      for (const name of names) if (!byName.has(name)) byName.set(name, code);
      namesOf.set(code, [...names]);
    }
  for (const [alias, code] of Object.entries(aliases)) {
    byName.set(alias, code);
    namesOf.get(code)?.push(alias);
  }
}

/**
 * Every way of writing the country `text` names (folded: "nederland", "netherlands", "nl",
 * "holland", …), or null when it names no country. Whole names only: "neder" is no country.
 */
export function countryVariants(text: string): readonly string[] | null {
  if (!byName) build();
  const code = byName!.get(foldForSearch(text).trim().replace(/\s+/g, ' '));
  return code ? (namesOf!.get(code) ?? null) : null;
}
