import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveImportMapping } from '../../electron/core/repos/import-mappings.repo';
import { importHeaderKey, rememberMapping, rememberedMapping } from '../../electron/core/services/import-mappings';
import { openAndMigrate } from '../../electron/core/db/migrate';
import { useTempDir } from '../support/temp-dir';

describe('remembered mappings', () => {
  const tempDir = useTempDir();
  // Microplan's own Dutch export: its last column is the figures' day.
  const header = ['Naam', 'Platform', 'Handle', 'Volgers', 'Cijfers van'];

  it('give a mapping kept before a field existed the field its header names, and keep a newer one as it is', async () => {
    const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
    // Kept by an import before the "figures as of" field: that column could only be ignored.
    await saveImportMapping(ws.db, importHeaderKey(header), JSON.stringify(['name', 'platform', 'handle', 'followers', null]), '2026-11-01T10:00:00.000Z');
    // Kept before the platform of rows without one was remembered: nothing is said of it.
    expect(await rememberedMapping(ws.db, header)).toEqual({ mapping: ['name', 'platform', 'handle', 'followers', 'figuresAsOf'] });

    // Ignored by choice since: stays ignored.
    await rememberMapping(ws.db, { header, mapping: ['name', 'platform', 'handle', 'followers', null], defaultPlatform: null }, '2026-11-24T10:00:00.000Z');
    expect(await rememberedMapping(ws.db, header)).toEqual({ mapping: ['name', 'platform', 'handle', 'followers', null], defaultPlatform: null });
    await ws.db.destroy();
  });

  it('give a mapping kept before the creator id existed that field, where a header names it', async () => {
    const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
    const exported = ['Naam', 'Handle', 'Volgers', 'Creator-ID'];
    await saveImportMapping(ws.db, importHeaderKey(exported), JSON.stringify({ fields: 2, mapping: ['name', 'handle', 'followers', null] }), '2026-11-20T10:00:00.000Z');
    expect(await rememberedMapping(ws.db, exported)).toEqual({ mapping: ['name', 'handle', 'followers', 'creatorRef'] });
    await ws.db.destroy();
  });

  it('keep the platform rows without one were imported on, and ignore one that is not a platform', async () => {
    const ws = await openAndMigrate(join(tempDir(), 'roster.sqlite'));
    const later = ['Username', 'Followers'];
    await rememberMapping(ws.db, { header: later, mapping: ['handle', 'followers'], defaultPlatform: 'instagram' }, '2026-11-24T10:00:00.000Z');
    expect(await rememberedMapping(ws.db, later)).toEqual({ mapping: ['handle', 'followers'], defaultPlatform: 'instagram' });
    await saveImportMapping(ws.db, importHeaderKey(later), JSON.stringify({ fields: 2, mapping: ['handle', 'followers'], defaultPlatform: 'myspace' }), '2026-11-24T10:00:00.000Z');
    expect(await rememberedMapping(ws.db, later)).toEqual({ mapping: ['handle', 'followers'] });
    await ws.db.destroy();
  });
});
