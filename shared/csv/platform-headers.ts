import type { Platform } from '../calc/tiers';

/**
 * Headers that name a platform along with the field: single-platform exports of influencer
 * tools (HypeAuditor's Instagram report, Modash's per-platform search, Later) write "Instagram
 * username" or "YouTube subscribers" instead of a platform column. Such a header maps to its
 * field and says which platform the file's rows are on (`filePlatformOf`). Kept apart from
 * `creatorFieldAliases`, which name fields only; both are matched like any header
 * (`normaliseHeader`) and are unique together (a test keeps it so; the README lists this table).
 */
export type PlatformHeaderField = 'handle' | 'profileUrl' | 'followers';

export const platformHeaderAliases: Readonly<Record<Platform, Readonly<Record<PlatformHeaderField, readonly string[]>>>> = {
  instagram: {
    handle: ['instagram username', 'instagram handle', 'instagram account', 'ig username', 'ig handle', 'ig account', 'instagram gebruikersnaam', 'instagram accountnaam'],
    profileUrl: ['instagram url', 'instagram link', 'instagram profile', 'instagram profile url', 'ig url', 'ig link', 'instagram profiel'],
    followers: ['instagram followers', 'ig followers', 'instagram volgers', 'ig volgers'],
  },
  tiktok: {
    handle: ['tiktok username', 'tiktok handle', 'tiktok account', 'tiktok gebruikersnaam', 'tiktok accountnaam'],
    profileUrl: ['tiktok url', 'tiktok link', 'tiktok profile', 'tiktok profile url', 'tiktok profiel'],
    followers: ['tiktok followers', 'tiktok fans', 'tiktok volgers'],
  },
  youtube: {
    handle: ['youtube channel', 'youtube handle', 'youtube username', 'youtube account', 'channel handle', 'youtube kanaal'],
    profileUrl: ['youtube url', 'youtube link', 'youtube channel url', 'channel url', 'channel link', 'youtube kanaal url'],
    followers: ['youtube subscribers', 'youtube followers', 'channel subscribers', 'youtube abonnees'],
  },
};
