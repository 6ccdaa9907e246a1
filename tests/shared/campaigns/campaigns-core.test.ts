import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreedValue, campaignBudget, termsValue } from '@shared/campaigns/campaign-budget';
import { checkMove, closedStages, pipelineStages, type PipelineStage } from '@shared/campaigns/pipeline';
import { dueReminders, nextCheckIn } from '@shared/campaigns/reminders';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('the partnership pipeline', () => {
  it.each([
    ['prospect', 'contacted'],
    ['contacted', 'negotiating'],
    ['negotiating', 'agreed'],
    ['agreed', 'inProgress'],
    ['inProgress', 'inReview'],
    ['inReview', 'approved'],
    ['approved', 'published'],
    ['published', 'paid'],
  ] as const)('moves forward one stage: %s → %s', (from, to) => expect(checkMove(from, to)).toEqual({ allowed: true }));

  it('moves back to redo a step (changes requested: in review → in progress)', () => expect(checkMove('inReview', 'inProgress')).toEqual({ allowed: true }));

  it.each([
    ['prospect', 'agreed', 'skipsStages'],
    ['inProgress', 'published', 'needsApproval'],
    ['approved', 'paid', 'needsPublication'],
    ['agreed', 'declined', 'declineAfterAgreement'],
    ['paid', 'published', 'finalStage'],
    ['cancelled', 'prospect', 'finalStage'],
    ['declined', 'negotiating', 'finalStage'],
    ['agreed', 'agreed', 'sameStage'],
  ] as const)('refuses %s → %s because %s', (from, to, reason) => expect(checkMove(from, to)).toEqual({ allowed: false, reason }));

  it('lets a creator decline before agreement, reopens a declined one as prospect, and cancels from any open stage', () => {
    expect(checkMove('negotiating', 'declined')).toEqual({ allowed: true });
    expect(checkMove('declined', 'prospect')).toEqual({ allowed: true });
    for (const stage of pipelineStages.filter((s) => s !== 'paid')) expect(checkMove(stage, 'cancelled')).toEqual({ allowed: true });
  });

  it('never allows leaving a final stage (property)', () => {
    const all = [...pipelineStages, ...closedStages] as PipelineStage[];
    fc.assert(fc.property(fc.constantFrom(...all), (to) => !checkMove('paid', to).allowed && !checkMove('cancelled', to).allowed));
  });
});

describe('campaign budget', () => {
  it('values products at retail value × quantity, plus cash', () => {
    expect(termsValue({ cash: eur(50_000), products: [{ name: 'Mixer', quantity: 2, retailValue: eur(12_999) }], commissionEarned: null }, 'EUR')).toEqual(eur(75_998));
    expect(agreedValue({ cash: 50_000, products: [{ name: 'Mixer', quantity: 2, retailValue: 12_999 }], commissionEarned: 1_000, paid: null }, 'EUR')).toEqual(eur(75_998));
  });

  it('counts agreed-onwards terms as committed, cash paid plus commission as spent, and per partnership the larger of the two as taken from the budget, to the cent', () => {
    const result = campaignBudget(eur(1_000_000), [
      { stage: 'negotiating', compensation: { cash: eur(99_999), products: [], commissionEarned: null }, paid: null },
      { stage: 'agreed', compensation: { cash: eur(250_050), products: [{ name: 'Box', quantity: 3, retailValue: eur(3_333) }], commissionEarned: null }, paid: null },
      { stage: 'paid', compensation: { cash: eur(100_001), products: [], commissionEarned: eur(1_234) }, paid: eur(100_001) },
      { stage: 'cancelled', compensation: { cash: eur(500_000), products: [], commissionEarned: null }, paid: null },
    ]);
    expect(result).toEqual({
      ok: true,
      budget: { planned: eur(1_000_000), committed: eur(360_050), spent: eur(101_235), remaining: eur(1_000_000 - 260_049 - 101_235), overCommitted: false },
    });
  });

  it('warns when committed exceeds planned, and refuses another currency instead of guessing a rate', () => {
    const over = campaignBudget(eur(100), [{ stage: 'agreed', compensation: { cash: eur(101), products: [], commissionEarned: null }, paid: null }]);
    expect(over.ok && over.budget.overCommitted).toBe(true);
    expect(campaignBudget(eur(100), [{ stage: 'agreed', compensation: { cash: { amount: 5, currency: 'USD' }, products: [], commissionEarned: null }, paid: null }])).toEqual({ ok: false, reason: 'currencyMismatch' });
  });

  it('always adds up exactly: committed + remaining = planned (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(fc.integer({ min: 0, max: 1e7 }), { maxLength: 30 }), (planned, cash) => {
        const result = campaignBudget(eur(planned), cash.map((c) => ({ stage: 'agreed' as const, compensation: { cash: eur(c), products: [], commissionEarned: null }, paid: null })));
        return result.ok && result.budget.committed.amount + result.budget.remaining.amount === planned;
      }),
    );
  });
});

describe('the due panel', () => {
  const today = '2026-03-10';

  it('lists overdue, due and upcoming items for a given today, most urgent first', () => {
    expect(
      dueReminders(today, {
        outreach: [
          { partnershipId: 1, lastContact: '2026-03-02', replied: false, followUpAfterDays: 5 },
          { partnershipId: 2, lastContact: '2026-03-02', replied: true, followUpAfterDays: 5 },
        ],
        deliverables: [
          { deliverableId: 10, dueDate: '2026-03-10', done: false },
          { deliverableId: 11, dueDate: '2026-03-12', done: false },
          { deliverableId: 12, dueDate: '2026-03-01', done: true },
          { deliverableId: 13, dueDate: '2026-04-01', done: false },
        ],
        checkIns: [{ ambassadorId: 7, lastCheckIn: '2026-02-01', cadenceDays: 30 }],
      }),
    ).toEqual([
      { kind: 'followUp', refId: 1, dueDate: '2026-03-07', state: 'overdue', daysLate: 3 },
      { kind: 'checkIn', refId: 7, dueDate: '2026-03-03', state: 'overdue', daysLate: 7 },
      { kind: 'deliverable', refId: 10, dueDate: '2026-03-10', state: 'due', daysLate: 0 },
      { kind: 'deliverable', refId: 11, dueDate: '2026-03-12', state: 'upcoming', daysLate: 0 },
    ].sort((a, b) => a.dueDate.localeCompare(b.dueDate)));
  });

  it('schedules the next check-in from the one just logged, and ignores impossible dates', () => {
    expect(nextCheckIn('2026-03-10', 30)).toBe('2026-04-09');
    expect(nextCheckIn('2026-02-30', 30)).toBeNull();
    expect(dueReminders('2026-13-01', { deliverables: [{ deliverableId: 1, dueDate: '2026-01-01', done: false }] })).toEqual([]);
  });
});
