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
