import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { openBackend as openRealBackend } from '../../electron/core/backend';
import type { ReminderView } from '@shared/api/reminders.contract';
import type { Ambassador } from '@shared/domain/ambassadors';
import { defaultTerms, emptyBrief, type Campaign, type CampaignInput, type Client, type PartnershipDetail } from '@shared/domain/campaigns';
import type { CreatorDetail } from '@shared/domain/creators';
import { localIsoDay } from '@shared/local-day';
import { useBackend } from '../support/backend';
import { creatorInput } from '../support/creator-input';
import { useTempDir } from '../support/temp-dir';

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data as T;
}

async function client(backend: Backend, name = 'Koffiebar Noord'): Promise<Client> {
  return ok<Client>(backend.handle('clients:save', { client: { name, contactName: 'Els', email: 'els@koffiebar.nl', notes: '' } }));
}

function campaignInput(clientId: number, overrides: Partial<CampaignInput> = {}): CampaignInput {
  return {
    name: 'Autumn launch',
    clientId,
    goal: 'conversions',
    startDate: '2026-11-01',
    endDate: '2026-12-15',
    budget: { amount: 500_000, currency: 'EUR' },
    platforms: ['instagram', 'tiktok'],
    planId: null,
    adviceId: null,
    pilot: false,
    brief: { ...emptyBrief, keyMessages: '- Fresh beans every week' },
    status: 'active',
    ...overrides,
  };
}

async function creators(backend: Backend, names: string[]): Promise<CreatorDetail[]> {
  const out: CreatorDetail[] = [];
  for (const [i, name] of names.entries()) out.push(await ok<CreatorDetail>(backend.handle('creators:create', creatorInput({ name }, { handle: `creator${i}` }))));
  return out;
}

/** A campaign with three creators added from the roster. */
async function campaignWithThree(backend: Backend) {
  const brand = await client(backend);
  const campaign = await ok<Campaign>(backend.handle('campaigns:save', { campaign: campaignInput(brand.id) }));
  const people = await creators(backend, ['Anna de Vries', 'Bram Jansen', 'Chloé Peeters']);
  expect(await ok(backend.handle('partnerships:add', { campaignId: campaign.id, creatorIds: people.map((p) => p.id) }))).toEqual({ added: 3, skipped: 0 });
  const full = await ok<Campaign>(backend.handle('campaigns:get', { id: campaign.id }));
  return { brand, campaign: full, people, ids: full.partnerships.map((p) => p.id) };
}

async function walk(backend: Backend, id: number, stages: string[]): Promise<PartnershipDetail> {
  let detail: PartnershipDetail | undefined;
  for (const to of stages) detail = await ok<PartnershipDetail>(backend.handle('partnerships:move', { id, to }));
  return detail!;
}

describe('clients and campaigns over the contract', () => {
  const openBackend = useBackend();

  it('keeps client names unique regardless of case and accents, and refuses to delete a client with campaigns', async () => {
    const backend = await openBackend();
    const brand = await client(backend, 'Café Noord');
    expect(await backend.handle('clients:save', { client: { name: 'cafe noord', contactName: '', email: '', notes: '' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ field: 'name', rule: 'client.duplicateName' }] },
    });
    await ok(backend.handle('campaigns:save', { campaign: campaignInput(brand.id) }));
    expect(await backend.handle('clients:delete', { id: brand.id })).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ rule: 'client.inUse', params: { campaigns: 1, ambassadors: 0 } }] } });
    expect((await ok<Client[]>(backend.handle('clients:list', undefined)))[0]).toMatchObject({ name: 'Café Noord', campaignCount: 1 });
  });

  it.each([
    [{ endDate: '2026-10-01' }, 'campaign.endDate'],
    [{ platforms: [] }, 'campaign.platforms'],
    [{ budget: { amount: 0, currency: 'EUR' } }, 'campaign.budget.amount'],
    [{ budget: { amount: 10.5, currency: 'EUR' } }, 'campaign.budget.amount'],
    [{ budget: { amount: 100, currency: 'XYZ' } }, 'campaign.budget.currency'],
    [{ name: '  ' }, 'campaign.name'],
  ])('refuses a campaign with %j at %s', async (overrides, field) => {
    const backend = await openBackend();
    const brand = await client(backend);
    expect(await backend.handle('campaigns:save', { campaign: campaignInput(brand.id, overrides as Partial<CampaignInput>) })).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(await ok<unknown[]>(backend.handle('campaigns:list', {}))).toEqual([]);
  });

  it('refuses links to a client, plan or advice that does not exist', async () => {
    const backend = await openBackend();
    const brand = await client(backend);
    expect(await backend.handle('campaigns:save', { campaign: campaignInput(999) })).toMatchObject({ ok: false, error: { field: 'clientId' } });
    expect(await backend.handle('campaigns:save', { campaign: campaignInput(brand.id, { planId: 42 }) })).toMatchObject({ ok: false, error: { field: 'planId' } });
  });

  it('adds creators from the roster once each', async () => {
    const backend = await openBackend();
    const { campaign, people } = await campaignWithThree(backend);
    expect(await ok(backend.handle('partnerships:add', { campaignId: campaign.id, creatorIds: [people[0]!.id] }))).toEqual({ added: 0, skipped: 1 });
    expect(campaign.partnerships.map((p) => [p.creatorName, p.stage, p.handles[0]?.handle])).toEqual([
      ['Anna de Vries', 'prospect', 'creator0'],
      ['Bram Jansen', 'prospect', 'creator1'],
      ['Chloé Peeters', 'prospect', 'creator2'],
    ]);
  });
});

describe('the partnership pipeline on a real workspace', () => {
  const openBackend = useBackend();

  it('moves one stage at a time, refuses skips with a reason, and keeps who moved it and when', async () => {
    const backend = await openBackend();
    await ok(backend.handle('settings:update', { userName: 'Sanne' }));
    const { ids } = await campaignWithThree(backend);
    const id = ids[0]!;
    expect(await backend.handle('partnerships:move', { id, to: 'agreed' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Move one stage at a time so no step is skipped', issues: [{ field: 'to', rule: 'pipeline.skipsStages' }] },
    });
    const detail = await walk(backend, id, ['contacted', 'negotiating', 'agreed', 'inProgress', 'inReview', 'approved']);
    expect(await backend.handle('partnerships:move', { id, to: 'paid' })).toMatchObject({ ok: false, error: { issues: [{ rule: 'pipeline.needsPublication' }] } });
    expect(detail.stage).toBe('approved');
    const moves = detail.history.filter((h) => h.kind === 'stage').map((h) => `${h.from}→${h.to}`);
    expect(moves).toEqual(['inReview→approved', 'inProgress→inReview', 'agreed→inProgress', 'negotiating→agreed', 'contacted→negotiating', 'prospect→contacted']);
    expect(detail.history.every((h) => h.actor === 'Sanne' && /^\d{4}-\d\d-\d\dT/.test(h.at))).toBe(true);
    expect(await backend.handle('partnerships:move', { id: ids[1], to: 'declined' })).toMatchObject({ ok: true });
    await walk(backend, ids[2]!, ['contacted', 'negotiating', 'agreed']);
    expect(await backend.handle('partnerships:move', { id: ids[2], to: 'declined' })).toMatchObject({ ok: false, error: { issues: [{ rule: 'pipeline.declineAfterAgreement' }] } });
  });

  it('computes planned, committed, spent and remaining to the cent', async () => {
    const backend = await openBackend();
    const { campaign, ids } = await campaignWithThree(backend);
    // Anna: €1,234.56 cash + 2 × €19.99 product, agreed. Bram: €800.01 cash, still negotiating (not committed).
    // Chloé: €3,999.99 cash + €12.34 commission earned, paid in full.
    await ok(backend.handle('partnerships:saveTerms', { id: ids[0], terms: { ...defaultTerms, cash: 123_456, products: [{ name: 'Espresso machine', quantity: 2, retailValue: 1_999 }] } }));
    await ok(backend.handle('partnerships:saveTerms', { id: ids[1], terms: { ...defaultTerms, cash: 80_001 } }));
    await ok(backend.handle('partnerships:saveTerms', { id: ids[2], terms: { ...defaultTerms, cash: 399_999, commissionEarned: 1_234, commission: { type: 'percent', percent: 10 }, promoCode: 'CHLOE10' } }));
    await walk(backend, ids[0]!, ['contacted', 'negotiating', 'agreed']);
    await walk(backend, ids[1]!, ['contacted', 'negotiating']);
    const paid = await walk(backend, ids[2]!, ['contacted', 'negotiating', 'agreed', 'inProgress', 'inReview', 'approved', 'published', 'paid']);
    expect(paid.terms.paid).toBe(399_999);
    expect(paid.history.slice(0, 2).map((h) => [h.kind, h.to, h.note])).toEqual([
      ['terms', null, 'paid'],
      ['stage', 'paid', ''],
    ]);
    expect(paid.history.find((h) => h.kind === 'terms' && h.note.includes('cash'))).toMatchObject({ from: '', to: '399999', note: 'cash,commission,promoCode,commissionEarned' });
    const view = await ok<Campaign>(backend.handle('campaigns:get', { id: campaign.id }));
    expect(view.budget).toEqual({
      ok: true,
      planned: { amount: 500_000, currency: 'EUR' },
      committed: { amount: 123_456 + 2 * 1_999 + 399_999, currency: 'EUR' },
      spent: { amount: 399_999 + 1_234, currency: 'EUR' },
      // Chloé took her commission on top of the agreed cash: remaining counts what she actually cost.
      remaining: { amount: 500_000 - 127_454 - 401_233, currency: 'EUR' },
      overCommitted: true,
    });
    // Cancelling Anna's agreed deal releases her commitment.
    await ok(backend.handle('partnerships:move', { id: ids[0], to: 'cancelled' }));
    const after = await ok<Campaign[]>(backend.handle('campaigns:list', {}));
    expect(after[0]!.budget).toMatchObject({ committed: { amount: 399_999 }, remaining: { amount: 500_000 - 401_233 }, overCommitted: false });
  });

  it('refuses to change the currency once creators are in, and invalid terms at their field', async () => {
    const backend = await openBackend();
    const { brand, campaign, ids } = await campaignWithThree(backend);
    expect(await backend.handle('campaigns:save', { id: campaign.id, campaign: campaignInput(brand.id, { budget: { amount: 500_000, currency: 'GBP' } }) })).toMatchObject({
      ok: false,
      error: { field: 'budget.currency', issues: [{ rule: 'campaign.currencyLocked' }] },
    });
    expect(await backend.handle('partnerships:saveTerms', { id: ids[0], terms: { ...defaultTerms, cash: -5 } })).toMatchObject({ ok: false, error: { field: 'terms.cash' } });
    expect(await backend.handle('partnerships:saveTerms', { id: ids[0], terms: { ...defaultTerms, trackedLink: 'javascript:alert(1)' } })).toMatchObject({ ok: false, error: { field: 'terms.trackedLink', issues: [{ rule: 'work.webAddress' }] } });
    expect(await backend.handle('partnerships:saveTerms', { id: ids[0], terms: { ...defaultTerms, commission: { type: 'percent', percent: 120 } } })).toMatchObject({ ok: false, error: { field: 'terms.commission.percent' } });
    expect(await backend.handle('partnerships:saveTerms', { id: ids[0], terms: { ...defaultTerms, commissionEarned: 100 } })).toMatchObject({ ok: false, error: { field: 'terms.commissionEarned' } });
  });

  it('runs the deliverable approval workflow: changes need a comment, publication a URL, every step is kept', async () => {
    const backend = await openBackend();
    const { ids } = await campaignWithThree(backend);
    let detail = await ok<PartnershipDetail>(backend.handle('deliverables:save', { partnershipId: ids[0], deliverable: { type: 'reel', platform: 'instagram', dueDate: '2026-11-20', description: 'Unboxing' } }));
    const deliverableId = detail.deliverables[0]!.id;
    const step = (to: string, extra: object = {}) => backend.handle('deliverables:transition', { id: deliverableId, to, ...extra });
    expect(await step('approved')).toMatchObject({ ok: false, error: { issues: [{ rule: 'deliverable.notAllowed' }] } });
    await ok(step('draftReceived'));
    expect(await step('changesRequested')).toMatchObject({ ok: false, error: { field: 'comment', issues: [{ rule: 'deliverable.commentRequired' }] } });
    await ok(step('changesRequested', { comment: 'Show the logo in the first 3 seconds' }));
    await ok(step('draftReceived'));
    await ok(step('approved'));
    expect(await step('published', { url: 'not a url' })).toMatchObject({ ok: false, error: { field: 'url', issues: [{ rule: 'deliverable.urlRequired' }] } });
    detail = await ok<PartnershipDetail>(step('published', { url: 'https://www.instagram.com/reel/abc' }));
    expect(detail.deliverables[0]).toMatchObject({ status: 'published', publishedUrl: 'https://www.instagram.com/reel/abc' });
    expect(detail.history.filter((h) => h.deliverableId === deliverableId).map((h) => [h.to, h.note]).reverse()).toEqual([
      ['planned', ''],
      ['draftReceived', ''],
      ['changesRequested', 'Show the logo in the first 3 seconds'],
      ['draftReceived', ''],
      ['approved', ''],
      ['published', 'https://www.instagram.com/reel/abc'],
    ]);
    expect(detail).toMatchObject({ deliverableCount: 1, deliverablesDone: 1, deliverablesApproved: 1, nextDueDate: null });
  });

  it('approves and publishes a partnership only when its deliverables are, and reminds of the feedback turnaround', async () => {
    const backend = await openBackend();
    const { ids, people } = await campaignWithThree(backend);
    const id = ids[0]!;
    const detail = await ok<PartnershipDetail>(backend.handle('deliverables:save', { partnershipId: id, deliverable: { type: 'post', platform: 'tiktok', dueDate: '2026-12-01', description: '' } }));
    const deliverableId = detail.deliverables[0]!.id;
    await walk(backend, id, ['contacted', 'negotiating', 'agreed', 'inProgress', 'inReview']);
    expect(await backend.handle('partnerships:move', { id, to: 'approved' })).toMatchObject({ ok: false, error: { issues: [{ rule: 'pipeline.deliverablesNotApproved', params: { count: 1 } }] } });
    await ok(backend.handle('deliverables:transition', { id: deliverableId, to: 'draftReceived' }));
    // Terms say feedback within 2 days: a review reminder for the day the draft came in + 2.
    const received = localIsoDay(new Date((await ok<PartnershipDetail>(backend.handle('partnerships:get', { id }))).deliverables[0]!.statusChangedAt));
    const reviews = (await ok<ReminderView[]>(backend.handle('reminders:due', { today: received, lookAheadDays: 3 }))).filter((r) => r.kind === 'review');
    expect(reviews).toMatchObject([{ refId: deliverableId, state: 'upcoming', creatorName: 'Anna de Vries', partnershipId: id }]);
    await ok(backend.handle('deliverables:transition', { id: deliverableId, to: 'approved' }));
    await ok(backend.handle('partnerships:move', { id, to: 'approved' }));
    expect(await backend.handle('partnerships:move', { id, to: 'published' })).toMatchObject({ ok: false, error: { issues: [{ rule: 'pipeline.deliverablesNotPublished' }] } });
    await ok(backend.handle('deliverables:transition', { id: deliverableId, to: 'published', url: 'https://www.tiktok.com/@anna/video/1' }));
    expect(await ok<PartnershipDetail>(backend.handle('partnerships:move', { id, to: 'published' }))).toMatchObject({ stage: 'published' });

    // A creator removed from the roster no longer raises reminders.
    await ok(backend.handle('partnerships:logContact', { id: ids[1], kind: 'firstContact', onDate: '2026-01-01' }));
    expect((await ok<ReminderView[]>(backend.handle('reminders:due', { today: '2026-11-24' }))).map((r) => r.creatorName)).toContain('Bram Jansen');
    await ok(backend.handle('creators:bulk', { ids: [people[1]!.id], action: { type: 'delete' } }));
    expect((await ok<ReminderView[]>(backend.handle('reminders:due', { today: '2026-11-24' }))).map((r) => r.creatorName)).not.toContain('Bram Jansen');
  });

  it('deleting a campaign never deletes a creator or an ambassador relationship', async () => {
    const backend = await openBackend();
    const { brand, campaign, people, ids } = await campaignWithThree(backend);
    await ok(backend.handle('deliverables:save', { partnershipId: ids[0], deliverable: { type: 'post', platform: 'tiktok', dueDate: '2026-11-20', description: '' } }));
    const ambassador = await ok<Ambassador>(backend.handle('ambassadors:save', { ambassador: { creatorId: people[0]!.id, clientId: brand.id, startedOn: '2026-01-01', cadenceDays: 30, status: 'active', incentives: [], notes: '' } }));
    expect(await ok(backend.handle('campaigns:delete', { id: campaign.id }))).toEqual({ deleted: true, partnershipsRemoved: 3 });
    for (const person of people) expect(await ok<CreatorDetail>(backend.handle('creators:get', { id: person.id }))).toMatchObject({ name: person.name });
    expect(await ok<Ambassador>(backend.handle('ambassadors:get', { id: ambassador.id }))).toMatchObject({ creatorName: 'Anna de Vries', campaigns: [] });
    // Ending the programme gives the creator back an ordinary roster status.
    expect(await ok(backend.handle('ambassadors:delete', { id: ambassador.id }))).toEqual({ deleted: true });
    expect((await ok<CreatorDetail>(backend.handle('creators:get', { id: people[0]!.id }))).status).toBe('active');
    expect(await backend.handle('partnerships:get', { id: ids[0] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('ambassadors and reminders', () => {
  const openBackend = useBackend();

  it('promotes a creator, logs check-ins and perks, schedules the next check-in and sums lifetime spend', async () => {
    const backend = await openBackend();
    const { brand, people, ids } = await campaignWithThree(backend);
    await ok(backend.handle('partnerships:saveTerms', { id: ids[1], terms: { ...defaultTerms, cash: 45_000, paid: 45_000, commission: { type: 'fixed', amount: 850 }, commissionEarned: 2_550 } }));
    const input = { creatorId: people[1]!.id, clientId: brand.id, startedOn: '2026-09-01', cadenceDays: 30, status: 'active', incentives: [{ threshold: '50 sales a month', reward: { type: 'commissionPercent', percent: 15 } }], notes: '' } as const;
    let bram = await ok<Ambassador>(backend.handle('ambassadors:save', { ambassador: input }));
    expect(bram).toMatchObject({ creatorName: 'Bram Jansen', nextCheckIn: '2026-10-01', lifetimeSpend: [{ amount: 47_550, currency: 'EUR' }] });
    expect((await ok<CreatorDetail>(backend.handle('creators:get', { id: people[1]!.id }))).status).toBe('ambassador');
    expect(await backend.handle('ambassadors:save', { ambassador: input })).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ rule: 'ambassador.duplicate' }] } });

    bram = await ok<Ambassador>(backend.handle('ambassadors:log', { id: bram.id, entry: { kind: 'checkIn', onDate: '2026-11-10', note: 'Loves the new blend' } }));
    expect(bram).toMatchObject({ lastCheckIn: '2026-11-10', nextCheckIn: '2026-12-10' });
    bram = await ok<Ambassador>(backend.handle('ambassadors:log', { id: bram.id, entry: { kind: 'perk', onDate: '2026-11-12', note: 'Roastery tour', perkType: 'event', value: 7_500 } }));
    expect(bram.perkCount).toBe(1);
    // Lifetime spend: cash paid, commission earned and perks with a value.
    expect(bram.lifetimeSpend).toEqual([{ amount: 45_000 + 2_550 + 7_500, currency: 'EUR' }]);
    expect(bram.log[0]).toMatchObject({ kind: 'perk', perkType: 'event', value: { amount: 7_500, currency: 'EUR' } });
    expect(bram.campaigns).toEqual([expect.objectContaining({ campaignName: 'Autumn launch', spent: { amount: 47_550, currency: 'EUR' } })]);
    expect(await ok(backend.handle('partnerships:ofCreator', { creatorId: people[1]!.id }))).toEqual({
      partnerships: [{ id: ids[1], campaignId: expect.any(Number), campaignName: 'Autumn launch', clientName: 'Koffiebar Noord', campaignStatus: 'active', stage: 'prospect' }],
      ambassadors: [{ id: bram.id, clientName: 'Koffiebar Noord', status: 'active' }],
    });
  });

  it('counts the products of an agreed deal in the campaign’s spend on the timeline and in the lifetime spend alike', async () => {
    const backend = await openBackend();
    const { brand, people, ids } = await campaignWithThree(backend);
    await ok(backend.handle('partnerships:saveTerms', { id: ids[0], terms: { ...defaultTerms, products: [{ name: 'Bouquet', quantity: 1, retailValue: 24_995 }] } }));
    await walk(backend, ids[0], ['contacted', 'negotiating', 'agreed']);
    const amb = await ok<Ambassador>(backend.handle('ambassadors:save', { ambassador: { creatorId: people[0]!.id, clientId: brand.id, startedOn: '2026-10-01', cadenceDays: 30, status: 'active', incentives: [], notes: '' } }));
    expect(amb.campaigns.map((c) => c.spent)).toEqual([{ amount: 24_995, currency: 'EUR' }]);
    expect(amb.lifetimeSpend).toEqual([{ amount: 24_995, currency: 'EUR' }]);
  });

  it('refuses a check-in or perk dated after today, naming the field, and logs nothing', async () => {
    const backend = await openBackend();
    const { brand, people } = await campaignWithThree(backend);
    const amb = await ok<Ambassador>(backend.handle('ambassadors:save', { ambassador: { creatorId: people[0]!.id, clientId: brand.id, startedOn: '2026-10-01', cadenceDays: 14, status: 'active', incentives: [], notes: '' } }));
    const tomorrow = localIsoDay(new Date(Date.now() + 36 * 3_600_000));
    for (const entry of [{ kind: 'checkIn', onDate: tomorrow, note: '' }, { kind: 'perk', onDate: tomorrow, note: 'Gift box', perkType: 'gift', value: null }]) {
      expect(await backend.handle('ambassadors:log', { id: amb.id, entry })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'onDate', issues: [{ rule: 'logDateInFuture' }] } });
    }
    expect((await ok<Ambassador>(backend.handle('ambassadors:get', { id: amb.id }))).log).toEqual([]);
  });

  it('lists follow-ups, deliverables and check-ins due for a given today', async () => {
    const backend = await openBackend();
    const { brand, people, ids } = await campaignWithThree(backend);
    // Anna was written to on 10 November (follow up after 5 days); Bram replied.
    await ok(backend.handle('partnerships:logContact', { id: ids[0], kind: 'firstContact', onDate: '2026-11-10' }));
    await ok(backend.handle('partnerships:logContact', { id: ids[1], kind: 'firstContact', onDate: '2026-11-10' }));
    const bram = await ok<PartnershipDetail>(backend.handle('partnerships:logContact', { id: ids[1], kind: 'reply', onDate: '2026-11-11' }));
    expect(bram.stage).toBe('contacted');
    await ok(backend.handle('deliverables:save', { partnershipId: ids[2], deliverable: { type: 'post', platform: 'tiktok', dueDate: '2026-11-24', description: '' } }));
    await ok(backend.handle('deliverables:save', { partnershipId: ids[2], deliverable: { type: 'story', platform: 'instagram', dueDate: '2026-12-20', description: '' } }));
    const amb = await ok<Ambassador>(backend.handle('ambassadors:save', { ambassador: { creatorId: people[2]!.id, clientId: brand.id, startedOn: '2026-10-01', cadenceDays: 14, status: 'active', incentives: [], notes: '' } }));
    await ok(backend.handle('ambassadors:log', { id: amb.id, entry: { kind: 'checkIn', onDate: '2026-11-12', note: '' } }));

    const due = await ok<ReminderView[]>(backend.handle('reminders:due', { today: '2026-11-24', lookAheadDays: 3 }));
    expect(due.map((r) => [r.kind, r.creatorName, r.dueDate, r.state, r.daysLate])).toEqual([
      ['followUp', 'Anna de Vries', '2026-11-15', 'overdue', 9],
      ['deliverable', 'Chloé Peeters', '2026-11-24', 'due', 0],
      ['checkIn', 'Chloé Peeters', '2026-11-26', 'upcoming', 0],
    ]);
    expect(due[1]).toMatchObject({ context: 'Autumn launch', deliverable: { type: 'post', platform: 'tiktok' }, partnershipId: ids[2] });

    // Logging the follow-up and the check-in clears them; the next check-in moves 14 days on.
    await ok(backend.handle('partnerships:logContact', { id: ids[0], kind: 'followUp', onDate: '2026-11-24' }));
    const logged = await ok<Ambassador>(backend.handle('ambassadors:log', { id: amb.id, entry: { kind: 'checkIn', onDate: '2026-11-24', note: 'Call' } }));
    expect(logged.nextCheckIn).toBe('2026-12-08');
    const after = await ok<ReminderView[]>(backend.handle('reminders:due', { today: '2026-11-24', lookAheadDays: 3 }));
    expect(after.map((r) => r.kind)).toEqual(['deliverable']);
  });

  it('a freelancer without campaigns tracks five ambassadors', async () => {
    const backend = await openBackend();
    const brand = await client(backend, 'Solo Studio');
    const people = await creators(backend, ['A', 'B', 'C', 'D', 'E']);
    for (const person of people) await ok(backend.handle('ambassadors:save', { ambassador: { creatorId: person.id, clientId: brand.id, startedOn: '2026-11-01', cadenceDays: 7, status: 'active', incentives: [], notes: '' } }));
    const due = await ok<ReminderView[]>(backend.handle('reminders:due', { today: '2026-11-10', lookAheadDays: 0 }));
    expect(due.map((r) => [r.kind, r.creatorName, r.state, r.daysLate])).toEqual(people.map((p) => ['checkIn', p.name, 'overdue', 2]));
  });
});

describe('persistence', () => {
  const tempDir = useTempDir();

  it('keeps campaigns, partnerships, history and ambassadors across a restart; removing the demo roster takes its campaign places', async () => {
    const dir = tempDir();
    let backend = await openRealBackend(dir, { mode: 'browser', version: 'test' });
    const { campaign, ids } = await campaignWithThree(backend);
    await walk(backend, ids[0]!, ['contacted']);
    await ok(backend.handle('demo:load', undefined));
    const demo = (await ok<{ rows: { creatorId: number; isDemo: boolean }[] }>(backend.handle('creators:list', { demo: 'only', limit: 1 }))).rows[0]!;
    await ok(backend.handle('partnerships:add', { campaignId: campaign.id, creatorIds: [demo.creatorId] }));
    await backend.close();

    backend = await openRealBackend(dir, { mode: 'browser', version: 'test' });
    try {
      const reopened = await ok<Campaign>(backend.handle('campaigns:get', { id: campaign.id }));
      expect(reopened.partnerships).toHaveLength(4);
      expect(reopened.partnerships.find((p) => p.id === ids[0])?.stage).toBe('contacted');
      expect(await ok(backend.handle('demo:status', undefined))).toMatchObject({ demoInUse: { partnerships: 1, ambassadors: 0 } });
      await ok(backend.handle('demo:remove', undefined));
      expect((await ok<Campaign>(backend.handle('campaigns:get', { id: campaign.id }))).partnerships.map((p) => p.creatorName)).toEqual(['Anna de Vries', 'Bram Jansen', 'Chloé Peeters']);
    } finally {
      await backend.close();
    }
  });
});

describe('saving over a change made elsewhere', () => {
  const openBackend = useBackend();
  const later = () => new Promise((resolve) => setTimeout(resolve, 5));
  const changedElsewhere = { ok: false, error: { code: 'conflict', issues: [{ rule: 'changedElsewhere' }] } };

  it('refuses a creator, campaign or ambassador programme saved from a form opened before another save, and writes nothing', async () => {
    const backend = await openBackend();
    const { brand, campaign, people } = await campaignWithThree(backend);
    const anna = people[0]!;

    // Tab B saves a new email; tab A, opened before, saves a city over it.
    await later();
    const input = creatorInput({ name: 'Anna de Vries', email: 'anna@new.example' });
    await ok(backend.handle('creators:update', { id: anna.id, creator: input, expectedUpdatedAt: anna.updatedAt }));
    expect(await backend.handle('creators:update', { id: anna.id, creator: { ...input, email: 'anna@old.example', city: 'Salford' }, expectedUpdatedAt: anna.updatedAt })).toMatchObject(changedElsewhere);
    expect(await ok<CreatorDetail>(backend.handle('creators:get', { id: anna.id }))).toMatchObject({ email: 'anna@new.example', city: 'Utrecht' });

    await later();
    const campaignFields = campaignInput(brand.id, { name: 'Autumn launch, final' });
    const saved = await ok<Campaign>(backend.handle('campaigns:save', { id: campaign.id, campaign: campaignFields, expectedUpdatedAt: campaign.updatedAt }));
    expect(await backend.handle('campaigns:save', { id: campaign.id, campaign: { ...campaignFields, name: 'Stale' }, expectedUpdatedAt: campaign.updatedAt })).toMatchObject(changedElsewhere);
    expect(await backend.handle('campaigns:save', { id: campaign.id, campaign: { ...campaignFields, name: 'Fresh' }, expectedUpdatedAt: saved.updatedAt })).toMatchObject({ ok: true, data: { name: 'Fresh' } });

    const programme = { creatorId: people[1]!.id, clientId: brand.id, startedOn: '2026-10-01', cadenceDays: 30, status: 'active', incentives: [], notes: 'Tab A note' } as const;
    const opened = await ok<Ambassador>(backend.handle('ambassadors:save', { ambassador: programme }));
    await later();
    await ok(backend.handle('ambassadors:save', { id: opened.id, ambassador: { ...programme, notes: 'Tab B note — important' }, expectedUpdatedAt: opened.updatedAt }));
    expect(await backend.handle('ambassadors:save', { id: opened.id, ambassador: { ...programme, cadenceDays: 14 }, expectedUpdatedAt: opened.updatedAt })).toMatchObject(changedElsewhere);
    expect(await ok<Ambassador>(backend.handle('ambassadors:get', { id: opened.id }))).toMatchObject({ notes: 'Tab B note — important', cadenceDays: 30 });
  });
});

describe('partnership results', () => {
  const openBackend = useBackend();

  it('keeps what a partnership achieved, shows it in the campaign and the history, and refuses impossible figures at their field', async () => {
    const backend = await openBackend();
    const { campaign, ids } = await campaignWithThree(backend);
    const results = { reach: 20_000, impressions: 30_000, engagements: 1_500, clicks: 600, conversions: 24, revenue: 120_000, measuredOn: '2026-11-20', source: 'Instagram insights' };
    const saved = await ok<PartnershipDetail>(backend.handle('partnerships:saveResults', { id: ids[0], results }));
    expect(saved.results).toEqual(results);
    expect(saved.history[0]).toMatchObject({ kind: 'results', note: 'reach,impressions,engagements,clicks,conversions,revenue,measuredOn,source' });
    const full = await ok<Campaign>(backend.handle('campaigns:get', { id: campaign.id }));
    expect(full.partnerships.map((p) => p.results)).toEqual([results, null, null]);

    // Saving the same figures again records nothing new.
    const again = await ok<PartnershipDetail>(backend.handle('partnerships:saveResults', { id: ids[0], results }));
    expect(again.history.filter((h) => h.kind === 'results')).toHaveLength(1);

    expect(await backend.handle('partnerships:saveResults', { id: ids[0], results: { ...results, impressions: 19_000 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'results.impressions', rule: 'results.impressionsBelowReach' }] },
    });
    expect(await backend.handle('partnerships:saveResults', { id: ids[0], results: { ...results, clicks: -1 } })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'results.clicks' } });
    expect(await backend.handle('partnerships:saveResults', { id: ids[0], results: { ...results, measuredOn: localIsoDay(new Date(Date.now() + 36 * 3_600_000)) } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'results.measuredOn', rule: 'results.measuredInFuture' }] },
    });
    expect(await backend.handle('partnerships:saveResults', { id: 9_999, results })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await ok<PartnershipDetail>(backend.handle('partnerships:get', { id: ids[0] }))).results).toEqual(results);
  });

  it('refuses results or terms saved over another window’s since the form opened, but not over this window’s other actions', async () => {
    const backend = await openBackend();
    const { ids } = await campaignWithThree(backend);
    const changedElsewhere = { ok: false, error: { code: 'conflict', issues: [{ rule: 'changedElsewhere' }] } };
    const results = { reach: 10_000, impressions: 15_000, engagements: null, clicks: null, conversions: null, revenue: null, measuredOn: null, source: '' };
    // Tab A saves first from an empty form; tab B, opened before that, saves clicks over it.
    await ok(backend.handle('partnerships:saveResults', { id: ids[1], results: { ...results, reach: 11_000 }, expected: null }));
    expect(await backend.handle('partnerships:saveResults', { id: ids[1], results: { ...results, clicks: 450 }, expected: null })).toMatchObject(changedElsewhere);
    expect((await ok<PartnershipDetail>(backend.handle('partnerships:get', { id: ids[1] }))).results).toMatchObject({ reach: 11_000, clicks: null });

    // Terms: a message logged in this window since is no conflict; another window's fee is.
    const opened = (await ok<PartnershipDetail>(backend.handle('partnerships:get', { id: ids[1] }))).terms;
    await ok(backend.handle('partnerships:logContact', { id: ids[1], kind: 'firstContact', onDate: '2026-11-20', note: '' }));
    const saved = await ok<PartnershipDetail>(backend.handle('partnerships:saveTerms', { id: ids[1], terms: { ...opened, cash: 25_000 }, expected: opened }));
    expect(saved.terms.cash).toBe(25_000);
    expect(await backend.handle('partnerships:saveTerms', { id: ids[1], terms: { ...opened, promoCode: 'NOAH10' }, expected: opened })).toMatchObject(changedElsewhere);
    expect((await ok<PartnershipDetail>(backend.handle('partnerships:get', { id: ids[1] }))).terms).toMatchObject({ cash: 25_000, promoCode: '' });
  });
});
