import { handleKey as normaliseHandle } from '../domain/creators';
import { platforms, type Platform } from '../calc/tiers';
import { normaliseHeader } from './headers';

/** Platform names as they appear in spreadsheets, compared like headers (case, spaces and dashes ignored). */
export const platformAliases: Readonly<Record<Platform, readonly string[]>> = {
  instagram: ['instagram', 'ig', 'insta'],
  tiktok: ['tiktok', 'tt', 'tik tok'],
  youtube: ['youtube', 'yt', 'you tube'],
};

const platformByAlias: ReadonlyMap<string, Platform> = new Map(
  platforms.flatMap((platform) => platformAliases[platform].map((alias) => [normaliseHeader(alias), platform] as const)),
);

export function parsePlatform(raw: string): Platform | null {
  // The plain lower-case lookup answers nearly every cell without the Unicode normalisation.
  return platformByAlias.get(raw.trim().toLowerCase()) ?? platformByAlias.get(normaliseHeader(raw)) ?? null;
}

/** Letters and digits of any script, ".", "_" and "-": what the three platforms allow in a handle. */
const handlePattern = /^[\p{L}\p{N}._-]+$/u;
export const MAX_HANDLE_LENGTH = 100;

/** Lower-case ASCII letters and digits, ".", "_" and "-". */
function isLowerCaseAsciiHandleCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x5f || code === 0x2d;
}

function isAsciiUpperCase(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

export function isValidHandle(handle: string): boolean {
  if (handle.length === 0 || handle.length > MAX_HANDLE_LENGTH) return false;
  // ASCII handles (nearly every row) are answered without the Unicode pattern.
  for (let i = 0; i < handle.length; i++) {
    const code = handle.charCodeAt(i);
    if (!isLowerCaseAsciiHandleCharacter(code) && !isAsciiUpperCase(code)) return handlePattern.test(handle);
  }
  return true;
}

/**
 * A handle trimmed, without a leading "@" and in lower case, as the domain's `handleKey`
 * makes it. A handle of lower-case ASCII letters, digits, ".", "_" and "-" (nearly every
 * one) is that already and is returned as it is: a new string per row for 100,000 rows
 * was a noticeable part of finding duplicates.
 */
export function normalisedHandle(handle: string): string {
  for (let i = 0; i < handle.length; i++) {
    if (!isLowerCaseAsciiHandleCharacter(handle.charCodeAt(i))) return normaliseHandle(handle);
  }
  return handle;
}

const hostPlatforms: readonly (readonly [RegExp, Platform])[] = [
  [/^(?:www\.|m\.)?instagram\.com$|^instagr\.am$/, 'instagram'],
  [/^(?:www\.|m\.)?tiktok\.com$/, 'tiktok'],
  [/^(?:www\.|m\.)?youtube\.com$/, 'youtube'],
];

/** Hosts of short links to a post or video: never a profile, but they say the platform. */
const shortLinkHosts: readonly (readonly [RegExp, Platform])[] = [
  [/^v[mt]\.tiktok\.com$/, 'tiktok'],
  [/^youtu\.be$/, 'youtube'],
];

/** Instagram paths that are posts or features, not people. */
const instagramNonProfiles = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', 'stories']);

export type ProfileUrlReading =
  /** Not a link at all: the text is meant as a handle. */
  | { readonly kind: 'notUrl' }
  | { readonly kind: 'profile'; readonly platform: Platform; readonly handle: string; readonly url: string }
  /** A web address, but not a profile: a post, video or short link on a known platform (`platform`), or another site (null). */
  | { readonly kind: 'otherUrl'; readonly url: string; readonly platform: Platform | null }
  | { readonly kind: 'invalidUrl' };

const schemeless = /^(?:www\.|(?:m\.)?(?:instagram\.com|instagr\.am|tiktok\.com|youtube\.com)\/)/i;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed %-escape: keep it, the handle check will refuse it.
    return segment;
  }
}

/**
 * Reads a link such as https://www.instagram.com/name/, tiktok.com/@name or
 * youtube.com/@name (also /c/name, /user/name and /channel/ID) as platform + handle.
 */
export function readProfileUrl(raw: string): ProfileUrlReading {
  const text = raw.trim();
  if (!text.includes('/') && !text.includes(':')) return { kind: 'notUrl' };
  const withScheme = schemeless.test(text) ? `https://${text}` : text;
  if (!/^https?:\/\//i.test(withScheme)) return /^[a-z][a-z0-9+.-]*:/i.test(text) || text.includes('/') ? { kind: 'invalidUrl' } : { kind: 'notUrl' };
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { kind: 'invalidUrl' };
  }
  const href = url.href;
  const platform = hostPlatforms.find(([host]) => host.test(url.hostname.toLowerCase()))?.[1];
  if (!platform) return { kind: 'otherUrl', url: href, platform: shortLinkHosts.find(([host]) => host.test(url.hostname.toLowerCase()))?.[1] ?? null };
  const segments = url.pathname.split('/').filter((s) => s !== '').map(decodeSegment);
  let handle: string | undefined;
  if (platform === 'instagram') {
    const [first, second] = segments;
    handle = first === 'stories' ? second : first && !instagramNonProfiles.has(first.toLowerCase()) ? first : undefined;
  } else if (platform === 'tiktok') {
    handle = segments[0]?.startsWith('@') ? segments[0] : undefined;
  } else {
    const [first, second] = segments;
    if (first?.startsWith('@')) handle = first;
    else if (first === 'c' || first === 'user' || first === 'channel') handle = second;
  }
  handle = handle?.replace(/^@/, '');
  return handle && isValidHandle(handle) ? { kind: 'profile', platform, handle, url: href } : { kind: 'otherUrl', url: href, platform };
}
