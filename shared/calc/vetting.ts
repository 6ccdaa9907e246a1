import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { authenticitySignals, type AuthenticityInput } from './authenticity';
import { compareEngagement } from './benchmark-comparison';
import { accountEngagementRate } from './engagement';
import { numberFigure } from './figures';
import { growthTrend } from './growth';
import { judgeRoas, roas } from './kpis';
import type { Money } from './money';
import type { CodeParams, Coded } from './results';
import { platforms, type Platform } from './tiers';

/** The four sections of the vetting checklist (domain §6), with stable item ids. */
export const vettingSections = {
  audience: ['audience.demographicsMatch', 'audience.followerAuthenticity', 'audience.customerOverlap'],
  engagement: ['engagement.rateVsBenchmark', 'engagement.commentQuality', 'engagement.postingConsistency', 'engagement.noArtificialInflation'],
  content: ['content.brandValues', 'content.styleAndTone', 'content.previousCollaborations', 'content.aestheticConsistency'],
  performance: ['performance.previousRoi', 'performance.growthTrend', 'performance.multiPlatform', 'performance.professionalism'],
} as const;
export type VettingSection = keyof typeof vettingSections;
export type VettingItemId = (typeof vettingSections)[VettingSection][number];
export const vettingSectionOrder: readonly VettingSection[] = ['audience', 'engagement', 'content', 'performance'];

export type ItemStatus = 'pass' | 'fail' | 'unknown';

export type EvidenceCode =
  | 'erVsBenchmark'
  | 'reportedErVsBenchmark'
  | 'erFarAboveBenchmark'
  | 'erNotComparable'
  | 'audienceScore'
  | 'inflationFlags'
  | 'noInflationFlags'
  | 'growthTrend'
  | 'growthHistoryTooShort'
  | 'platformCount'
  | 'previousRoas';

export interface VettingItem {
  readonly id: VettingItemId;
  readonly section: VettingSection;
  readonly status: ItemStatus;
  /** A manual answer wins over a computed one: the user may know the data is stale. */
  readonly origin: 'manual' | 'computed' | 'none';
  /** What the data said, kept even when a manual answer overrides it. */
  readonly evidence: Coded<EvidenceCode> | null;
  /**
   * What the evidence describes: one account's figures (the caller says which) or the creator
   * as a whole; null without evidence. A creator with several accounts needs to know which one.
   */
  readonly scope: EvidenceScope | null;
  readonly benchmarkKeys: readonly string[];
  /** Tier bounds that chose a benchmark segment, where one was needed. */
  readonly tierKeys: readonly string[];
}

export type EvidenceScope = 'account' | 'creator';

export interface SectionScore {
  readonly section: VettingSection;
  readonly pass: number;
  readonly fail: number;
  readonly unknown: number;
  /** pass ÷ items: unknown counts as not passed. */
  readonly score: number;
  /** pass ÷ (pass + fail); null when nothing is known. */
  readonly knownScore: number | null;
  /** (pass + fail) ÷ items. */
  readonly coverage: number;
}

export interface VettingResult {
  readonly items: readonly VettingItem[];
  readonly sections: readonly SectionScore[];
  /** Mean of the four section scores: each section weighs the same, whatever its item count. */
  readonly overall: number;
  readonly overallCoverage: number;
  readonly explanation: readonly Coded<'unknownCountsAsNotPassed' | 'sectionsWeighEqually' | 'manualOverridesComputed'>[];
}

export interface VettingData extends AuthenticityInput {
  /** Platforms the creator is active on. */
  readonly platforms?: readonly Platform[];
  /** Figures from an earlier campaign with this creator, if available. */
  readonly previousCampaign?: { readonly revenue: Money; readonly cost: Money };
}

export interface VettingInput {
  readonly answers?: Readonly<Partial<Record<VettingItemId, ItemStatus>>>;
  readonly data?: VettingData;
}

interface ComputedItem {
  readonly status: ItemStatus;
  readonly evidence: Coded<EvidenceCode>;
  readonly scope: EvidenceScope;
  readonly benchmarkKeys: readonly string[];
  readonly tierKeys: readonly string[];
}

/** Evidence from the account's own figures (ER, posts, snapshots). */
function item(
  status: ItemStatus,
  code: EvidenceCode,
  params: CodeParams = {},
  benchmarkKeys: readonly string[] = [],
  tierKeys: readonly string[] = [],
): ComputedItem {
  return { status, evidence: { code, params }, scope: 'account', benchmarkKeys, tierKeys };
}

/** Evidence about the creator as a whole (audience audit, platforms, earlier campaigns). */
function creatorItem(status: ItemStatus, code: EvidenceCode, params: CodeParams = {}, benchmarkKeys: readonly string[] = []): ComputedItem {
  return { ...item(status, code, params, benchmarkKeys), scope: 'creator' };
}

/** Fills in the items the data can answer; the rest need a person's judgement. */
function computeItems(dataSet: BenchmarkDataSet, data: VettingData): Partial<Record<VettingItemId, ComputedItem>> {
  const out: Partial<Record<VettingItemId, ComputedItem>> = {};
  const signals = authenticitySignals(dataSet, data);
  if ((data.posts && data.posts.length > 0) || data.reportedEr !== undefined) {
    const { er, reported } = accountEngagementRate(data.posts ?? [], data.followers, data.reportedEr);
    const c = compareEngagement(dataSet, { platform: data.platform, followers: data.followers, er });
    // The authenticity check reads the same median ER against the same benchmark, so its flag
    // is the one threshold for "far above" (ER_FAR_ABOVE_FACTOR) and page and checklist agree.
    const farAbove = signals.flags.find((f) => f.code === 'erFarAboveTier');
    if (!c.computable) out['engagement.rateVsBenchmark'] = item('unknown', 'erNotComparable', { reason: c.reason }, [], c.tierKeys);
    else if (farAbove) {
      // Unknown, not pass: an ER that far above its segment is more often pods or bought
      // engagement than talent (domain §2), so it cannot count as meeting the benchmark until
      // a person has looked. Not fail either: the inflation item already fails on this very
      // signal, and one signal should not be counted twice. A manual answer settles it.
      out['engagement.rateVsBenchmark'] = item('unknown', 'erFarAboveBenchmark', farAbove.params, farAbove.benchmarkKeys, farAbove.tierKeys);
    } else {
      out['engagement.rateVsBenchmark'] = item(
        c.verdict === 'below' ? 'fail' : 'pass',
        reported ? 'reportedErVsBenchmark' : 'erVsBenchmark',
        { verdict: c.verdict, er: c.er, benchmark: c.benchmark },
        [c.benchmarkKey],
        c.tierKeys,
      );
    }
  }
  const audience = signals.checks.find((c) => c.signal === 'audienceAuthenticity');
  const min = numberFigure(dataSet, 'authenticity.audienceScoreMin');
  if (audience && audience.status !== 'notChecked' && data.audienceAuthenticityScore !== undefined && min) {
    out['audience.followerAuthenticity'] = creatorItem(
      audience.status === 'flagged' ? 'fail' : 'pass',
      'audienceScore',
      { score: data.audienceAuthenticityScore, threshold: min.value },
      [min.benchmarkKey],
    );
  }
  // Inflation is judged on the engagement-side signals; the audience score has its own item.
  const inflation = signals.checks.filter((c) => c.signal !== 'audienceAuthenticity');
  const inflationFlags = signals.flags.filter((f) => f.signal !== 'audienceAuthenticity');
  const checked = inflation.filter((c) => c.status !== 'notChecked').length;
  if (inflationFlags.length > 0) {
    out['engagement.noArtificialInflation'] = item(
      'fail',
      'inflationFlags',
      { count: inflationFlags.length, codes: [...new Set(inflationFlags.map((f) => f.code))].join(',') },
      [...new Set(inflationFlags.flatMap((f) => f.benchmarkKeys))],
      [...new Set(inflationFlags.flatMap((f) => f.tierKeys))],
    );
  } else if (checked > 0) out['engagement.noArtificialInflation'] = item('pass', 'noInflationFlags', { checked });
  if (data.snapshots && data.snapshots.length > 0) {
    const trend = growthTrend(data.snapshots);
    // Declining followers fail; flat or growing pass (a stable audience is not a problem).
    out['performance.growthTrend'] = trend.computable
      ? item(trend.growth.computable && trend.growth.value < 0 ? 'fail' : 'pass', 'growthTrend', {
          growth: trend.growth.computable ? trend.growth.value : 0,
          from: trend.from,
          to: trend.to,
          days: trend.days,
        })
      : item('unknown', 'growthHistoryTooShort', { reason: trend.reason });
  }
  if (data.platforms && data.platforms.length > 0) {
    const count = new Set(data.platforms.filter((p) => platforms.includes(p))).size;
    out['performance.multiPlatform'] = creatorItem(count >= 2 ? 'pass' : 'fail', 'platformCount', { count });
  }
  if (data.previousCampaign) {
    const r = roas(data.previousCampaign.revenue, data.previousCampaign.cost);
    const j = judgeRoas(dataSet, r);
    if (r.computable && j.available) {
      out['performance.previousRoi'] = creatorItem(j.verdict === 'meetsTarget' ? 'pass' : 'fail', 'previousRoas', { roas: r.value, target: j.low }, [j.benchmarkKey]);
    }
  }
  return out;
}

/**
 * Scores the checklist. Unknown items count as not passed, so a creator about whom
 * little is known cannot score high; `knownScore` and `coverage` show the other view.
 */
export function vetCreator(dataSet: BenchmarkDataSet, input: VettingInput): VettingResult {
  const computed = input.data ? computeItems(dataSet, input.data) : {};
  const answers = input.answers ?? {};
  let overridden = 0;
  const items: VettingItem[] = [];
  for (const section of vettingSectionOrder) {
    for (const id of vettingSections[section]) {
      const answer = answers[id];
      const auto = computed[id];
      const manual = answer === 'pass' || answer === 'fail' || answer === 'unknown' ? answer : undefined;
      if (manual && auto && manual !== auto.status) overridden++;
      items.push({
        id,
        section,
        status: manual ?? auto?.status ?? 'unknown',
        origin: manual ? 'manual' : auto ? 'computed' : 'none',
        evidence: auto?.evidence ?? null,
        scope: auto?.scope ?? null,
        benchmarkKeys: auto?.benchmarkKeys ?? [],
        tierKeys: auto?.tierKeys ?? [],
      });
    }
  }
  const sections = vettingSectionOrder.map((section): SectionScore => {
    // Counted in one pass: the backend scores every creator of an import.
    let pass = 0;
    let fail = 0;
    let total = 0;
    for (const i of items) {
      if (i.section !== section) continue;
      total++;
      if (i.status === 'pass') pass++;
      else if (i.status === 'fail') fail++;
    }
    return {
      section,
      pass,
      fail,
      unknown: total - pass - fail,
      score: pass / total,
      knownScore: pass + fail > 0 ? pass / (pass + fail) : null,
      coverage: (pass + fail) / total,
    };
  });
  const unknown = sections.reduce((n, x) => n + x.unknown, 0);
  const explanation: VettingResult['explanation'][number][] = [
    { code: 'unknownCountsAsNotPassed', params: { unknown, total: items.length } },
    { code: 'sectionsWeighEqually', params: { sections: sections.length } },
  ];
  if (overridden > 0) explanation.push({ code: 'manualOverridesComputed', params: { count: overridden } });
  return {
    items,
    sections,
    overall: sections.reduce((s, x) => s + x.score, 0) / sections.length,
    overallCoverage: (items.length - unknown) / items.length,
    explanation,
  };
}
