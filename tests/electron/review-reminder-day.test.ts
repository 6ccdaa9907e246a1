import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { creatorInputSchema, type CreatorDetail } from '@shared/domain/creators';
import { defaultTerms, emptyBrief } from '@shared/domain/campaigns';
import { openAndMigrate } from '../../electron/core/db/migrate';
import { createRosterBulkWriter } from '../../electron/core/repos/creators-bulk.sqlite';
import { createCampaignsService } from '../../electron/core/services/campaigns.service';
import { createCreatorsService } from '../../electron/core/services/creators.service';
import { createPartnershipsService } from '../../electron/core/services/partnerships.service';
import { createRemindersService } from '../../electron/core/services/reminders.service';
import { creatorInput } from '../support/creator-input';
import { useTempDir } from '../support/temp-dir';

// The unit tests run in Europe/Amsterdam (vitest.config.ts): at 00:30 on 24 November, UTC is still on the 23rd.
describe('the draft-review reminder counts from the user’s day', () => {
  const tempDir = useTempDir();

  it('dates a draft received just after midnight on that local day, not the UTC day before', async () => {
    const { db, sqlite } = await openAndMigrate(join(tempDir(), 'w.sqlite'));
    const now = () => new Date(2026, 10, 24, 0, 30);
    const creators = createCreatorsService(db, createRosterBulkWriter(sqlite), now);
    const campaigns = createCampaignsService(db, now);
    const partnerships = createPartnershipsService(db, now);
    const reminders = createRemindersService(db);

    const creator: CreatorDetail = await creators.create(creatorInputSchema.parse(creatorInput({ name: 'Anna de Vries' }, { handle: 'anna.night' })));
    const brand = await campaigns.saveClient(undefined, { name: 'Koffiebar Noord', contactName: '', email: '', notes: '' });
    const campaign = await campaigns.saveCampaign(undefined, {
      name: 'Night shift',
      clientId: brand.id,
      goal: 'awareness',
      startDate: '2026-11-01',
      endDate: null,
      budget: { amount: 100_000, currency: 'EUR' },
      platforms: ['instagram'],
      planId: null,
      adviceId: null,
      pilot: false,
      brief: emptyBrief,
      status: 'active',
    });
    await partnerships.add(campaign.id, [creator.id]);
    const [partnership] = (await campaigns.getCampaign(campaign.id)).partnerships;
    // Feedback on a draft is due the day it came in.
    await partnerships.saveTerms(partnership!.id, { ...defaultTerms, approvalRequired: true, turnaroundDays: 0 });
    const withDeliverable = await partnerships.saveDeliverable(partnership!.id, undefined, { type: 'post', platform: 'instagram', dueDate: '2026-11-30', description: '' });
    await partnerships.transitionDeliverable(withDeliverable.deliverables[0]!.id, 'draftReceived', '', '');

    const reviews = (await reminders.due('2026-11-24', 3)).filter((r) => r.kind === 'review');
    expect(reviews).toMatchObject([{ dueDate: '2026-11-24', state: 'due', daysLate: 0 }]);
    await db.destroy();
  });
});
