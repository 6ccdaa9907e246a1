import { describe, expect, it } from 'vitest';
import {
  allocateBudget,
  optimisationChecklist,
  PLATFORM_TIE_ORDER,
  postingSchedule,
  recommendPlatforms,
  type AudienceAge,
  type BudgetSize,
  type CampaignCategory,
  type CampaignGoal,
  type ContentStyle,
  type PlatformQuestions,
} from '@shared/calc';
import { ds, usd, withOverrides } from './helpers';

const genZ: PlatformQuestions = {
  audienceAge: 'genZ',
  category: 'beauty',
  contentStyle: 'authentic',
  budgetSize: 'small',
  socialCommerce: true,
  goal: 'engagement',
  longTermPartnerships: false,
};

const millennials: PlatformQuestions = {
  audienceAge: 'millennials',
  category: 'beauty',
  contentStyle: 'polished',
  budgetSize: 'medium',
  socialCommerce: false,
  goal: 'conversions',
  longTermPartnerships: true,
};

function summary(q: PlatformQuestions, dataSet = ds) {
  return recommendPlatforms(dataSet, q).ranking.map((r) => [r.platform, r.score, r.budgetPercent]);
}

describe('platform ranking', () => {
  it('puts TikTok first for Gen Z, authentic content, a small budget, social commerce and engagement', () => {
    expect(summary(genZ)).toEqual([
      ['tiktok', 13, 81],
      ['instagram', 3, 19],
      ['youtube', -3, 0],
    ]);
  });

  it('explains TikTok’s score with the rules that raised it, citing the benchmarks used', () => {
    const tiktok = recommendPlatforms(ds, genZ).ranking[0]!;
    expect(tiktok.reasons.map((r) => [r.code, r.points])).toEqual([
      ['tiktokHighMicroEngagement', 1],
      ['audienceGenZ', 3],
      ['contentAuthentic', 2],
      ['smallBudgetEngagement', 2],
      ['socialCommerce', 3],
      ['goalEngagement', 2],
    ]);
    expect(tiktok.reasons.find((r) => r.code === 'socialCommerce')).toEqual({
      code: 'socialCommerce',
      points: 3,
      params: { share: 0.61 },
      benchmarkKeys: ['platform.tiktok.socialCommerce'],
    });
  });

  it('explains what lowered YouTube for a small budget', () => {
    const youtube = recommendPlatforms(ds, genZ).ranking[2]!;
    expect(youtube.reasons).toContainEqual({
      code: 'smallBudgetVideoCost',
      points: -2,
      params: { youtubeLow: 20_000 },
      benchmarkKeys: ['pricing.youtube.micro'],
    });
  });

  it('puts Instagram first for millennials, beauty, polished content, conversions and long-term partnerships', () => {
    expect(summary(millennials)).toEqual([
      ['instagram', 12, 80],
      ['youtube', 2, 13],
      ['tiktok', 1, 7],
    ]);
    expect(recommendPlatforms(ds, millennials).ranking[0]!.reasons.find((r) => r.code === 'goalConversionsRoi')).toMatchObject({
      params: { share: 0.64 },
      benchmarkKeys: ['platform.instagram.highestRoi'],
    });
  });

  it('puts YouTube first for a tech awareness campaign with polished content and a large budget for a mixed audience', () => {
    const q: PlatformQuestions = {
      audienceAge: 'mixed',
      category: 'tech',
      contentStyle: 'polished',
      budgetSize: 'large',
      socialCommerce: false,
      goal: 'awareness',
      longTermPartnerships: false,
    };
    expect(summary(q)).toEqual([
      ['youtube', 7, 44],
      ['instagram', 6, 37],
      ['tiktok', 3, 19],
    ]);
    expect(recommendPlatforms(ds, q).ranking[0]!.reasons.map((r) => [r.code, r.points])).toEqual([
      ['youtubeHigherCost', -1],
      ['audienceMixed', 1],
      ['categoryInDepth', 3],
      ['contentPolished', 1],
      ['largeBudgetVideo', 2],
      ['goalAwarenessSearch', 1],
    ]);
  });

  it('breaks ties in the fixed order Instagram, TikTok, YouTube', () => {
    expect(PLATFORM_TIE_ORDER).toEqual(['instagram', 'tiktok', 'youtube']);
    const q: PlatformQuestions = {
      audienceAge: 'mixed',
      category: 'other',
      contentStyle: 'authentic',
      budgetSize: 'medium',
      socialCommerce: false,
      goal: 'awareness',
      longTermPartnerships: true,
    };
    expect(summary(q)).toEqual([
      ['instagram', 5, 42],
      ['tiktok', 5, 42],
      ['youtube', 2, 16],
    ]);
    expect(recommendPlatforms(ds, q).tieBreak).toEqual({ code: 'tieBreakFixedOrder', params: { order: 'instagram,tiktok,youtube' } });
  });

  it('quotes the overridden figure in a reason', () => {
    const tiktok = recommendPlatforms(withOverrides({ 'engagement.tiktok.micro': 0.2 }), genZ).ranking[0]!;
    expect(tiktok.reasons[0]).toMatchObject({ code: 'tiktokHighMicroEngagement', params: { tiktok: 0.2, instagram: 0.06 } });
  });
});

describe('every combination of answers', () => {
  const ages: AudienceAge[] = ['genZ', 'millennials', 'genX', 'mixed'];
  const categories: CampaignCategory[] = ['lifestyle', 'beauty', 'fashion', 'fitness', 'food', 'tech', 'travel', 'other'];
  const styles: ContentStyle[] = ['polished', 'authentic'];
  const budgets: BudgetSize[] = ['small', 'medium', 'large'];
  const goals: CampaignGoal[] = ['awareness', 'engagement', 'conversions'];
  const all: PlatformQuestions[] = [];
  for (const audienceAge of ages)
    for (const category of categories)
      for (const contentStyle of styles)
        for (const budgetSize of budgets)
          for (const socialCommerce of [false, true])
            for (const goal of goals)
              for (const longTermPartnerships of [false, true])
                all.push({ audienceAge, category, contentStyle, budgetSize, socialCommerce, goal, longTermPartnerships });

  it('ranks all three platforms with at least one reason each, in score order', () => {
    for (const q of all) {
      const ranking = recommendPlatforms(ds, q).ranking;
      expect(ranking.map((r) => r.platform).sort()).toEqual(['instagram', 'tiktok', 'youtube']);
      for (const r of ranking) expect(r.reasons.length).toBeGreaterThan(0);
      for (let i = 1; i < ranking.length; i++) expect(ranking[i - 1]!.score).toBeGreaterThanOrEqual(ranking[i]!.score);
    }
  });

  it('splits the budget into whole percentages summing to exactly 100 that the allocation accepts', () => {
    for (const q of all) {
      const ranking = recommendPlatforms(ds, q).ranking;
      expect(ranking.reduce((s, r) => s + r.budgetPercent, 0)).toBe(100);
      const platformMix = Object.fromEntries(ranking.map((r) => [r.platform, r.budgetShare]));
      expect(allocateBudget(ds, { budget: usd(1_000_000), platformMix }).ok).toBe(true);
    }
  });
});

describe('posting schedule and checklist', () => {
  it('posts on Instagram on weekdays 11:00–13:00', () => {
    expect(postingSchedule(ds, 'instagram')).toEqual({
      days: 'weekdays',
      window: { fromHour: 11, toHour: 13, benchmarkKey: 'posting.instagram.peakHours' },
      frequency: null,
    });
  });

  it('posts on TikTok 1–3 times every day between 18:00 and 22:00', () => {
    expect(postingSchedule(ds, 'tiktok')).toEqual({
      days: 'everyDay',
      window: { fromHour: 18, toHour: 22, benchmarkKey: 'posting.tiktok.window' },
      frequency: { low: 1, high: 3, per: 'day', benchmarkKey: 'posting.tiktok.postsPerDay' },
    });
  });

  it('posts on YouTube 1–2 videos a week, in the afternoon', () => {
    expect(postingSchedule(ds, 'youtube')).toEqual({
      days: null,
      window: { fromHour: 14, toHour: 17, benchmarkKey: 'posting.youtube.window' },
      frequency: { low: 1, high: 2, per: 'week', benchmarkKey: 'posting.youtube.videosPerWeek' },
    });
  });

  it.each([
    ['instagram', ['instagram.competitorHashtags', 'instagram.postingTimes', 'instagram.storiesAndReels', 'instagram.consistentBranding']],
    ['tiktok', ['tiktok.trendingSounds', 'tiktok.postingTimes', 'tiktok.tiktokShop', 'tiktok.authenticContent', 'tiktok.fastOnChallenges']],
    ['youtube', ['youtube.searchKeywords', 'youtube.thumbnails', 'youtube.postingTimes', 'youtube.shortsForReach', 'youtube.trackedLinks']],
  ] as const)('gives %s its optimisation checklist', (platform, codes) => {
    expect(optimisationChecklist(ds, platform).map((i) => i.code)).toEqual(codes);
  });

  it('puts the posting times from the benchmarks into the checklist item', () => {
    expect(optimisationChecklist(ds, 'tiktok')[1]).toEqual({
      code: 'tiktok.postingTimes',
      params: { fromHour: 18, toHour: 22, low: 1, high: 3 },
      benchmarkKeys: ['posting.tiktok.window', 'posting.tiktok.postsPerDay'],
    });
  });
});
