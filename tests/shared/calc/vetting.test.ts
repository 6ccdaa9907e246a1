import { describe, expect, it } from 'vitest';
import { vetCreator, vettingSections, type VettingItemId, type VettingResult } from '@shared/calc';
import { ds, usd, withOverrides } from './helpers';

function itemOf(result: VettingResult, id: VettingItemId) {
  return result.items.find((i) => i.id === id)!;
}

const allIds = Object.values(vettingSections).flat() as VettingItemId[];

describe('vetting checklist', () => {
  it('has four sections with stable item ids', () => {
    expect(vettingSections).toEqual({
      audience: ['audience.demographicsMatch', 'audience.followerAuthenticity', 'audience.customerOverlap'],
      engagement: ['engagement.rateVsBenchmark', 'engagement.commentQuality', 'engagement.postingConsistency', 'engagement.noArtificialInflation'],
      content: ['content.brandValues', 'content.styleAndTone', 'content.previousCollaborations', 'content.aestheticConsistency'],
      performance: ['performance.previousRoi', 'performance.growthTrend', 'performance.multiPlatform', 'performance.professionalism'],
    });
  });

  it('scores nothing known as 0 and explains that unknowns count as not passed', () => {
    const result = vetCreator(ds, {});
    expect(result.items.every((i) => i.status === 'unknown' && i.origin === 'none')).toBe(true);
    expect(result.overall).toBe(0);
    expect(result.overallCoverage).toBe(0);
    expect(result.explanation).toEqual([
      { code: 'unknownCountsAsNotPassed', params: { unknown: 15, total: 15 } },
      { code: 'sectionsWeighEqually', params: { sections: 4 } },
    ]);
  });

  it('scores all passes as 1', () => {
    const answers = Object.fromEntries(allIds.map((id) => [id, 'pass']));
    expect(vetCreator(ds, { answers }).overall).toBe(1);
  });

  it('scores a section as passes ÷ items, with the known-only score and coverage beside it', () => {
    const result = vetCreator(ds, { answers: { 'audience.demographicsMatch': 'pass', 'audience.customerOverlap': 'fail' } });
    expect(result.sections[0]).toEqual({ section: 'audience', pass: 1, fail: 1, unknown: 1, score: 1 / 3, knownScore: 0.5, coverage: 2 / 3 });
    expect(result.overall).toBeCloseTo(1 / 12, 12);
  });

  it('weighs the four sections equally', () => {
    const result = vetCreator(ds, { answers: { 'content.brandValues': 'pass', 'content.styleAndTone': 'pass', 'content.previousCollaborations': 'pass', 'content.aestheticConsistency': 'pass' } });
    expect(result.overall).toBe(0.25);
  });
});

describe('items computed from data', () => {
  const account = { platform: 'instagram' as const, followers: 20_000 };

  it('passes the ER item when the median ER is within or above the benchmark and fails it below', () => {
    const good = vetCreator(ds, { data: { ...account, posts: [{ likes: 1_100, comments: 100 }] } });
    expect(itemOf(good, 'engagement.rateVsBenchmark')).toMatchObject({
      status: 'pass',
      origin: 'computed',
      evidence: { code: 'erVsBenchmark', params: { verdict: 'within', er: 0.06, benchmark: 0.06 } },
      benchmarkKeys: ['engagement.instagram.micro'],
    });
    const weak = vetCreator(ds, { data: { ...account, posts: [{ likes: 300, comments: 20 }] } });
    expect(itemOf(weak, 'engagement.rateVsBenchmark')).toMatchObject({ status: 'fail', evidence: { params: { verdict: 'below' } } });
  });

  // Instagram, 20,000 followers: micro, benchmark 6 %; the authenticity flag starts at 3× (18 %).
  it.each([
    ['below the benchmark', 500, 100, 'fail', 'erVsBenchmark'],
    ['within it', 1_100, 100, 'pass', 'erVsBenchmark'],
    ['above it, under 3×', 3_100, 300, 'pass', 'erVsBenchmark'],
    ['exactly 3× (the flag’s threshold)', 3_300, 300, 'unknown', 'erFarAboveBenchmark'],
    ['11× (65.8 % against 6 %)', 12_000, 1_160, 'unknown', 'erFarAboveBenchmark'],
  ] as const)('judges an ER %s as %s (%s)', (_what, likes, comments, status, code) => {
    const result = vetCreator(ds, { data: { ...account, posts: [{ likes, comments }] } });
    expect(itemOf(result, 'engagement.rateVsBenchmark')).toMatchObject({ status, origin: 'computed', scope: 'account', evidence: { code } });
  });

  it('never passes the ER item while the same ER raises the engagement-pods flag, and says why with the flag’s figures', () => {
    // TikTok micro, benchmark 18 %: 65.8 % is 3.7× — the reviewed case.
    const result = vetCreator(ds, { data: { platform: 'tiktok', followers: 50_000, posts: [{ likes: 30_000, comments: 2_900 }] } });
    const er = itemOf(result, 'engagement.rateVsBenchmark');
    expect(er).toMatchObject({
      status: 'unknown',
      evidence: { code: 'erFarAboveBenchmark', params: { er: 0.658, benchmark: 0.18, factor: 3.7, threshold: 3 } },
      benchmarkKeys: ['engagement.tiktok.micro'],
    });
    expect(er.tierKeys.length).toBeGreaterThan(0);
    expect(itemOf(result, 'engagement.noArtificialInflation')).toMatchObject({ status: 'fail', evidence: { code: 'inflationFlags', params: { codes: 'erFarAboveTier' } } });
    // Counted once: the unknown ER item is not passed, the inflation item fails.
    expect(result.sections.find((s) => s.section === 'engagement')).toMatchObject({ pass: 0, fail: 1, unknown: 3 });
  });

  it('moves the ER item with an override of the benchmark, the flag’s threshold moving with it', () => {
    const raised = vetCreator(withOverrides({ 'engagement.tiktok.micro': 0.25 }), { data: { platform: 'tiktok', followers: 50_000, posts: [{ likes: 30_000, comments: 2_900 }] } });
    expect(itemOf(raised, 'engagement.rateVsBenchmark')).toMatchObject({ status: 'pass', evidence: { code: 'erVsBenchmark', params: { verdict: 'above' } } });
  });

  it('says whether each computed item is about the account’s figures or the creator as a whole', () => {
    const result = vetCreator(ds, {
      data: {
        ...account,
        posts: [{ likes: 1_100, comments: 100 }],
        snapshots: [
          { date: '2025-01-01', followers: 18_000 },
          { date: '2025-06-01', followers: 20_000 },
        ],
        platforms: ['instagram', 'tiktok'],
        audienceAuthenticityScore: 0.9,
        previousCampaign: { revenue: usd(90_000), cost: usd(30_000) },
      },
    });
    const scopes = Object.fromEntries(result.items.filter((i) => i.origin !== 'none').map((i) => [i.id, i.scope]));
    expect(scopes).toEqual({
      'engagement.rateVsBenchmark': 'account',
      'engagement.noArtificialInflation': 'account',
      'performance.growthTrend': 'account',
      'audience.followerAuthenticity': 'creator',
      'performance.multiPlatform': 'creator',
      'performance.previousRoi': 'creator',
    });
    expect(result.items.filter((i) => i.origin === 'none').every((i) => i.scope === null)).toBe(true);
  });

  it('leaves the ER item unknown where there is no benchmark', () => {
    const result = vetCreator(ds, { data: { platform: 'youtube', followers: 20_000, posts: [{ likes: 500, comments: 20 }] } });
    expect(itemOf(result, 'engagement.rateVsBenchmark')).toMatchObject({ status: 'unknown', evidence: { code: 'erNotComparable', params: { reason: 'noBenchmark' } } });
  });

  it('fails the inflation item when an inflation signal is flagged, and passes it when signals were checked and clear', () => {
    const inflated = vetCreator(ds, { data: { ...account, posts: [{ likes: 6_000, comments: 10 }] } });
    expect(itemOf(inflated, 'engagement.noArtificialInflation')).toMatchObject({
      status: 'fail',
      evidence: { code: 'inflationFlags', params: { count: 2, codes: 'erFarAboveTier,likesWithoutComments' } },
    });
    const clean = vetCreator(ds, { data: { ...account, posts: [{ likes: 1_100, comments: 100 }] } });
    expect(itemOf(clean, 'engagement.noArtificialInflation')).toMatchObject({ status: 'pass', evidence: { code: 'noInflationFlags', params: { checked: 2 } } });
  });

  it('judges follower authenticity from an imported score', () => {
    const result = vetCreator(ds, { data: { ...account, audienceAuthenticityScore: 0.6 } });
    expect(itemOf(result, 'audience.followerAuthenticity')).toMatchObject({
      status: 'fail',
      evidence: { code: 'audienceScore', params: { score: 0.6, threshold: 0.75 } },
      benchmarkKeys: ['authenticity.audienceScoreMin'],
    });
  });

  it('passes a growing or stable 3–6 month trend and fails a declining one', () => {
    const snapshots = (end: number) => [
      { date: '2025-01-01', followers: 10_000 },
      { date: '2025-06-01', followers: end },
    ];
    expect(itemOf(vetCreator(ds, { data: { ...account, snapshots: snapshots(11_000) } }), 'performance.growthTrend')).toMatchObject({
      status: 'pass',
      evidence: { code: 'growthTrend', params: { growth: 0.1, from: '2025-01-01', to: '2025-06-01', days: 151 } },
    });
    expect(itemOf(vetCreator(ds, { data: { ...account, snapshots: snapshots(9_000) } }), 'performance.growthTrend')).toMatchObject({ status: 'fail' });
    expect(
      itemOf(vetCreator(ds, { data: { ...account, snapshots: [{ date: '2025-05-01', followers: 1 }, { date: '2025-06-01', followers: 1 }] } }), 'performance.growthTrend'),
    ).toMatchObject({ status: 'unknown', evidence: { code: 'growthHistoryTooShort' } });
  });

  it('passes multi-platform presence from two platforms and fails it with one', () => {
    expect(itemOf(vetCreator(ds, { data: { ...account, platforms: ['instagram', 'tiktok'] } }), 'performance.multiPlatform')).toMatchObject({
      status: 'pass',
      evidence: { params: { count: 2 } },
    });
    expect(itemOf(vetCreator(ds, { data: { ...account, platforms: ['instagram', 'instagram'] } }), 'performance.multiPlatform')).toMatchObject({ status: 'fail' });
  });

  it('judges an earlier campaign’s ROI against the 3:1 ROAS target', () => {
    const result = vetCreator(ds, { data: { ...account, previousCampaign: { revenue: usd(90_000), cost: usd(30_000) } } });
    expect(itemOf(result, 'performance.previousRoi')).toMatchObject({
      status: 'pass',
      evidence: { code: 'previousRoas', params: { roas: 3, target: 3 } },
      benchmarkKeys: ['kpi.roasTarget'],
    });
  });

  it('lets a manual answer override a computed one, keeping the evidence and saying so', () => {
    const result = vetCreator(ds, {
      answers: { 'performance.multiPlatform': 'pass' },
      data: { ...account, platforms: ['instagram'] },
    });
    expect(itemOf(result, 'performance.multiPlatform')).toMatchObject({ status: 'pass', origin: 'manual', evidence: { code: 'platformCount', params: { count: 1 } } });
    expect(result.explanation).toContainEqual({ code: 'manualOverridesComputed', params: { count: 1 } });
  });
});
