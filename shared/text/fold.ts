/**
 * Text as search compares it: lower case and without accents, so "Évora" is found by "evora"
 * and "België" by "belgie". Done in JavaScript because SQLite's lower() only knows ASCII.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
