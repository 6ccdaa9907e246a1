import { currencyOfLocale } from './settings';

/** Where the demo creators live: the Netherlands and Flanders, or the United States and Canada. */
export const demoPlaces = ['benelux', 'northAmerica'] as const;
export type DemoPlaces = (typeof demoPlaces)[number];

/** The demo roster for a user's system locale: North American for en-US and en-CA, else the Benelux one. */
export function demoPlacesFor(locale: string): DemoPlaces {
  const currency = currencyOfLocale(locale);
  return currency === 'USD' || currency === 'CAD' ? 'northAmerica' : 'benelux';
}
