import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { creatorInputSchema } from '@shared/domain/creators';
import { openAndMigrate } from '../../electron/core/db/migrate';
import { createRosterBulkWriter } from '../../electron/core/repos/creators-bulk.sqlite';
import { createCreatorsService } from '../../electron/core/services/creators.service';
import { creatorInput } from '../support/creator-input';
import { useTempDir } from '../support/temp-dir';

// The unit tests run in Europe/Amsterdam (vitest.config.ts): just after midnight, UTC is still on yesterday.
describe('snapshots dated by the user’s day', () => {
  const tempDir = useTempDir();

  it('accepts a snapshot dated today just after midnight, when the UTC date is still yesterday', async () => {
    const { db, sqlite } = await openAndMigrate(join(tempDir(), 'w.sqlite'));
    const creators = createCreatorsService(db, createRosterBulkWriter(sqlite), () => new Date(2026, 10, 24, 0, 30));
    const created = await creators.create(creatorInputSchema.parse(creatorInput({}, { handle: 'night.owl' })));
    const detail = await creators.addSnapshot({ accountId: created.accounts[0]!.id, asOf: '2026-11-24', followers: 5_000, avgLikes: null, avgComments: null });
    expect(detail.accounts[0]!.snapshots.map((s) => s.asOf)).toContain('2026-11-24');
    await expect(creators.addSnapshot({ accountId: created.accounts[0]!.id, asOf: '2026-11-25', followers: 5_000, avgLikes: null, avgComments: null })).rejects.toMatchObject({
      issues: [{ field: 'asOf', rule: 'dateInFuture' }],
    });
    await db.destroy();
  });
});
