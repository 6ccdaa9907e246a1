import type { CreatorField } from './headers';

/**
 * Longest text accepted per field, in characters: the limits of a creator edited by hand
 * (`creatorInputSchema`), so an imported creator can still be edited and saved.
 */
export const maxFieldLengths: Readonly<Partial<Record<CreatorField, number>>> = {
  name: 200,
  // A handle cell may hold the profile link; the handle itself is checked by `isValidHandle`.
  handle: 500,
  profileUrl: 500,
  country: 100,
  city: 100,
  // Stored as the creator's city when the file has no city column.
  location: 100,
  languages: 500,
  niches: 1000,
  tags: 1000,
  email: 254,
  phone: 40,
  agent: 200,
  status: 100,
  notes: 10_000,
  creatorRef: 100,
};

/** Largest value accepted per number field (followers and fees as whole numbers, fees in minor units), as for a creator edited by hand. */
export const maxFieldValues: Readonly<Partial<Record<CreatorField, number>>> = {
  followers: 10_000_000_000,
  avgLikes: 1e12,
  avgComments: 1e12,
  avgShares: 1e12,
  avgSaves: 1e12,
  avgViews: 1e12,
  postsPerWeek: 500,
  ratePerPost: 1e12,
};

/** Longest item of a list (languages, niches, tags), as a tag typed by hand. */
export const maxListItemLength = 60;
