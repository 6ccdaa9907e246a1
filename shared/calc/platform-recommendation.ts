import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { rangeFigure } from './figures';
import { splitMinorUnits } from './money';
import type { CodeParams, Coded } from './results';
import { platforms, type Platform } from './tiers';

export type AudienceAge = 'genZ' | 'millennials' | 'genX' | 'mixed';
export type CampaignCategory = 'lifestyle' | 'beauty' | 'fashion' | 'fitness' | 'food' | 'tech' | 'travel' | 'other';
export type ContentStyle = 'polished' | 'authentic';
export type BudgetSize = 'small' | 'medium' | 'large';
export type CampaignGoal = 'awareness' | 'engagement' | 'conversions';

export interface PlatformQuestions {
  readonly audienceAge: AudienceAge;
  readonly category: CampaignCategory;
  readonly contentStyle: ContentStyle;
  readonly budgetSize: BudgetSize;
  readonly socialCommerce: boolean;
  readonly goal: CampaignGoal;
  readonly longTermPartnerships: boolean;
}

export type PlatformRuleCode =
  | 'instagramMostUsed'
  | 'tiktokHighMicroEngagement'
  | 'youtubeHigherCost'
  | 'audienceMillennialsGenX'
  | 'audienceGenZ'
  | 'audienceOlderOnYoutube'
  | 'audienceMixed'
  | 'categoryVisual'
  | 'categoryShortForm'
  | 'categoryInDepth'
  | 'contentPolished'
  | 'contentAuthentic'
  | 'smallBudgetEngagement'
  | 'smallBudgetVideoCost'
  | 'largeBudgetVideo'
  | 'largeBudgetEstablished'
  | 'socialCommerce'
  | 'goalAwarenessReach'
  | 'goalAwarenessViral'
  | 'goalAwarenessSearch'
  | 'goalEngagement'
  | 'goalConversionsRoi'
  | 'longTermEstablished';

/** A rule that raised (points > 0) or lowered (points < 0) a platform's score. */
export interface PlatformReason extends Coded<PlatformRuleCode> {
  readonly points: number;
  readonly benchmarkKeys: readonly string[];
}

export interface PostingSchedule {
  /** null: the source gives no day rule. */
  readonly days: 'weekdays' | 'everyDay' | null;
  readonly window: { readonly fromHour: number; readonly toHour: number; readonly benchmarkKey: string } | null;
  readonly frequency: { readonly low: number; readonly high: number; readonly per: 'day' | 'week'; readonly benchmarkKey: string } | null;
}

export interface ChecklistItem extends Coded {
  readonly benchmarkKeys: readonly string[];
}

export interface PlatformRanking {
  readonly platform: Platform;
  readonly rank: number;
  readonly score: number;
  readonly reasons: readonly PlatformReason[];
  /** Whole percent of the budget; the three add up to exactly 100. */
  readonly budgetPercent: number;
  /** budgetPercent ÷ 100, ready for the allocation's platform mix. */
  readonly budgetShare: number;
  readonly schedule: PostingSchedule;
  readonly checklist: readonly ChecklistItem[];
}

export interface PlatformRecommendation {
  readonly ranking: readonly PlatformRanking[];
  /** The explanation of ties, as a code the UI translates. */
  readonly tieBreak: Coded<'tieBreakFixedOrder'>;
}

/**
 * Ties are broken in this fixed order: Instagram (used in 72 % of campaigns), then TikTok
 * (the overview's main alternative), then YouTube (present in the overview only in pricing).
 */
export const PLATFORM_TIE_ORDER: readonly Platform[] = ['instagram', 'tiktok', 'youtube'];

type Rule = { platform: Platform; code: PlatformRuleCode; points: number; keys?: readonly string[]; params?: CodeParams };

function figureParams(dataSet: BenchmarkDataSet, names: Readonly<Record<string, string>>): { params: CodeParams; keys: string[] } {
  const params: Record<string, number> = {};
  const keys: string[] = [];
  for (const [name, key] of Object.entries(names)) {
    const range = rangeFigure(dataSet, key);
    if (!range) continue;
    params[name] = range.low;
    keys.push(key);
  }
  return { params, keys };
}

/** The rules of domain §5 (marked "practice" where the overview is silent, e.g. most YouTube rules). */
function rules(dataSet: BenchmarkDataSet, q: PlatformQuestions): Rule[] {
  const usage = figureParams(dataSet, { usage: 'platform.instagram.campaignUsage' });
  const er = figureParams(dataSet, { tiktok: 'engagement.tiktok.micro', instagram: 'engagement.instagram.micro' });
  const cost = figureParams(dataSet, { youtubeLow: 'pricing.youtube.micro', instagramLow: 'pricing.instagram.micro' });
  const ytCost = figureParams(dataSet, { youtubeLow: 'pricing.youtube.micro' });
  const commerce = figureParams(dataSet, { share: 'platform.tiktok.socialCommerce' });
  const roi = figureParams(dataSet, { share: 'platform.instagram.highestRoi' });
  const r: Rule[] = [
    { platform: 'instagram', code: 'instagramMostUsed', points: 1, keys: usage.keys, params: usage.params },
    { platform: 'tiktok', code: 'tiktokHighMicroEngagement', points: 1, keys: er.keys, params: er.params },
    { platform: 'youtube', code: 'youtubeHigherCost', points: -1, keys: cost.keys, params: cost.params },
  ];
  const add = (platform: Platform, code: PlatformRuleCode, points: number, extra: { keys?: string[]; params?: CodeParams } = {}) =>
    r.push({ platform, code, points, ...extra });
  if (q.audienceAge === 'millennials' || q.audienceAge === 'genX') {
    add('instagram', 'audienceMillennialsGenX', 3, { params: { audience: q.audienceAge } });
    add('youtube', 'audienceOlderOnYoutube', 1, { params: { audience: q.audienceAge } });
  } else if (q.audienceAge === 'genZ') add('tiktok', 'audienceGenZ', 3);
  else if (q.audienceAge === 'mixed') for (const p of platforms) add(p, 'audienceMixed', 1);
  const category = { params: { category: q.category } };
  if (q.category === 'lifestyle' || q.category === 'beauty' || q.category === 'fashion') add('instagram', 'categoryVisual', 2, category);
  if (q.category === 'travel' || q.category === 'food') add('instagram', 'categoryVisual', 1, category);
  if (q.category === 'food' || q.category === 'fitness') add('tiktok', 'categoryShortForm', 1, category);
  if (q.category === 'tech') add('youtube', 'categoryInDepth', 3, category);
  if (q.category === 'travel' || q.category === 'fitness') add('youtube', 'categoryInDepth', 1, category);
  if (q.contentStyle === 'polished') {
    add('instagram', 'contentPolished', 2);
    add('youtube', 'contentPolished', 1);
  } else if (q.contentStyle === 'authentic') add('tiktok', 'contentAuthentic', 2);
  if (q.budgetSize === 'small') {
    add('tiktok', 'smallBudgetEngagement', 2, { keys: er.keys, params: er.params });
    add('youtube', 'smallBudgetVideoCost', -2, { keys: ytCost.keys, params: ytCost.params });
  } else if (q.budgetSize === 'large') {
    add('youtube', 'largeBudgetVideo', 2, { keys: ytCost.keys, params: ytCost.params });
    add('instagram', 'largeBudgetEstablished', 1);
  }
  if (q.socialCommerce) add('tiktok', 'socialCommerce', 3, { keys: commerce.keys, params: commerce.params });
  if (q.goal === 'awareness') {
    add('instagram', 'goalAwarenessReach', 1);
    add('tiktok', 'goalAwarenessViral', 1);
    add('youtube', 'goalAwarenessSearch', 1);
  } else if (q.goal === 'engagement') add('tiktok', 'goalEngagement', 2, { keys: er.keys, params: er.params });
  else if (q.goal === 'conversions') add('instagram', 'goalConversionsRoi', 2, { keys: roi.keys, params: roi.params });
  if (q.longTermPartnerships) {
    add('instagram', 'longTermEstablished', 2);
    add('youtube', 'longTermEstablished', 1);
  }
  return r;
}

export function postingSchedule(dataSet: BenchmarkDataSet, platform: Platform): PostingSchedule {
  const window = (key: string) => {
    const f = rangeFigure(dataSet, key);
    return f ? { fromHour: f.low, toHour: f.high, benchmarkKey: key } : null;
  };
  const frequency = (key: string, per: 'day' | 'week') => {
    const f = rangeFigure(dataSet, key);
    return f ? { low: f.low, high: f.high, per, benchmarkKey: key } : null;
  };
  switch (platform) {
    case 'instagram':
      return { days: 'weekdays', window: window('posting.instagram.peakHours'), frequency: null };
    case 'tiktok':
      return { days: 'everyDay', window: window('posting.tiktok.window'), frequency: frequency('posting.tiktok.postsPerDay', 'day') };
    case 'youtube':
      return { days: null, window: window('posting.youtube.window'), frequency: frequency('posting.youtube.videosPerWeek', 'week') };
  }
}

/** The optimisation steps of domain §5 as item codes; YouTube's are common practice. */
export function optimisationChecklist(dataSet: BenchmarkDataSet, platform: Platform): ChecklistItem[] {
  const schedule = postingSchedule(dataSet, platform);
  const timing: ChecklistItem[] = [];
  if (schedule.window) {
    const params: Record<string, number> = { fromHour: schedule.window.fromHour, toHour: schedule.window.toHour };
    const keys = [schedule.window.benchmarkKey];
    if (schedule.frequency) {
      params.low = schedule.frequency.low;
      params.high = schedule.frequency.high;
      keys.push(schedule.frequency.benchmarkKey);
    }
    timing.push({ code: `${platform}.postingTimes`, params, benchmarkKeys: keys });
  }
  const plain = (code: string): ChecklistItem => ({ code, params: {}, benchmarkKeys: [] });
  switch (platform) {
    case 'instagram':
      return [plain('instagram.competitorHashtags'), ...timing, plain('instagram.storiesAndReels'), plain('instagram.consistentBranding')];
    case 'tiktok':
      return [plain('tiktok.trendingSounds'), ...timing, plain('tiktok.tiktokShop'), plain('tiktok.authenticContent'), plain('tiktok.fastOnChallenges')];
    case 'youtube':
      return [plain('youtube.searchKeywords'), plain('youtube.thumbnails'), ...timing, plain('youtube.shortsForReach'), plain('youtube.trackedLinks')];
  }
}

/**
 * Scores each platform by the rules that fire (every platform keeps at least its
 * baseline reason), ranks them (ties in PLATFORM_TIE_ORDER) and splits the budget in
 * proportion to the positive scores, in whole percent by largest remainder. When no
 * platform scores above zero, the top-ranked one gets everything.
 */
export function recommendPlatforms(dataSet: BenchmarkDataSet, questions: PlatformQuestions): PlatformRecommendation {
  const all = rules(dataSet, questions);
  const scored = PLATFORM_TIE_ORDER.map((platform) => {
    const reasons = all.filter((r) => r.platform === platform).map((r) => ({ code: r.code, points: r.points, params: r.params ?? {}, benchmarkKeys: r.keys ?? [] }));
    return { platform, reasons, score: reasons.reduce((s, r) => s + r.points, 0) };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || PLATFORM_TIE_ORDER.indexOf(a.platform) - PLATFORM_TIE_ORDER.indexOf(b.platform));
  const positive = ranked.map((p) => Math.max(p.score, 0));
  const weights = positive.some((w) => w > 0) ? positive : ranked.map((_p, i) => (i === 0 ? 1 : 0));
  const percents = splitMinorUnits(100, weights)!;
  return {
    ranking: ranked.map((p, i) => ({
      platform: p.platform,
      rank: i + 1,
      score: p.score,
      reasons: p.reasons,
      budgetPercent: percents[i]!,
      budgetShare: percents[i]! / 100,
      schedule: postingSchedule(dataSet, p.platform),
      checklist: optimisationChecklist(dataSet, p.platform),
    })),
    tieBreak: { code: 'tieBreakFixedOrder', params: { order: PLATFORM_TIE_ORDER.join(',') } },
  };
}

