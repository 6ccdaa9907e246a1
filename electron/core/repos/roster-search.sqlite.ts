import { sql, type Expression, type SqlBool } from 'kysely';
import { foldForSearch } from '@shared/text/fold';

/**
 * SQLite-only: "contains" filters through the FTS5 trigram index of migration 06.
 * GLOB (not LIKE) because the index can serve GLOB with literal characters escaped as
 * one-character classes; keys are stored folded (lower case, no accents), and so is the text.
 */
function containsPattern(text: string): string {
  return `*${foldForSearch(text).replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
}

type SearchColumn = 'search_key' | 'location_key' | 'niches_key';

export function accountMatches(column: SearchColumn, text: string): Expression<SqlBool> {
  return sql<SqlBool>`id IN (SELECT rowid FROM creator_account_search WHERE ${sql.ref(column)} GLOB ${containsPattern(text)})`;
}
