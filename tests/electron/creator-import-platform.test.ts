import { describe, expect, it } from 'vitest';
import { readImportableCsv } from '@shared/csv';
import { importRequestFor, type ImportRequest } from '@shared/domain/creator-import';
import type { RosterRow } from '@shared/domain/creators';
import type { Backend } from '../../electron/core/backend';
import { useBackend } from '../support/backend';
import { importRequest } from '../support/import-file';

/** A HypeAuditor Instagram report: the platform is only in the handle column's header. */
const hypeAuditor =
  'Influencer,Instagram username,Followers,ER,AQS,Quality audience,Avg likes,Avg comments,Audience country,Email\n' +
  'Brianna Cole,briannacole,"27,400",3.21%,78,"19,180",850,29,United States (64%),bri@cole.studio\n' +
  'Marcus Lee,marcuslee_fit,"210,000",1.05%,41,"86,100","2,150",55,Canada (48%),marcus@leefit.com\n';

/** A Later export: nothing in it names the platform. */
const later = 'Username,Followers\nanna.bakt,12000\nbram_fietst,8000\n';

async function roster(backend: Backend): Promise<RosterRow[]> {
  const result = await backend.handle('creators:list', { limit: 50 });
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { rows: RosterRow[] }).rows;
}

/** The request the page sends once the user chose the platform of rows without one. */
function requestOn(file: string, defaultPlatform: 'instagram' | 'tiktok' | 'youtube'): ImportRequest {
  const bytes = new TextEncoder().encode(file);
  const read = readImportableCsv(bytes, { defaultPlatform });
  if (!read.ok) throw new Error(read.problem.code);
  return importRequestFor({ name: 'later.csv', bytes }, read, { currency: 'EUR', onExisting: 'update' });
}

describe('importing a file of one platform without a platform column', () => {
  const openBackend = useBackend();

  it('writes the rows on the platform the request names', async () => {
    const backend = await openBackend();
    const request = importRequest(hypeAuditor, { fileName: 'hypeauditor.csv' });
    expect(request.defaultPlatform).toBe('instagram');
    expect(await backend.handle('creators:import', request)).toMatchObject({ ok: true, data: { created: 2 } });
    expect((await roster(backend)).map((r) => [r.name, r.platform, r.handle, r.followers]).sort()).toEqual([
      ['Brianna Cole', 'instagram', 'briannacole', 27_400],
      ['Marcus Lee', 'instagram', 'marcuslee_fit', 210_000],
    ]);
  });

  it('refuses the rows as before when the request names no platform, and writes nothing', async () => {
    const backend = await openBackend();
    const { defaultPlatform: _named, ...request } = importRequest(hypeAuditor);
    expect(await backend.handle('creators:import', request)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'file', rule: 'importChanged', params: { expected: 2, found: 0 } }] },
    });
    expect(await roster(backend)).toEqual([]);
  });

  it('writes a file whose headers name no platform on the one the user chose, and remembers it with the mapping', async () => {
    const backend = await openBackend();
    expect(await backend.handle('creators:import', requestOn(later, 'tiktok'))).toMatchObject({ ok: true, data: { created: 2 } });
    expect((await roster(backend)).map((r) => r.platform)).toEqual(['tiktok', 'tiktok']);
    expect(await backend.handle('creators:importMappingFor', { header: ['Username', 'Followers'] })).toEqual({
      ok: true,
      data: { mapping: ['handle', 'followers'], defaultPlatform: 'tiktok' },
    });
  });

  it('accepts only a platform it knows', async () => {
    const backend = await openBackend();
    const result = await backend.handle('creators:import', { ...requestOn(later, 'tiktok'), defaultPlatform: 'myspace' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ field: 'defaultPlatform' }] } });
    expect(await roster(backend)).toEqual([]);
  });
});
