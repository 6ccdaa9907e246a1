import { describe, expect, it } from 'vitest';
import { readCreatorCsv, readImportableCsv, type CreatorImportRow } from '@shared/csv';
import type { RosterRow, CreatorDetail } from '@shared/domain/creators';
import type { Backend } from '../../electron/core/backend';
import { useBackend } from '../support/backend';
import { creatorInput } from '../support/creator-input';
import { csvFixture as fixture, csvFixtureLines, importRequest } from '../support/import-file';

function validRows(name: string): readonly CreatorImportRow[] {
  const read = readCreatorCsv(fixture(name));
  if (!read.ok) throw new Error(read.problem.code);
  return read.rows;
}

async function roster(backend: Backend, query: Record<string, unknown> = {}): Promise<{ total: number; rows: RosterRow[] }> {
  const result = await backend.handle('creators:list', { limit: 500, ...query });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { total: number; rows: RosterRow[] };
}

describe('importing creators', () => {
  const openBackend = useBackend();

  it('reads an ER column of plain numbers as the preview did: fractions by default, percentages when the user said so', async () => {
    const backend = await openBackend();
    const file = 'name,platform,handle,followers,engagement rate\nBig Tech,youtube,bigtech,2400000,0.45\n';
    const request = importRequest(file);
    expect(request.shareScales).toEqual({ engagementRate: 'fraction' });
    expect(await backend.handle('creators:import', { ...request, shareScales: { engagementRate: 'percent' } })).toMatchObject({ ok: true, data: { created: 1 } });
    expect((await roster(backend)).rows[0]!.erFollowers).toBe(0.0045);
    // Anything else is refused at the contract.
    expect(await backend.handle('creators:import', { ...request, shareScales: { engagementRate: 'promille' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('gives a creator of several rows each note once and one fee per platform, as Microplan’s export writes them on every row', async () => {
    const backend = await openBackend();
    const file = [
      'name,platform,handle,followers,rate,notes',
      'Anna,instagram,anna.ig,12000,400,Call back in May',
      'Anna,instagram,anna.two,3000,500,Call back in May',
      'Anna,tiktok,anna.tt,8000,300,Call back in May',
    ].join('\n');
    expect(await backend.handle('creators:import', importRequest(file))).toMatchObject({ ok: true, data: { created: 1 } });
    const detail = ((await backend.handle('creators:get', { id: (await roster(backend)).rows[0]!.creatorId })) as { data: CreatorDetail }).data;
    expect(detail.notes).toBe('Call back in May');
    expect(detail.rateCard).toEqual([
      { deliverable: 'post', platform: 'instagram', amount: 40_000, currency: 'EUR' },
      { deliverable: 'post', platform: 'tiktok', amount: 30_000, currency: 'EUR' },
    ]);
  });

  it('keeps two creators of one name apart when the file says they are two (Microplan’s export writes each creator’s id)', async () => {
    const backend = await openBackend();
    const file = [
      'name,platform,handle,followers,creator id',
      'Aiden Thompson,tiktok,aiden.t,9000,17',
      'Aiden Thompson,youtube,aidenthompson,52000,42',
      'Aiden Thompson,instagram,aiden.thompson,12000,17',
    ].join('\n');
    expect(await backend.handle('creators:import', importRequest(file))).toMatchObject({ ok: true, data: { created: 2 } });
    const rows = (await roster(backend)).rows;
    const creatorOf = (handle: string) => rows.find((r) => r.handle === handle)!.creatorId;
    expect(creatorOf('aiden.t')).toBe(creatorOf('aiden.thompson'));
    expect(creatorOf('aidenthompson')).not.toBe(creatorOf('aiden.t'));
  });

  it('joins no creator of the roster by a name the file gives to two creator ids, and says none will be', async () => {
    const backend = await openBackend();
    await backend.handle('creators:import', importRequest('name,platform,handle,followers\nAiden Thompson,tiktok,aiden.old,3000\n'));
    const file = ['name,platform,handle,followers,creator id', 'Aiden Thompson,tiktok,aiden.t,9000,17', 'Aiden Thompson,youtube,aidenthompson,52000,42'].join('\n');
    const keys = [
      { line: 2, platform: 'tiktok', handle: 'aiden.t', name: 'Aiden Thompson', creatorRef: '17' },
      { line: 3, platform: 'youtube', handle: 'aidenthompson', name: 'Aiden Thompson', creatorRef: '42' },
    ];
    expect(await backend.handle('creators:importMatch', { keys })).toMatchObject({ ok: true, data: { byName: [], sharedName: [] } });
    expect(await backend.handle('creators:import', importRequest(file))).toMatchObject({ ok: true, data: { created: 2, addedAccounts: 0 } });
    expect(new Set((await roster(backend)).rows.map((r) => r.creatorId)).size).toBe(3);
  });

  it('joins a name written with an emoji or double spaces in one tool’s export to the same creator in another’s', async () => {
    const backend = await openBackend();
    await backend.handle('creators:import', importRequest('name,platform,handle,followers\nLily Chen 🌷,tiktok,lily.tt,3000\n'));
    const result = await backend.handle('creators:import', importRequest('name,platform,handle,followers\nlily  chen,instagram,lilychen.ig,12000\n'));
    expect(result).toMatchObject({ ok: true, data: { created: 0, addedAccounts: 1 } });
    expect((await roster(backend)).rows.map((r) => r.name)).toEqual(['Lily Chen 🌷', 'Lily Chen 🌷']);
  });

  it('keeps a fee in the currency its cell names, also when that is not the workspace’s', async () => {
    const backend = await openBackend();
    await backend.handle('settings:update', { currency: 'USD' });
    const file = 'name,platform,handle,followers,rate\nAmy,tiktok,amy,45000,$400\nCarter,tiktok,ccarter,45000,€500\nGwen,instagram,gwen,9000,GBP 300\n';
    expect(await backend.handle('creators:import', importRequest(file, { currency: 'USD' }))).toMatchObject({ ok: true, data: { created: 3 } });
    const { rows } = await roster(backend);
    const rateCard = async (handle: string) => ((await backend.handle('creators:get', { id: rows.find((r) => r.handle === handle)!.creatorId })) as { data: CreatorDetail }).data.rateCard;
    expect(await rateCard('amy')).toEqual([{ deliverable: 'post', platform: 'tiktok', amount: 40_000, currency: 'USD' }]);
    expect(await rateCard('ccarter')).toEqual([{ deliverable: 'post', platform: 'tiktok', amount: 50_000, currency: 'EUR' }]);
    expect(await rateCard('gwen')).toEqual([{ deliverable: 'post', platform: 'instagram', amount: 30_000, currency: 'GBP' }]);
  });

  it('imports a Dutch Excel export: decimal commas, thousands dots, Windows-1252, reported ER and fees', async () => {
    const backend = await openBackend();
    const request = importRequest(fixture('dutch-excel-export.csv'), { fileName: 'dutch-excel-export.csv' });
    const result = await backend.handle('creators:import', request);
    expect(result).toMatchObject({ ok: true, data: { created: request.expectedRows, updated: 0, skipped: 0 } });
    const { rows: listed } = await roster(backend);
    const lotte = listed.find((r) => r.handle === 'lotte.bakt')!;
    expect(lotte).toMatchObject({ name: 'Café Lotte', platform: 'instagram', followers: 12_500, tier: 'micro', country: 'Nederland', city: 'Utrecht' });
    // The file gives 3,4 % and likes but no comments: the reported ER is what the roster can use.
    expect(lotte.erFollowers).toBeCloseTo(0.034, 6);
    expect(lotte.erSource).toBe('reported');
    const detail = (await backend.handle('creators:get', { id: lotte.creatorId })) as { data: CreatorDetail };
    expect(detail.data.rateCard).toEqual([{ deliverable: 'post', platform: 'instagram', amount: 15_000, currency: 'EUR' }]);
    expect(detail.data.accounts[0]!.snapshots[0]!.source).toBe('dutch-excel-export.csv');
    expect(detail.data.acceptsProductOnly).toBe(true);
    const daan = listed.find((r) => r.handle === 'daan_fietst')!;
    expect(daan).toMatchObject({ platform: 'youtube', followers: 1_234_567, tier: 'macro' });
  });

  it('does not duplicate anyone when the same file is imported twice', async () => {
    const backend = await openBackend();
    const request = importRequest(fixture('english-utf8-bom.csv'), { fileName: 'a.csv' });
    await backend.handle('creators:import', request);
    const first = await roster(backend);
    expect(first.total).toBe(3);
    const lastChanged = async () => Promise.all(first.rows.map(async (r) => ((await backend.handle('creators:get', { id: r.creatorId })) as { data: CreatorDetail }).data.updatedAt));
    const changedBefore = await lastChanged();
    // The same figures and details again: nothing is updated, and the result says so.
    const again = await backend.handle('creators:import', request);
    expect(again).toMatchObject({ ok: true, data: { created: 0, updated: 0, unchanged: 3 } });
    expect((await roster(backend)).total).toBe(first.total);
    expect(await lastChanged()).toEqual(changedBefore);
    const skipped = await backend.handle('creators:import', { ...request, onExisting: 'skip' });
    expect(skipped).toMatchObject({ ok: true, data: { created: 0, updated: 0, skipped: 3 } });
  });

  it('updates an existing account with the file’s figures and keeps a dated snapshot from the file', async () => {
    const backend = await openBackend();
    const created = (await backend.handle('creators:create', creatorInput({ name: 'Jane Smith', phone: '+44 1' }, { platform: 'instagram', handle: 'janesmith', followers: 9_000 }))) as {
      data: CreatorDetail;
    };
    await backend.handle('creators:import', importRequest(fixture('english-utf8-bom.csv'), { fileName: 'march.csv' }));
    const detail = (await backend.handle('creators:get', { id: created.data.id })) as { data: CreatorDetail };
    expect(detail.data.accounts[0]).toMatchObject({ followers: 12_500, avgLikes: 420, avgComments: 31, sourceFile: 'march.csv' });
    // Entered by hand today and imported today: one point for the day, the file's.
    expect(detail.data.accounts[0]!.snapshots.map((s) => [s.followers, s.source])).toEqual([[12_500, 'march.csv']]);

    // Followers corrected by hand for that day, likes and comments left blank: the day keeps the
    // file's likes and comments, so the account's ER still comes from figures its history holds.
    const day = detail.data.accounts[0]!.snapshots[0]!.asOf;
    const corrected = (await backend.handle('creators:addSnapshot', { accountId: detail.data.accounts[0]!.id, asOf: day, followers: 12_000, avgLikes: null, avgComments: null })) as {
      data: CreatorDetail;
    };
    const account = corrected.data.accounts[0]!;
    expect(account.snapshots.map((s) => [s.asOf, s.followers, s.avgLikes, s.avgComments, s.source])).toEqual([[day, 12_000, 420, 31, 'manual']]);
    expect(account).toMatchObject({ followers: 12_000, avgLikes: 420, avgComments: 31 });
    expect(account.erFollowers).toBeCloseTo((420 + 31) / 12_000, 9);
    // A blank in the file keeps what the roster knew.
    expect(detail.data.phone).toBe('+44 1');
  });

  it('dates every snapshot on the day the user gives for the file’s figures, and refuses a day in the future at that field', async () => {
    const backend = await openBackend();
    const request = importRequest(fixture('english-utf8-bom.csv'), { fileName: 'june.csv' });
    expect(await backend.handle('creators:import', { ...request, asOf: '2026-06-30' })).toMatchObject({ ok: true, data: { created: 3, historyOnly: 0 } });
    const [first] = (await roster(backend)).rows;
    const detail = (await backend.handle('creators:get', { id: first!.creatorId })) as { data: CreatorDetail };
    expect(detail.data.accounts[0]!.snapshots.map((s) => [s.asOf, s.source])).toEqual([['2026-06-30', 'june.csv']]);

    const tomorrow = new Date(Date.now() + 36 * 3_600_000);
    const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    expect(await backend.handle('creators:import', { ...request, fileName: 'later.csv', asOf: day })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'asOf', rule: 'asOfInFuture' }] },
    });
    expect(await backend.handle('creators:import', { ...request, asOf: '30-06-2026' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ field: 'asOf' }] } });
    const after = (await backend.handle('creators:get', { id: first!.creatorId })) as { data: CreatorDetail };
    expect(after.data.accounts[0]!.snapshots).toHaveLength(1);

    // The preview of an export from before June says its rows would only join the history.
    const read = readImportableCsv(fixture('english-utf8-bom.csv'));
    if (!read.ok) throw new Error(read.problem.code);
    const keys = read.rows.map((r) => ({ line: r.line, platform: r.platform, handle: r.handle, name: r.name }));
    const older = await backend.handle('creators:importMatch', { keys, asOf: '2026-05-31' });
    expect(older).toMatchObject({ ok: true, data: { byHandle: keys.map((k) => k.line), olderThanRoster: keys.map((k) => k.line) } });
    expect(await backend.handle('creators:importMatch', { keys, asOf: '2026-06-30' })).toMatchObject({ ok: true, data: { olderThanRoster: [] } });
  });

  it('adds a new account to a creator of the same name, or creates a separate creator when asked', async () => {
    const backend = await openBackend();
    await backend.handle('creators:create', creatorInput({ name: 'Tom Müller' }, { platform: 'instagram', handle: 'tom.insta' }));
    const asNew = await backend.handle('creators:import', importRequest(csvFixtureLines('english-utf8-bom.csv', 'tom.mueller'), { onExisting: 'new' }));
    expect(asNew).toMatchObject({ ok: true, data: { created: 1 } });
    expect((await roster(backend, { search: 'tom' })).rows.map((r) => r.creatorId).filter((v, i, a) => a.indexOf(v) === i)).toHaveLength(2);
  });

  it('joins an account to the creator of the same name on update', async () => {
    const backend = await openBackend();
    const tom = (await backend.handle('creators:create', creatorInput({ name: 'Tom Müller' }, { platform: 'instagram', handle: 'tom.insta' }))) as { data: CreatorDetail };
    expect(await backend.handle('creators:import', importRequest(csvFixtureLines('english-utf8-bom.csv', 'tom.mueller')))).toMatchObject({ ok: true, data: { addedAccounts: 1, created: 0 } });
    const detail = (await backend.handle('creators:get', { id: tom.data.id })) as { data: CreatorDetail };
    expect(detail.data.accounts.map((a) => `${a.platform}:${a.handle}`).sort()).toEqual(['instagram:tom.insta', 'tiktok:tom.mueller']);
  });

  it('never joins a real row to a demo creator by name, so removing the demo leaves it', async () => {
    const backend = await openBackend();
    await backend.handle('demo:load', undefined);
    const demo = (await roster(backend, { platforms: ['instagram'], limit: 1 })).rows[0]!;
    expect(demo.isDemo).toBe(true);
    const file = `name,platform,handle,followers\n${demo.name},tiktok,real.namesake,12000\n`;
    expect(await backend.handle('creators:importMatch', { keys: [{ line: 2, platform: 'tiktok', handle: 'real.namesake', name: demo.name }] })).toMatchObject({ ok: true, data: { byName: [], sharedName: [] } });
    expect(await backend.handle('creators:import', importRequest(file))).toMatchObject({ ok: true, data: { created: 1, addedAccounts: 0 } });

    await backend.handle('demo:remove', undefined);
    expect((await roster(backend, {})).rows.map((r) => [r.name, r.handle, r.isDemo])).toEqual([[demo.name, 'real.namesake', false]]);
  });

  it('tells the preview which lines are already in the roster', async () => {
    const backend = await openBackend();
    await backend.handle('creators:create', creatorInput({ name: 'Jane' }, { platform: 'instagram', handle: 'JaneSmith' }));
    await backend.handle('creators:create', creatorInput({ name: 'Tom Müller' }, { platform: 'youtube', handle: 'tomyt' }));
    const keys = validRows('english-utf8-bom.csv').map((r) => ({ line: r.line, platform: r.platform, handle: r.handle, name: r.name }));
    expect(await backend.handle('creators:importMatch', { keys })).toEqual({ ok: true, data: { byHandle: [2], byName: [3], inBin: [], sharedName: [], olderThanRoster: [] } });
  });

  it('tells the preview which rows belong to a deleted creator and which names several creators share, as the import then treats them', async () => {
    const backend = await openBackend();
    const jane = (await backend.handle('creators:create', creatorInput({ name: 'Jane' }, { platform: 'instagram', handle: 'JaneSmith' }))) as { data: CreatorDetail };
    await backend.handle('creators:bulk', { ids: [jane.data.id], action: { type: 'delete' } });
    await backend.handle('creators:create', creatorInput({ name: 'Tom Müller' }, { platform: 'youtube', handle: 'tomyt' }));
    await backend.handle('creators:create', creatorInput({ name: 'tom müller' }, { platform: 'youtube', handle: 'tom.other' }));
    const keys = validRows('english-utf8-bom.csv').map((r) => ({ line: r.line, platform: r.platform, handle: r.handle, name: r.name }));
    expect(await backend.handle('creators:importMatch', { keys })).toEqual({ ok: true, data: { byHandle: [], byName: [], inBin: [2], sharedName: [3], olderThanRoster: [] } });

    // As announced: Jane's row is skipped, Tom's becomes a third creator of that name.
    expect(await backend.handle('creators:import', importRequest(fixture('english-utf8-bom.csv')))).toMatchObject({ ok: true, data: { skipped: 1, updated: 0, addedAccounts: 0 } });
    const toms = (await backend.handle('creators:list', { search: 'tom', limit: 10 })) as { data: { rows: { name: string }[] } };
    expect(toms.data.rows.map((r) => r.name).sort()).toEqual(['Tom Müller', 'Tom Müller', 'tom müller']);
  });

  it('remembers the mapping a file was imported with, for the next file with the same headers', async () => {
    const backend = await openBackend();
    const file = 'Naam;Kanaal;Gebruikersnaam;Volgers;Echt publiek (%)\nLotte;TikTok;lotte.bakt;25.000;92,5\n';
    const header = ['Naam', 'Kanaal', 'Gebruikersnaam', 'Volgers', 'Echt publiek (%)'];
    expect(await backend.handle('creators:importMappingFor', { header })).toEqual({ ok: true, data: null });

    // The user maps the two columns the automatic mapping does not know.
    const mapping = ['name', 'platform', 'handle', 'followers', 'audienceAuthenticity'] as const;
    const request = { ...importRequest(file), mapping: [...mapping], expectedRows: 1 };
    expect(await backend.handle('creators:import', request)).toMatchObject({ ok: true, data: { created: 1 } });
    // With its platform column, the file has no platform for rows without one.
    const remembered = { mapping, defaultPlatform: null };
    expect(await backend.handle('creators:importMappingFor', { header })).toEqual({ ok: true, data: remembered });
    // Next month's export: the same columns, written with other case and accents.
    expect(await backend.handle('creators:importMappingFor', { header: ['NAAM', 'kanaal', 'gebruikersnaam', 'Volgers', 'Écht publiek (%)'] })).toEqual({ ok: true, data: remembered });
    // Another layout has nothing remembered.
    expect(await backend.handle('creators:importMappingFor', { header: ['Naam', 'Kanaal', 'Gebruikersnaam', 'Volgers'] })).toEqual({ ok: true, data: null });

    // A refused import remembers nothing: the mapping is saved in the import's own transaction.
    const refused = { ...request, mapping: ['name', 'platform', 'handle', 'followers', null], expectedRows: 2 };
    expect(await backend.handle('creators:import', refused)).toMatchObject({ ok: false });
    expect(await backend.handle('creators:importMappingFor', { header })).toEqual({ ok: true, data: remembered });
  });

  it('writes nothing when the file does not read to the rows the preview offered', async () => {
    const backend = await openBackend();
    const request = importRequest(fixture('english-utf8-bom.csv'));
    const result = await backend.handle('creators:import', { ...request, expectedRows: request.expectedRows + 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ field: 'file', rule: 'importChanged', params: { expected: 4, found: 3 } }] } });
    // Another file under the preview's mapping (two columns where the preview saw eleven).
    const other = await backend.handle('creators:import', { ...request, file: Buffer.from('handle,followers\njane,100\n').toString('base64') });
    expect(other).toMatchObject({ ok: false, error: { issues: [{ field: 'file', rule: 'importChanged', params: { expected: 3, found: 0 } }] } });
    const notAFile = await backend.handle('creators:import', { ...request, file: '%%% not base64 %%%' });
    expect(notAFile).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ field: 'file' }] } });
    const noRows = await backend.handle('creators:import', { ...request, expectedRows: 0 });
    expect(noRows).toMatchObject({ ok: false, error: { issues: [{ field: 'expectedRows' }] } });
    expect((await roster(backend)).total).toBe(0);
  });

  it('imports the valid rows of a file with refused lines, as the preview offered them', async () => {
    const backend = await openBackend();
    const text = new TextDecoder().decode(fixture('english-utf8-bom.csv')).trimEnd();
    const broken = `${text}\nBad Handle,instagram,x y,100,,,,,,,\nJane Again,instagram,janesmith,200,,,,,,,\n`;
    const preview = readImportableCsv(new TextEncoder().encode(broken));
    if (!preview.ok) throw new Error(preview.problem.code);
    expect(preview.problems.map((p) => [p.line, p.code])).toEqual([
      [5, 'handleInvalid'],
      [6, 'duplicateHandle'],
    ]);
    expect(await backend.handle('creators:import', importRequest(broken))).toMatchObject({ ok: true, data: { created: 3 } });
    expect((await roster(backend)).rows.map((r) => r.handle).sort()).toEqual(['analopez', 'janesmith', 'tom.mueller']);
    expect((await roster(backend, { search: 'janesmith' })).rows[0]!.followers).toBe(12_500);
  });
});

describe('search after an import update', () => {
  const openBackend = useBackend();

  it('finds a creator by a tag the import added, through every one of its accounts', async () => {
    const backend = await openBackend();
    await backend.handle('creators:create', {
      ...creatorInput({ name: 'Jane Smith', tags: [] }),
      accounts: [creatorInput().accounts[0]!, { ...creatorInput().accounts[0]!, platform: 'instagram', handle: 'janesmith' }],
    });
    await backend.handle('creators:import', importRequest('Name,Platform,Handle,Followers,Tags\n"Smith, Jane",instagram,janesmith,12500,autumn-pick\n'));
    expect((await roster(backend, { search: 'autumn-pick' })).total).toBe(2);
  });
});

describe('imports keep the roster consistent', () => {
  const openBackend = useBackend();

  it('never overwrites a status with a word it does not know', async () => {
    const backend = await openBackend();
    await backend.handle('creators:create', creatorInput({ name: 'Jane Smith', status: 'active' }, { platform: 'instagram', handle: 'janesmith' }));
    const withStatus = (status: string) => importRequest(`Name,Platform,Handle,Followers,Status\n"Smith, Jane",instagram,janesmith,12500,${status}\n`);
    await backend.handle('creators:import', withStatus('on hold'));
    expect((await roster(backend)).rows[0]!.status).toBe('active');
    await backend.handle('creators:import', withStatus('Goedgekeurd'));
    expect((await roster(backend)).rows[0]!.status).toBe('approved');
  });

  it('splits eleven accounts with one name into creators that can still be edited (ten accounts at most)', async () => {
    const backend = await openBackend();
    const file = ['Name,Platform,Handle,Followers,Engagement Rate', ...Array.from({ length: 11 }, (_, i) => `Sam,instagram,sam${i},12500,0.034`)].join('\n');
    expect(await backend.handle('creators:import', importRequest(file))).toMatchObject({ ok: true, data: { created: 2 } });
    const ids = [...new Set((await roster(backend)).rows.map((r) => r.creatorId))];
    for (const id of ids) {
      const detail = (await backend.handle('creators:get', { id })) as { data: CreatorDetail };
      const { id: _id, accounts, ...rest } = detail.data;
      const input = {
        name: rest.name, status: rest.status, country: rest.country, city: rest.city, languages: rest.languages, niches: rest.niches, tags: rest.tags,
        email: rest.email, phone: rest.phone, agent: rest.agent, acceptsProductOnly: rest.acceptsProductOnly, audience: rest.audience, rateCard: rest.rateCard, notes: rest.notes,
        accounts: accounts.map((a) => ({ id: a.id, platform: a.platform, handle: a.handle, profileUrl: a.profileUrl, followers: a.followers, avgLikes: a.avgLikes, avgComments: a.avgComments, avgShares: a.avgShares, avgSaves: a.avgSaves, avgViews: a.avgViews, postsPerWeek: a.postsPerWeek })),
      };
      expect((await backend.handle('creators:update', { id, creator: input })).ok).toBe(true);
    }
  });

  it('leaves creators in the bin alone, and says so in the preview and the result', async () => {
    const backend = await openBackend();
    const jane = (await backend.handle('creators:create', creatorInput({ name: 'Jane Smith' }, { platform: 'instagram', handle: 'janesmith', followers: 9_000 }))) as { data: CreatorDetail };
    await backend.handle('creators:bulk', { ids: [jane.data.id], action: { type: 'delete' } });
    const keys = validRows('english-utf8-bom.csv').map((r) => ({ line: r.line, platform: r.platform, handle: r.handle, name: r.name }));
    expect(await backend.handle('creators:importMatch', { keys })).toEqual({ ok: true, data: { byHandle: [], byName: [], inBin: [2], sharedName: [], olderThanRoster: [] } });
    expect(await backend.handle('creators:import', importRequest(csvFixtureLines('english-utf8-bom.csv', 'janesmith')))).toMatchObject({ ok: true, data: { updated: 0, skipped: 1, inBin: 1 } });
    const detail = (await backend.handle('creators:get', { id: jane.data.id })) as { data: CreatorDetail };
    expect(detail.data.accounts[0]!.followers).toBe(9_000);
  });
});
