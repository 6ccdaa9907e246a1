import { describe, expect, it } from 'vitest';
import { vetCreatorSubject, type VettingSubject } from '@shared/creators/creator-vetting';
import { ds } from '../calc/helpers';

const account = (platform: 'instagram' | 'tiktok' | 'youtube', handle: string, followers: number, avgLikes: number | null, avgComments: number | null) => ({
  platform,
  handle,
  followers,
  avgLikes,
  avgComments,
  snapshots: [{ asOf: '2025-06-01', followers }],
});

const subject = (accounts: VettingSubject['accounts']): VettingSubject => ({ vetting: {}, audienceAuthenticityScore: null, accounts });

describe('a creator’s vetting', () => {
  it('judges the largest account and names it', () => {
    const result = vetCreatorSubject(
      ds,
      subject([account('instagram', 'anna.small', 8_000, 400, 40), account('tiktok', 'anna.fit', 50_000, 30_000, 2_900)]),
    );
    expect(result.judgedAccount).toEqual({ platform: 'tiktok', handle: 'anna.fit', followers: 50_000 });
    expect(result.items.find((i) => i.id === 'engagement.rateVsBenchmark')).toMatchObject({ status: 'unknown', scope: 'account', evidence: { code: 'erFarAboveBenchmark' } });
  });

  it('names no account when there is none, and lets an answer stand', () => {
    const result = vetCreatorSubject(ds, { vetting: { 'engagement.rateVsBenchmark': { status: 'pass', note: 'checked the comments' } }, audienceAuthenticityScore: null, accounts: [] });
    expect(result.judgedAccount).toBeNull();
    expect(result.items.find((i) => i.id === 'engagement.rateVsBenchmark')).toMatchObject({ status: 'pass', origin: 'manual' });
  });

  it('lets a manual pass settle a far-above ER once the user has looked', () => {
    const result = vetCreatorSubject(ds, {
      vetting: { 'engagement.rateVsBenchmark': { status: 'pass', note: '' } },
      audienceAuthenticityScore: null,
      accounts: [account('tiktok', 'anna.fit', 50_000, 30_000, 2_900)],
    });
    expect(result.items.find((i) => i.id === 'engagement.rateVsBenchmark')).toMatchObject({ status: 'pass', origin: 'manual', evidence: { code: 'erFarAboveBenchmark' } });
    expect(result.explanation).toContainEqual({ code: 'manualOverridesComputed', params: { count: 1 } });
  });

  it('judges an ER reported by an import when likes and comments give none, as the roster shows it', () => {
    // TikTok micro, benchmark 18 %: a reported 17.5 % is within it.
    const within = vetCreatorSubject(ds, subject([{ ...account('tiktok', 'priscilla', 20_000, null, null), erReported: 0.175 }]));
    expect(within.items.find((i) => i.id === 'engagement.rateVsBenchmark')).toMatchObject({
      status: 'pass',
      evidence: { code: 'reportedErVsBenchmark', params: { er: 0.175, benchmark: 0.18, verdict: 'within' } },
    });
    // 3× the benchmark or more raises the engagement-pods signal, reported or not.
    const pods = vetCreatorSubject(ds, subject([{ ...account('tiktok', 'priscilla', 20_000, null, null), erReported: 0.6 }]));
    expect(pods.items.find((i) => i.id === 'engagement.rateVsBenchmark')).toMatchObject({ status: 'unknown', evidence: { code: 'erFarAboveBenchmark' } });
    expect(pods.items.find((i) => i.id === 'engagement.noArtificialInflation')).toMatchObject({ status: 'fail', evidence: { code: 'inflationFlags' } });
    // Likes and comments, when there, win over a reported rate: 1,000 ÷ 20,000 = 5 %, below 18 %.
    const computed = vetCreatorSubject(ds, subject([{ ...account('tiktok', 'priscilla', 20_000, 900, 100), erReported: 0.175 }]));
    expect(computed.items.find((i) => i.id === 'engagement.rateVsBenchmark')).toMatchObject({ status: 'fail', evidence: { code: 'erVsBenchmark', params: { er: 0.05 } } });
  });
});
