import { z } from 'zod';

/**
 * What a partnership's content achieved, as the creator's insights and the brand's tracking
 * report it (domain §8): totals over its content, each blank until known. Revenue is in minor
 * units of the campaign's currency (tracked sales, promo codes).
 */
const count = (what: string) => z.number().int(`${what}: use a whole number`).min(0, `${what} cannot be negative`).max(1e12, `${what} is implausibly large`).nullable();

export const resultFields = ['reach', 'impressions', 'engagements', 'clicks', 'conversions'] as const;
export type ResultField = (typeof resultFields)[number];

export const partnershipResultsSchema = z
  .strictObject({
    /** Unique accounts that saw the content. */
    reach: count('Reach'),
    /** Times the content was shown: at least the reach. */
    impressions: count('Impressions'),
    /** Likes, comments, shares and saves together. */
    engagements: count('Engagements'),
    /** Clicks on the tracked link. */
    clicks: count('Clicks'),
    /** Sales attributed through the tracked link or promo code. */
    conversions: count('Conversions'),
    revenue: z.number().int('Use whole cents').min(0, 'Revenue cannot be negative').max(1e13, 'Revenue is implausibly large').nullable(),
    /** The day the figures were read off (insights change for weeks after posting). */
    measuredOn: z.iso.date('Use a date like 2026-03-31').nullable(),
    /** Where they came from: "Instagram insights", "Shopify, code ANNA15". */
    source: z.string().trim().max(200, 'At most 200 characters'),
  })
  .refine((r) => r.reach === null || r.impressions === null || r.impressions >= r.reach, {
    message: 'Impressions count every view, so they are at least the reach',
    path: ['impressions'],
    params: { rule: 'results.impressionsBelowReach' },
  })
  .refine((r) => r.clicks === null || r.impressions === null || r.clicks <= r.impressions, {
    message: 'There cannot be more clicks than impressions',
    path: ['clicks'],
    params: { rule: 'results.clicksAboveImpressions' },
  });
export type PartnershipResults = z.infer<typeof partnershipResultsSchema>;

export const emptyResults: PartnershipResults = { reach: null, impressions: null, engagements: null, clicks: null, conversions: null, revenue: null, measuredOn: null, source: '' };

/** Whether any figure has been entered. */
export function hasResults(results: PartnershipResults | null): results is PartnershipResults {
  return results !== null && (resultFields.some((f) => results[f] !== null) || results.revenue !== null);
}
