import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { tiers } from '@shared/calc/tiers';
import { creatorStatuses } from '@shared/domain/creators';
import { countryVariants } from '@shared/text/countries';
import { foldForSearch } from '@shared/text/fold';

/**
 * SQLite-only: "contains" filters over folded keys. GLOB (not LIKE) because keys are stored
 * folded (lower case, no accents) and GLOB compares them as they are, with literal characters
 * escaped as one-character classes; the trigram index can serve it too.
 */
function containsPattern(text: string): string {
  return `*${escapeGlob(foldForSearch(text))}*`;
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]]/g, (c) => `[${c}]`);
}

/** Short names as whole words only: "nl" in "utrecht, nl" but not in "finland", "inde" (India in French) not in "kinderdijk". */
const wholeWordUpTo = 5;

/** `word` as a whole word anywhere in a key: alone, first, last or in between (words end at anything but a letter or digit). */
function wholeWordPatterns(word: string): string[] {
  const w = escapeGlob(word);
  return [w, `${w}[^a-z0-9]*`, `*[^a-z0-9]${w}`, `*[^a-z0-9]${w}[^a-z0-9]*`];
}

/**
 * The patterns a location filter matches: the text anywhere in the key, or, when it names a
 * country, any way of writing that country ("Nederland" finds "Netherlands", "NL" and
 * "Holland"), wherever it stands in the key ("country city", or only a city column that says
 * "Utrecht, NL").
 */
function locationPatterns(text: string): string[] {
  const variants = countryVariants(text);
  if (!variants) return [containsPattern(text)];
  return variants.flatMap((name) => (name.length <= wholeWordUpTo ? wholeWordPatterns(name) : [`*${escapeGlob(name)}*`]));
}

/** Name, handle and tags: through the FTS5 trigram index (migrations 06 and 20). */
export function searchMatches(text: string): Expression<SqlBool> {
  return sql<SqlBool>`id IN (SELECT rowid FROM creator_account_search WHERE search_key GLOB ${containsPattern(text)})`;
}

/**
 * Location and niche: the pattern is tested against the few distinct keys (migration 20),
 * and the accounts holding a matching key are found through the key's index.
 */
export function keyMatches(kind: 'location' | 'niches', text: string): Expression<SqlBool> {
  const column = kind === 'location' ? 'location_key' : 'niches_key';
  const anyPattern = (patterns: string[]) =>
    sql`(${sql.join(
      patterns.map((pattern) => sql`key GLOB ${pattern}`),
      sql` OR `,
    )})`;
  // A location typed as the roster shows it ("Gent, België") is a city and a country: each part
  // must match, each in any of its ways of writing.
  const parts = kind === 'location' ? locationParts(text).map(locationPatterns) : [[containsPattern(text)]];
  return sql<SqlBool>`${sql.ref(column)} IN (SELECT key FROM roster_filter_key WHERE kind = ${kind} AND ${sql.join(parts.map(anyPattern), sql` AND `)})`;
}

/** The comma-separated parts of a location filter; the whole text when it has none. */
function locationParts(text: string): string[] {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 ? parts : [text];
}

/**
 * A sort column that SQLite may not walk an index for (unary +), so it starts from the
 * filter's index and sorts the few matches instead. Walking the sort column's index and
 * testing every row is the fast plan when many rows match, and the slowest when few do:
 * a filter matching nothing visited all 100,000 accounts to find that out.
 */
export function sortWithoutIndex(column: string | RawBuilder<number>): RawBuilder<unknown> {
  return typeof column === 'string' ? sql`+${sql.ref(column)}` : sql`+(${column})`;
}

/**
 * A column's words in the order the user reads them, not the alphabet's (tiers nano → mega,
 * statuses along the pipeline), as a number to sort on. Indexes of migration 33 lead with these
 * very expressions, so a page walks them; keep the two the same (a test checks the plans).
 */
function rankOf(column: string, words: readonly string[], before: readonly string[] = []): RawBuilder<number> {
  const ranks = [...before, ...words].map((word, rank) => sql`WHEN ${sql.lit(word)} THEN ${sql.lit(rank)}`);
  return sql<number>`CASE ${sql.ref(column)} ${sql.join(ranks, sql` `)} ELSE ${sql.lit(ranks.length)} END`;
}

/** 1 when the column holds no value, else 0: sorted first, it puts the blanks last. Leads indexes of migration 34. */
export function isMissing(column: string): RawBuilder<number> {
  return sql<number>`(${sql.ref(column)} IS NULL)`;
}

/** Unclassified (below nano) first, then nano to mega. */
export const tierRank = rankOf('tier', tiers, ['unclassified']);
/** Prospect, vetting, approved, active, ambassador, archived. */
export const statusRank = rankOf('creator_status', creatorStatuses);
