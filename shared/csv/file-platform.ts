import { platforms, type Platform } from '../calc/tiers';
import { platformOfHeader, type ColumnMapping } from './headers';

/**
 * The platform a file's rows are on when its headers say so ("Instagram username", "Instagram
 * followers") and no column holds the platform: the platform the mapped columns' headers name,
 * if they name exactly one. Mapped columns only, so a file with columns for two platforms
 * (Upfluence's `instagram_username, …, tiktok_username, …`) follows the ones the user imports.
 */
export function filePlatformOf(header: readonly string[], mapping: ColumnMapping): Platform | null {
  if (mapping.includes('platform')) return null;
  const named = new Set<Platform>();
  mapping.forEach((field, index) => {
    const platform = field === null ? null : platformOfHeader(header[index] ?? '');
    if (platform !== null) named.add(platform);
  });
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * Every platform the headers name, mapped or not, in the usual order. More than one is a file
 * with an account per platform on each row, of which one import takes one account per row.
 */
export function platformsNamedBy(header: readonly string[]): Platform[] {
  const named = new Set(header.map(platformOfHeader));
  return platforms.filter((platform) => named.has(platform));
}
