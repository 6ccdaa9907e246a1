/**
 * Outreach templates with merge fields (issue #7). `{firstName}` style fields are replaced by the
 * creator's and campaign's values; a field without a value is reported instead of silently left
 * empty, so a message never goes out with "Hi ," in it.
 */
export const mergeFields = ['firstName', 'name', 'handle', 'platform', 'recentPostTopic', 'brand', 'campaign', 'offer', 'senderName'] as const;
export type MergeField = (typeof mergeFields)[number];
export type MergeValues = Partial<Record<MergeField, string | null | undefined>>;

/** The merge fields' Dutch names, for templates written in Dutch ({voornaam} is {firstName}); spelled exactly, as the English ones. */
export const dutchMergeFields: Readonly<Record<MergeField, string>> = {
  firstName: 'voornaam',
  name: 'naam',
  handle: 'handle',
  platform: 'platform',
  recentPostTopic: 'recentOnderwerp',
  brand: 'merk',
  campaign: 'campagne',
  offer: 'aanbod',
  senderName: 'afzender',
};
const byDutchName = new Map(Object.entries(dutchMergeFields).map(([field, dutch]) => [dutch, field as MergeField]));

/** The merge field a `{name}` stands for, in English or Dutch; null when it is none. */
function mergeFieldNamed(name: string): MergeField | null {
  return (mergeFields as readonly string[]).includes(name) ? (name as MergeField) : (byDutchName.get(name) ?? null);
}

export interface FilledText {
  text: string;
  /** Fields used in the text that have no value (left as `{field}` in the text), as the text names them. */
  missing: string[];
  /** The same fields by their English names, for code that acts on one of them. */
  missingFields: MergeField[];
  /** `{words}` in braces that are not merge fields: probably typos. */
  unknown: string[];
}

const fieldPattern = /\{([A-Za-z]+)\}/g;

export function fillTemplate(template: string, values: MergeValues): FilledText {
  const missing = new Set<string>();
  const missingFields = new Set<MergeField>();
  const unknown = new Set<string>();
  const text = template.replace(fieldPattern, (whole, name: string) => {
    const field = mergeFieldNamed(name);
    if (field === null) {
      unknown.add(name);
      return whole;
    }
    const value = values[field]?.trim();
    if (!value) {
      missing.add(name);
      missingFields.add(field);
      return whole;
    }
    return value;
  });
  return { text, missing: [...missing], missingFields: [...missingFields], unknown: [...unknown] };
}

export interface UnknownMergeField {
  /** As the text has it, without braces. */
  name: string;
  /** The merge field it most likely meant (same language), or null when none is close. */
  suggestion: string | null;
}

const knownNames: readonly string[] = [...new Set([...mergeFields, ...Object.values(dutchMergeFields)])];

/** Edits (insert, delete, replace) from `a` to `b`; names are short, so the plain table is enough. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** The known name `name` was probably meant to be: the same but for case, else at most two typos away. */
function nearestMergeField(name: string): string | null {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | null = null;
  for (const known of knownNames) {
    const distance = editDistance(lower, known.toLowerCase());
    if (distance <= 2 && (best === null || distance < best.distance)) best = { name: known, distance };
  }
  return best?.name ?? null;
}

/**
 * `{words}` in a template that are not merge fields (fields are spelled exactly, so `{firstname}`
 * is one too), each once, with the field it probably meant: checked when a template is saved, so a
 * template that cannot fill in is not found out only when a message is written from it.
 */
export function unknownMergeFields(template: string): UnknownMergeField[] {
  const names = new Set([...template.matchAll(fieldPattern)].map((m) => m[1]!).filter((name) => mergeFieldNamed(name) === null));
  return [...names].map((name) => ({ name, suggestion: nearestMergeField(name) }));
}

/** The first word of a creator's name, for a friendly greeting. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** Mail apps (Windows in particular) drop longer `mailto:` links; beyond this the user copies instead. */
export const MAILTO_MAX_LENGTH = 2000;

const singleAddress = /^[^\s@,;?&%]+@[^\s@,;?&%]+\.[^\s@,;?&%]+$/;

/**
 * A `mailto:` address with subject and body, encoded so that no character of the message can
 * add headers or recipients. Null when the address does not look like one or the link is too long.
 */
export function mailtoUrl(email: string, subject: string, body: string): string | null {
  const address = email.trim();
  if (!singleAddress.test(address)) return null;
  const url = `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return url.length <= MAILTO_MAX_LENGTH ? url : null;
}

/** One recipient, and only a subject and a body: nothing that adds recipients or attaches files. */
export function isSafeMailto(url: string): boolean {
  if (url.length > MAILTO_MAX_LENGTH || /[\s<>"]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'mailto:') return false;
    if (!singleAddress.test(decodeURIComponent(parsed.pathname))) return false;
    return [...parsed.searchParams.keys()].every((key) => key === 'subject' || key === 'body');
  } catch {
    return false;
  }
}
