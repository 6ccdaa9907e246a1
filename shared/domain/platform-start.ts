import type { Platform } from '../calc/tiers';

/**
 * The year each platform began (TikTok's by Douyin, 2016). Figures dated earlier were misread,
 * not measured: "26-08-01" read day first is 26 August 2001, before Instagram existed.
 */
export const platformStartYear: Readonly<Record<Platform, number>> = { youtube: 2005, instagram: 2010, tiktok: 2016 };

const startDays = {
  youtube: `${platformStartYear.youtube}-01-01`,
  instagram: `${platformStartYear.instagram}-01-01`,
  tiktok: `${platformStartYear.tiktok}-01-01`,
} satisfies Record<Platform, string>;

/** The first day on which the platform could have had figures. */
export function platformStartDay(platform: Platform): string {
  return startDays[platform];
}

/** The first day any platform Microplan knows could have had figures (YouTube's year). */
export const firstPlatformDay = `${Math.min(...Object.values(platformStartYear))}-01-01`;
