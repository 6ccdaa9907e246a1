import { describe, expect, it } from 'vitest';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { checkDeliverableMove, deliverableStatuses, isOverdue, nextDeliverableStatuses } from '@shared/campaigns/deliverable-workflow';
import { judgePartnershipFee } from '@shared/campaigns/fee-judgement';
import { addDays, dueState } from '@shared/campaigns/reminders';
import { fillTemplate, firstNameOf, isSafeMailto, mailtoUrl } from '@shared/campaigns/outreach';

describe('the deliverable approval workflow', () => {
  it('goes planned → draft → changes → draft → approved → published', () => {
    expect(checkDeliverableMove('planned', 'draftReceived')).toEqual({ allowed: true });
    expect(checkDeliverableMove('draftReceived', 'changesRequested', { comment: 'Brighter light' })).toEqual({ allowed: true });
    expect(checkDeliverableMove('changesRequested', 'draftReceived')).toEqual({ allowed: true });
    expect(checkDeliverableMove('draftReceived', 'approved')).toEqual({ allowed: true });
    expect(checkDeliverableMove('approved', 'published', { url: 'https://tiktok.com/@anna/video/1' })).toEqual({ allowed: true });
  });

  it.each([
    ['planned', 'approved', {}, 'notAllowed'],
    ['draftReceived', 'changesRequested', { comment: '   ' }, 'commentRequired'],
    ['approved', 'published', { url: 'javascript:alert(1)' }, 'urlRequired'],
    ['approved', 'published', { url: 'https://localhost' }, 'urlRequired'],
    ['published', 'planned', {}, 'notAllowed'],
    ['approved', 'approved', {}, 'sameStatus'],
  ] as const)('refuses %s → %s (%j): %s', (from, to, details, reason) => expect(checkDeliverableMove(from, to, details)).toEqual({ allowed: false, reason }));

  it('offers only moves it accepts, and nothing after publication', () => {
    for (const from of deliverableStatuses)
      for (const to of nextDeliverableStatuses(from)) expect(checkDeliverableMove(from, to, { comment: 'x', url: 'https://example.com/p' }).allowed).toBe(true);
    expect(nextDeliverableStatuses('published')).toEqual([]);
  });

  it('is overdue only when unpublished and past its date', () => {
    expect(isOverdue('2026-11-23', 'approved', '2026-11-24')).toBe(true);
    expect(isOverdue('2026-11-24', 'planned', '2026-11-24')).toBe(false);
    expect(isOverdue('2026-11-01', 'published', '2026-11-24')).toBe(false);
  });
});

describe('outreach templates', () => {
  it('fills merge fields and reports the ones without a value and unknown ones', () => {
    const filled = fillTemplate('Hi {firstName}, loved your post about {recentPostTopic}! {brand} offers {offer}. {Handle}', {
      firstName: firstNameOf('Anna de Vries'),
      recentPostTopic: '  ',
      brand: 'Koffiebar Noord',
      offer: '€ 250',
    });
    expect(filled.text).toBe('Hi Anna, loved your post about {recentPostTopic}! Koffiebar Noord offers € 250. {Handle}');
    expect(filled.missing).toEqual(['recentPostTopic']);
    expect(filled.unknown).toEqual(['Handle']);
  });

  it('takes the fields’ Dutch names too, and names a missing one as the text wrote it', () => {
    const filled = fillTemplate('Hoi {voornaam}, {merk} biedt {aanbod} voor je post over {recentOnderwerp}. Groet, {afzender} {achternaam}', {
      firstName: 'Anna',
      brand: 'Koffiebar Noord',
      offer: '€ 250',
      senderName: 'Sanne',
    });
    expect(filled.text).toBe('Hoi Anna, Koffiebar Noord biedt € 250 voor je post over {recentOnderwerp}. Groet, Sanne {achternaam}');
    expect(filled.missing).toEqual(['recentOnderwerp']);
    expect(filled.missingFields).toEqual(['recentPostTopic']);
    expect(filled.unknown).toEqual(['achternaam']);
  });

  it('builds a mailto address that cannot add recipients or headers', () => {
    const url = mailtoUrl('anna@example.nl', 'Samen & koffie?', 'Hoi Anna,\nbcc:x@evil.com\n')!;
    expect(url).toBe('mailto:anna@example.nl?subject=Samen%20%26%20koffie%3F&body=Hoi%20Anna%2C%0D%0Abcc%3Ax%40evil.com%0D%0A');
    expect(isSafeMailto(url)).toBe(true);
    expect(mailtoUrl('anna@example.nl', 's', 'x'.repeat(3000))).toBeNull();
    for (const bad of ['mailto:a@b.nl?attach=%2Fetc%2Fpasswd', 'mailto:a@b.nl?cc=c@d.nl', 'mailto:a@b.nl,c@d.nl', 'https://a.nl', 'mailto:a%40b.nl%2Cc@d.nl']) expect(isSafeMailto(bad)).toBe(false);
    expect(mailtoUrl('anna@example.nl?cc=x@y.z', 's', 'b')).toBeNull();
    expect(mailtoUrl('not an address', 's', 'b')).toBeNull();
  });
});

describe('the partnership fee against the market', () => {
  const deliverables = [
    { platform: 'tiktok', type: 'post' },
    { platform: 'instagram', type: 'reel' },
  ] as const;
  const followersByPlatform = { tiktok: 25_000, instagram: 25_000 };

  it('sums the market ranges of the deliverables (TikTok micro post $50–$800 + Instagram micro reel $125–$1,250)', () => {
    const judged = judgePartnershipFee(defaultBenchmarks, { fee: { amount: 150_000, currency: 'USD' }, deliverables, followersByPlatform });
    expect(judged).toMatchObject({ computable: true, verdict: 'within', low: { amount: 17_500, currency: 'USD' }, high: { amount: 205_000, currency: 'USD' }, estimatedCount: 0 });
    expect(judgePartnershipFee(defaultBenchmarks, { fee: { amount: 205_001, currency: 'USD' }, deliverables, followersByPlatform })).toMatchObject({ verdict: 'above' });
  });

  it('converts into the campaign currency with the workspace rate, and says why it cannot judge', () => {
    const judged = judgePartnershipFee(defaultBenchmarks, { fee: { amount: 10_000, currency: 'EUR' }, deliverables, followersByPlatform, target: { currency: 'EUR', rate: 0.9 } });
    expect(judged).toMatchObject({ computable: true, verdict: 'below', low: { amount: 15_750, currency: 'EUR' }, high: { amount: 184_500, currency: 'EUR' } });
    expect(judgePartnershipFee(defaultBenchmarks, { fee: { amount: 1, currency: 'EUR' }, deliverables, followersByPlatform })).toEqual({ computable: false, reason: 'rateRequired' });
    expect(judgePartnershipFee(defaultBenchmarks, { fee: { amount: 1, currency: 'USD' }, deliverables: [], followersByPlatform })).toEqual({ computable: false, reason: 'noDeliverables' });
    expect(judgePartnershipFee(defaultBenchmarks, { fee: { amount: 1, currency: 'USD' }, deliverables, followersByPlatform: { tiktok: 25_000 } })).toEqual({ computable: false, reason: 'noAccount' });
  });
});

describe('calendar helpers of the reminders', () => {
  it('says how urgent a date is for a given today', () => {
    expect(dueState('2026-11-23', '2026-11-24')).toBe('overdue');
    expect(dueState('2026-11-24', '2026-11-24')).toBe('due');
    expect(dueState('2026-11-27', '2026-11-24')).toBe('upcoming');
    expect(dueState('2026-11-28', '2026-11-24')).toBeNull();
    expect(dueState('2026-02-30', '2026-11-24')).toBeNull();
  });

  it('moves calendar dates by whole days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('not a date', 1)).toBeNull();
  });
});
