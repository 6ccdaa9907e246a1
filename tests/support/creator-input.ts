import type { CreatorInput } from '@shared/domain/creators';

type AccountOverrides = Partial<CreatorInput['accounts'][number]>;

/** A complete, valid creator; tests change only what they are about. */
export function creatorInput(overrides: Partial<CreatorInput> = {}, account: AccountOverrides = {}): CreatorInput {
  return {
    name: 'Anna de Vries',
    status: 'prospect',
    country: 'Netherlands',
    city: 'Utrecht',
    languages: ['nl', 'en'],
    niches: ['fitness'],
    tags: ['summer'],
    email: 'anna@example.nl',
    phone: null,
    agent: null,
    acceptsProductOnly: false,
    audience: null,
    rateCard: [],
    notes: '',
    accounts: [
      {
        platform: 'tiktok',
        handle: 'anna.fit',
        profileUrl: null,
        followers: 25_000,
        avgLikes: 4_500,
        avgComments: 500,
        avgShares: null,
        avgSaves: null,
        avgViews: null,
        postsPerWeek: 3,
        ...account,
      },
    ],
    ...overrides,
  };
}
