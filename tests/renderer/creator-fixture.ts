import type { ApiResult } from '@shared/api/contract';
import type { AccountView, CreatorDetail } from '@shared/domain/creators';
import type { Settings } from '@shared/domain/settings';
import { fakeTransport } from './fake-transport';

const account = (over: Partial<AccountView>): AccountView => ({
  id: 1,
  platform: 'tiktok',
  handle: 'anna.fit',
  profileUrl: null,
  followers: 50_000,
  avgLikes: 30_000,
  avgComments: 2_900,
  avgShares: null,
  avgSaves: null,
  avgViews: null,
  postsPerWeek: 3,
  tier: 'micro',
  erFollowers: 0.658,
  erVerdict: 'above',
  erReported: null,
  erSource: 'computed',
  sourceFile: null,
  flagCount: 1,
  snapshots: [],
  ...over,
});

/**
 * The reviewed creator: TikTok 50,000 followers at 65.8 % ER (3.7× the 18 % benchmark), a smaller
 * Instagram account, a €450 rate for a TikTok post, and a snapshot history with one snapshot
 * whose likes and comments were not recorded.
 */
export function reviewedCreator(over: Partial<CreatorDetail> = {}): CreatorDetail {
  return {
    id: 7,
    name: 'Anna de Vries',
    status: 'vetting',
    country: 'Netherlands',
    city: 'Utrecht',
    languages: ['nl'],
    niches: ['fitness'],
    tags: [],
    email: null,
    phone: null,
    agent: null,
    acceptsProductOnly: false,
    audience: null,
    rateCard: [{ platform: 'tiktok', deliverable: 'post', amount: 45_000, currency: 'EUR' }],
    notes: '',
    vetting: {},
    vettingScore: 0.1,
    isDemo: false,
    deleted: false,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-06-01T10:00:00.000Z',
    accounts: [
      account({
        snapshots: [
          { asOf: '2025-01-01', followers: 40_000, avgLikes: 20_000, avgComments: 2_000, avgShares: null, avgSaves: null, avgViews: null, erReported: null, source: 'manual' },
          { asOf: '2025-03-01', followers: 45_000, avgLikes: null, avgComments: null, avgShares: null, avgSaves: null, avgViews: null, erReported: null, source: 'manual' },
          { asOf: '2025-06-01', followers: 50_000, avgLikes: 30_000, avgComments: 2_900, avgShares: null, avgSaves: null, avgViews: null, erReported: null, source: 'manual' },
        ],
      }),
      account({ id: 2, platform: 'instagram', handle: 'anna.eats', followers: 8_000, avgLikes: 400, avgComments: 40, erFollowers: 0.055, erVerdict: 'within', flagCount: 0, snapshots: [] }),
    ],
    ...over,
  };
}

/** The fake backend with one creator; `onSnapshot` answers creators:addSnapshot (else it is refused as unexpected). */
export function creatorBackend(creator: CreatorDetail, settings: Partial<Settings> = {}, onSnapshot?: (input: unknown) => ApiResult<unknown>) {
  const fake = fakeTransport(settings);
  const sent: [string, unknown][] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel === 'creators:get') return { ok: true, data: creator };
    if (channel === 'creators:addSnapshot') {
      sent.push([channel, input]);
      return onSnapshot?.(input) ?? { ok: false, error: { code: 'internal', message: 'not expected' } };
    }
    return fake.transport(channel, input);
  };
  return { transport, sent };
}
