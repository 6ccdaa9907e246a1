import { creatorStatuses, type CreatorStatus } from './creators';

/**
 * Roster statuses as import files write them: Microplan's own (English codes, Dutch and English
 * labels) and the words influencer tools and agencies' sheets use for the same stage. Lower case.
 */
const statusWords: Readonly<Record<string, CreatorStatus>> = {
  ...Object.fromEntries(creatorStatuses.map((s) => [s, s])),
  lead: 'prospect',
  new: 'prospect',
  nieuw: 'prospect',
  'in screening': 'vetting',
  screening: 'vetting',
  'in review': 'vetting',
  reviewing: 'vetting',
  'in beoordeling': 'vetting',
  vetted: 'approved',
  goedgekeurd: 'approved',
  actief: 'active',
  live: 'active',
  ambassadeur: 'ambassador',
  'brand ambassador': 'ambassador',
  gearchiveerd: 'archived',
  inactive: 'archived',
  inactief: 'archived',
};

/** A status word Microplan knows; anything else ("on hold") never overwrites a stored status. */
export function knownStatus(raw: string | null): CreatorStatus | undefined {
  return raw ? statusWords[raw.trim().toLowerCase()] : undefined;
}

/** A new creator's status: the file's when Microplan knows the word, else prospect. */
export function statusOf(raw: string | null): CreatorStatus {
  return knownStatus(raw) ?? 'prospect';
}

/** The status words of the rows that Microplan does not know, each once as first written, with how many rows use it. */
export function unknownStatusWords(statuses: Iterable<string | null>): { word: string; rows: number }[] {
  const found = new Map<string, { word: string; rows: number }>();
  for (const raw of statuses) {
    if (raw === null || knownStatus(raw)) continue;
    const key = raw.trim().toLowerCase();
    const entry = found.get(key);
    if (entry) entry.rows++;
    else found.set(key, { word: raw.trim(), rows: 1 });
  }
  return [...found.values()];
}
