import type { TFunction } from 'i18next';

const NAME_MAX = 120;

/**
 * A duplicate's name in the user's language, "Zomer (kopie)", numbered when that name is taken
 * ("Zomer (kopie 2)"), and shortened at the original's end so the suffix always fits the
 * 120 characters a name may have (cut off, a long name's copy looked like the original).
 */
export function copyName(name: string, taken: ReadonlySet<string>, t: TFunction): string {
  const fit = (n: number) => {
    const suffixed = (base: string) => (n === 1 ? t('plans.copyName', { name: base }) : t('plans.copyNameNumbered', { name: base, number: n }));
    const room = NAME_MAX - (suffixed(name).length - name.length);
    return suffixed(name.length > room ? name.slice(0, room).trimEnd() : name);
  };
  let n = 1;
  while (taken.has(fit(n)) && n < 1000) n++;
  return fit(n);
}
