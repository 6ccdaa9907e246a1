import seed from '../../../resources/demo/demo-roster-seed.json';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { engagementBenchmarkFor } from '@shared/calc/benchmark-comparison';
import type { Platform } from '@shared/calc/tiers';
import { creatorStatuses, type CreatorInput } from '@shared/domain/creators';
import type { DemoPlaces } from '@shared/domain/demo';
import type { UiLanguage } from '@shared/domain/settings';

/** An audit score as tools report it (84.4 %), not a float with ten decimals the form would show. */
const tenthOfAPercent = (share: number): number => Math.round(share * 1000) / 1000;

export interface DemoCreator {
  input: CreatorInput;
  /** Earlier follower counts per account (same order as input.accounts), oldest first, as [daysAgo, followers]. */
  history: [number, number][][];
}

/** A small deterministic PRNG (mulberry32), so the demo roster is the same on every machine. */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Typical ER by followers where the shipped benchmarks have none (YouTube, mid and macro tiers). */
const fallbackEr: Record<Platform, number> = { instagram: 0.045, tiktok: 0.12, youtube: 0.04 };

/**
 * The ER a demo account is drawn around: its tier's shipped benchmark (TikTok micro 18 %), so
 * that "TikTok micro above benchmark" finds a realistic third of them, not one. The shipped
 * defaults, not the user's overrides: the demo roster is the same for everyone.
 */
function typicalEr(platform: Platform, followers: number): number {
  const benchmark = engagementBenchmarkFor(defaultBenchmarks, platform, followers);
  return benchmark.available ? benchmark.value : fallbackEr[platform] * (followers > 100_000 ? 0.6 : 1);
}

/**
 * A realistic made-up roster: follower counts spread log-uniformly from 1,500 to
 * 1.5 million (most of them micro), ER around each platform's typical rate, a few
 * suspicious accounts (ER far too high, or a follower jump), and six months of history.
 */
export function demoRoster(count = 300, language: UiLanguage = 'en', places: DemoPlaces = 'benelux'): DemoCreator[] {
  // A Dutch agency writes its sheet in Dutch: countries, niches, tags and the agency in the UI's language.
  const dutch = (kind: 'countries' | 'niches' | 'tags', word: string) => (language === 'nl' ? ((seed.nl[kind] as Record<string, string>)[word] ?? word) : word);
  // An American agency's roster is of American creators: names, cities and "us-only" for "dutch-only".
  const northAmerica = places === 'northAmerica';
  const words = (kind: 'countries' | 'niches' | 'tags', word: string) =>
    dutch(kind, northAmerica && kind === 'tags' ? ((seed.northAmerica.tags as Record<string, string>)[word] ?? word) : word);
  const people = northAmerica ? seed.northAmerica : seed;
  const rnd = random(20261124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const creators: DemoCreator[] = [];
  const usedHandles = new Set<string>();
  for (let i = 0; i < count; i++) {
    const first = pick(people.firstNames);
    const last = pick(people.lastNames);
    const [city, country] = pick(people.places) as [string, string];
    const platformCount = rnd() < 0.3 ? 2 : 1;
    const platforms: Platform[] = [];
    while (platforms.length < platformCount) {
      const p = pick<Platform>(['instagram', 'instagram', 'tiktok', 'tiktok', 'youtube']);
      if (!platforms.includes(p)) platforms.push(p);
    }
    const suspicious = rnd() < 0.06;
    const spike = rnd() < 0.05;
    const history: [number, number][][] = [];
    const accounts = platforms.map((platform) => {
      const followers = Math.round(10 ** (Math.log10(1500) + rnd() * (Math.log10(1_500_000) - Math.log10(1500))));
      // Half to 1.6 times the typical rate (the verdict allows ±25 %: about a third above, a fifth below);
      // a suspicious account 3.5 to 5.5 times it (engagement pods).
      const er = typicalEr(platform, followers) * (suspicious ? 3.5 + rnd() * 2 : 0.5 + rnd() * 1.1);
      const interactions = followers * er;
      const comments = Math.round(interactions * (suspicious ? 0.003 : 0.03 + rnd() * 0.05));
      let handle = `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9.]/g, '');
      while (usedHandles.has(`${platform}:${handle}`)) handle = `${handle}${Math.floor(rnd() * 90 + 10)}`;
      usedHandles.add(`${platform}:${handle}`);
      const growth = spike ? 0.6 : 0.02 + rnd() * 0.12;
      history.push([
        [180, Math.round(followers / (1 + growth))],
        [90, Math.round(followers / (1 + (spike ? growth : growth / 2)))],
      ]);
      return {
        platform,
        handle,
        profileUrl: null,
        followers,
        avgLikes: Math.round(interactions - comments),
        avgComments: comments,
        avgShares: platform === 'youtube' ? null : Math.round(interactions * 0.04),
        avgSaves: platform === 'instagram' ? Math.round(interactions * 0.06) : null,
        avgViews: platform === 'instagram' ? null : Math.round(followers * (0.3 + rnd())),
        postsPerWeek: Math.round((1 + rnd() * 6) * 10) / 10,
      };
    });
    creators.push({
      input: {
        name: `${first} ${last}`,
        status: pick(creatorStatuses.filter((s) => s !== 'archived')),
        country: words('countries', country),
        city,
        languages: northAmerica ? ['en'] : country === 'Belgium' ? ['nl', 'fr'] : ['nl', 'en'],
        niches: [pick(seed.niches), ...(rnd() < 0.4 ? [pick(seed.niches)] : [])].filter((n, idx, all) => all.indexOf(n) === idx).map((n) => words('niches', n)),
        tags: rnd() < 0.5 ? [words('tags', pick(seed.tags))] : [],
        email: `${first.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}@example.com`,
        phone: null,
        agent: rnd() < 0.15 ? (language === 'nl' ? seed.nl.agent : 'Demo Talent Agency') : null,
        acceptsProductOnly: rnd() < 0.4,
        audience: rnd() < 0.5 ? { ageBands: {}, genderSplit: null, topCountries: [words('countries', country)], authenticityScore: tenthOfAPercent(suspicious ? 0.55 + rnd() * 0.15 : 0.8 + rnd() * 0.18) } : null,
        rateCard: [],
        notes: '',
        accounts,
      },
      history,
    });
  }
  return creators;
}
