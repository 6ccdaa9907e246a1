import { describe, expect, it } from 'vitest';
import type { CreatorDetail, RosterRow } from '@shared/domain/creators';
import type { Backend } from '../../electron/core/backend';
import { localIsoDay } from '@shared/local-day';
import { useBackend } from '../support/backend';
import { readImportableCsv } from '@shared/csv';
import { importRequest } from '../support/import-file';

/** Imports of files dated by the user ("figures as of"): older files build history, never overwrite newer details. */

const header = 'name,platform,handle,followers,email,status,city';

async function importDated(backend: Backend, fileName: string, asOf: string, lines: string[]) {
  const result = await backend.handle('creators:import', { ...importRequest([header, ...lines].join('\n'), { fileName }), asOf });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

async function creatorByHandle(backend: Backend, handle: string): Promise<CreatorDetail> {
  const list = await backend.handle('creators:list', { search: handle, limit: 1 });
  if (!list.ok) throw new Error(list.error.message);
  const [row] = (list.data as { rows: RosterRow[] }).rows;
  const detail = await backend.handle('creators:get', { id: row!.creatorId });
  if (!detail.ok) throw new Error(detail.error.message);
  return detail.data as CreatorDetail;
}

describe('importing a file dated in the past', () => {
  const openBackend = useBackend();

  it('keeps the creator’s newer details when only another of its accounts is newer than the file', async () => {
    const backend = await openBackend();
    await importDated(backend, 'october.csv', '2026-10-01', ['Lotte Bakt,instagram,lotte.bakt,12000,new@lotte.nl,active,Utrecht']);
    // A TikTok account joins her by name from an export of June.
    expect(await importDated(backend, 'june.csv', '2026-06-01', ['Lotte Bakt,tiktok,lotte.tt,3000,,,'])).toMatchObject({ addedAccounts: 1 });

    // August: older than her Instagram figures, newer than her TikTok ones.
    const august = await importDated(backend, 'august.csv', '2026-08-01', [
      'Lotte Bakt,instagram,lotte.bakt,9000,old@lotte.nl,prospect,Zwolle',
      'Lotte Bakt,tiktok,lotte.tt,3500,old@lotte.nl,prospect,Zwolle',
    ]);
    // Instagram only gains history; TikTok is updated.
    expect(august).toMatchObject({ updated: 1, historyOnly: 1 });

    const lotte = await creatorByHandle(backend, 'lotte.bakt');
    // The details stay October's: August is older than what the roster knows of her.
    expect(lotte).toMatchObject({ email: 'new@lotte.nl', status: 'active', city: 'Utrecht' });
    const account = (platform: string) => lotte.accounts.find((a) => a.platform === platform)!;
    // Instagram keeps October's figures and gains August as history; TikTok takes August's figures.
    expect(account('instagram')).toMatchObject({ followers: 12_000, sourceFile: 'october.csv' });
    expect(account('instagram').snapshots.map((s) => [s.asOf, s.followers])).toEqual([['2026-08-01', 9_000], ['2026-10-01', 12_000]]);
    expect(account('tiktok')).toMatchObject({ followers: 3_500, sourceFile: 'august.csv' });
    expect(account('tiktok').snapshots.map((s) => [s.asOf, s.followers])).toEqual([['2026-06-01', 3_000], ['2026-08-01', 3_500]]);

    // A file as new as her newest figures brings its details again.
    await importDated(backend, 'october-fix.csv', '2026-10-01', ['Lotte Bakt,tiktok,lotte.tt,3600,fixed@lotte.nl,,Amersfoort']);
    expect(await creatorByHandle(backend, 'lotte.tt')).toMatchObject({ email: 'fixed@lotte.nl', status: 'active', city: 'Amersfoort' });
  });

  it('gives a known creator the details of the row that adds an account, as an update would', async () => {
    const backend = await openBackend();
    await importDated(backend, 'tiktok.csv', '2026-10-01', ['Lily Chen,tiktok,lily.tt,3000,,,']);
    // Her Instagram export, newer: a new account, and her e-mail, status and city with it.
    expect(await importDated(backend, 'instagram.csv', '2026-11-01', ['Lily Chen,instagram,lilychen.ig,12000,lily@chen.co,approved,San Francisco'])).toMatchObject({
      addedAccounts: 1,
      created: 0,
    });
    expect(await creatorByHandle(backend, 'lily.tt')).toMatchObject({ email: 'lily@chen.co', status: 'approved', city: 'San Francisco' });
    // An older file's new account leaves the newer details as they are.
    await importDated(backend, 'youtube.csv', '2026-09-01', ['Lily Chen,youtube,lilychen,500,old@chen.co,prospect,Austin']);
    const lily = await creatorByHandle(backend, 'lilychen');
    expect(lily).toMatchObject({ email: 'lily@chen.co', status: 'approved', city: 'San Francisco' });
    expect(lily.accounts.map((a) => a.platform).sort()).toEqual(['instagram', 'tiktok', 'youtube']);
  });

  it('dates each account’s figures in the roster by the file they came from, and sorts by that day', async () => {
    const backend = await openBackend();
    await importDated(backend, 'october.csv', '2026-10-01', ['Lotte Bakt,instagram,lotte.bakt,12000,,,']);
    await importDated(backend, 'june.csv', '2026-06-01', ['Sem Vlogt,youtube,semvlogt,40000,,,']);
    const roster = async (direction: 'asc' | 'desc') => {
      const result = await backend.handle('creators:list', { sort: 'figuresAsOf', direction });
      if (!result.ok) throw new Error(result.error.message);
      return (result.data as { rows: RosterRow[] }).rows.map((r) => [r.handle, r.figuresAsOf]);
    };
    expect(await roster('asc')).toEqual([['semvlogt', '2026-06-01'], ['lotte.bakt', '2026-10-01']]);
    expect(await roster('desc')).toEqual([['lotte.bakt', '2026-10-01'], ['semvlogt', '2026-06-01']]);

    // August: Sem's figures move on to August; Lotte's October figures stay, August joins her history.
    expect(await importDated(backend, 'august.csv', '2026-08-01', ['Lotte Bakt,instagram,lotte.bakt,9000,,,', 'Sem Vlogt,youtube,semvlogt,41000,,,'])).toMatchObject({
      updated: 1,
      historyOnly: 1,
    });
    expect(await roster('asc')).toEqual([['semvlogt', '2026-08-01'], ['lotte.bakt', '2026-10-01']]);
  });

  it('keeps the likes and comments counted by hand for a day when a file of that day leaves them blank', async () => {
    const backend = await openBackend();
    await importDated(backend, 'october.csv', '2026-10-01', ['Fenna Jansen,instagram,fenna.jansen,12000,,,']);
    const fenna = await creatorByHandle(backend, 'fenna.jansen');
    const accountId = fenna.accounts[0]!.id;
    const added = await backend.handle('creators:addSnapshot', { accountId, asOf: '2026-08-01', followers: 11_111, avgLikes: 1_100, avgComments: 40 });
    expect(added.ok).toBe(true);

    // An export of that day with followers only: its followers win, the counted figures stay.
    expect(await importDated(backend, 'export-2026-08-01.csv', '2026-08-01', ['Fenna Jansen,instagram,fenna.jansen,13000,,,'])).toMatchObject({ historyOnly: 1 });
    const august = (await creatorByHandle(backend, 'fenna.jansen')).accounts[0]!.snapshots.filter((s) => s.asOf === '2026-08-01');
    expect(august).toEqual([expect.objectContaining({ followers: 13_000, avgLikes: 1_100, avgComments: 40, source: 'export-2026-08-01.csv' })]);
  });

  it('adds no point to the history for the very figures the account has, so importing an export back keeps each account’s day', async () => {
    const backend = await openBackend();
    await importDated(backend, 'october.csv', '2026-10-01', ['Lotte Bakt,instagram,lotte.bakt,12000,,,']);
    // Microplan's own export, imported back today: the same figures, a newer contact.
    const today = localIsoDay(new Date());
    expect(await importDated(backend, `microplan-creators-${today}.csv`, today, ['Lotte Bakt,instagram,lotte.bakt,12000,new@lotte.nl,,'])).toMatchObject({ updated: 1 });
    const lotte = await creatorByHandle(backend, 'lotte.bakt');
    expect(lotte.email).toBe('new@lotte.nl');
    expect(lotte.accounts[0]).toMatchObject({ sourceFile: 'october.csv' });
    expect(lotte.accounts[0]!.snapshots.map((s) => [s.asOf, s.followers])).toEqual([['2026-10-01', 12_000]]);
    const row = await backend.handle('creators:list', { search: 'lotte.bakt' });
    expect(row.ok && (row.data as { rows: RosterRow[] }).rows[0]!.figuresAsOf).toBe('2026-10-01');

    // A figure that moved is a new measurement, dated as the file says.
    await importDated(backend, 'today.csv', today, ['Lotte Bakt,instagram,lotte.bakt,12100,,,']);
    expect((await creatorByHandle(backend, 'lotte.bakt')).accounts[0]!.snapshots.map((s) => [s.asOf, s.followers])).toEqual([
      ['2026-10-01', 12_000],
      [today, 12_100],
    ]);
  });
});

describe('a file’s engagement rate imported again', () => {
  const openBackend = useBackend();
  const erFile = (lines: string[]) => ['name,platform,handle,followers,avg likes,avg comments,engagement rate', ...lines].join('\n');
  const importEr = async (backend: Backend, fileName: string, lines: string[]) => {
    const result = await backend.handle('creators:import', importRequest(erFile(lines), { fileName }));
    if (!result.ok) throw new Error(result.error.message);
  };

  it('keeps no reported ER where likes and comments give one, and takes a rounded copy of a reported one for the same', async () => {
    const backend = await openBackend();
    await importEr(backend, 'modash.csv', ['Jane,instagram,jane,27400,850,29,3.2%', 'Tom,tiktok,tom,45000,,,3.3912%']);
    const account = async (handle: string) => (await creatorByHandle(backend, handle)).accounts[0]!;
    // Jane's ER is (850 + 29) ÷ 27,400, computed: the file's 3.2 % is not kept beside it.
    expect(await account('jane')).toMatchObject({ erReported: null, erSource: 'computed' });
    expect((await account('jane')).snapshots.map((s) => s.erReported)).toEqual([null]);
    expect(await account('tom')).toMatchObject({ erReported: 0.033912, erSource: 'reported' });

    // A sheet that rounded Tom's ER to two decimals, and wrote Jane's computed one: nothing was measured again.
    await importEr(backend, 'rounded.csv', ['Jane,instagram,jane,27400,850,29,3.21%', 'Tom,tiktok,tom,45000,,,3.39%']);
    expect(await account('tom')).toMatchObject({ erReported: 0.033912, sourceFile: 'modash.csv' });
    expect(await account('jane')).toMatchObject({ erReported: null, sourceFile: 'modash.csv' });

    // Another ER for Tom is a new measurement.
    await importEr(backend, 'later.csv', ['Tom,tiktok,tom,45000,,,3.5%']);
    expect(await account('tom')).toMatchObject({ erReported: 0.035, sourceFile: 'later.csv' });
  });
});

describe('importing a file whose rows give their own day (a “figures as of” column)', () => {
  const openBackend = useBackend();
  const dutchFile = (lines: string[]) => ['Naam;Platform;Handle;Volgers;Cijfers van', ...lines].join('\n');

  it('dates each row by its own day, the rest by the file’s day, and says beforehand which rows are older than the roster', async () => {
    const backend = await openBackend();
    await importDated(backend, 'october.csv', '2026-10-01', ['Lotte Bakt,instagram,lotte.bakt,12000,,,']);
    const file = dutchFile(['Lotte Bakt;instagram;lotte.bakt;9000;01-08-2026', 'Sem Vlogt;youtube;semvlogt;40000;15-09-2026', 'Noor Leest;tiktok;noor.leest;5000;']);

    // The preview's question, as the import page asks it: each row with its own day.
    const request = importRequest(file, { fileName: 'mixed.csv' });
    expect(request.dateOrder).toBe('dmy');
    const match = await backend.handle('creators:importMatch', {
      keys: [
        { line: 2, platform: 'instagram', handle: 'lotte.bakt', name: 'Lotte Bakt', asOf: '2026-08-01' },
        { line: 3, platform: 'youtube', handle: 'semvlogt', name: 'Sem Vlogt', asOf: '2026-09-15' },
        { line: 4, platform: 'tiktok', handle: 'noor.leest', name: 'Noor Leest', asOf: null },
      ],
      asOf: '2026-10-05',
    });
    expect(match.ok && match.data).toMatchObject({ byHandle: [2], olderThanRoster: [2] });

    const result = await backend.handle('creators:import', { ...request, asOf: '2026-10-05' });
    if (!result.ok) throw new Error(result.error.message);
    // Lotte's August row is older than her October figures: history only. Sem and Noor are new.
    expect(result.data).toMatchObject({ created: 2, updated: 0, historyOnly: 1 });
    const history = async (handle: string) => (await creatorByHandle(backend, handle)).accounts[0]!.snapshots.map((s) => [s.asOf, s.followers]);
    expect(await history('lotte.bakt')).toEqual([['2026-08-01', 9_000], ['2026-10-01', 12_000]]);
    expect(await history('semvlogt')).toEqual([['2026-09-15', 40_000]]);
    expect(await history('noor.leest')).toEqual([['2026-10-05', 5_000]]);
    const roster = await backend.handle('creators:list', { sort: 'figuresAsOf', direction: 'asc' });
    expect(roster.ok && (roster.data as { rows: RosterRow[] }).rows.map((r) => [r.handle, r.figuresAsOf])).toEqual([
      ['semvlogt', '2026-09-15'],
      ['lotte.bakt', '2026-10-01'],
      ['noor.leest', '2026-10-05'],
    ]);
  });

  it('reads a row without a day on the file’s day, so it clashes with its account’s row of that day as the preview said', async () => {
    const backend = await openBackend();
    const file = dutchFile(['Lotte Bakt;instagram;lotte.bakt;12000;01-10-2026', 'Lotte Bakt;instagram;lotte.bakt;12500;']);
    // The preview, read with the file's day as the window reads it, offers one row.
    const preview = readImportableCsv(new TextEncoder().encode(file), { fileDay: '2026-10-01' });
    expect(preview.ok && preview.problems.map((p) => [p.line, p.code])).toEqual([[3, 'duplicateHandleOnFileDay']]);
    const result = await backend.handle('creators:import', { ...importRequest(file), expectedRows: 1, asOf: '2026-10-01' });
    expect(result.ok && result.data).toMatchObject({ created: 1 });
    expect((await creatorByHandle(backend, 'lotte.bakt')).accounts[0]!.snapshots.map((s) => [s.asOf, s.followers])).toEqual([['2026-10-01', 12_000]]);
  });

  it('reads the days in the order the preview settled on', async () => {
    const backend = await openBackend();
    // An American file whose days do not say which comes first: the preview read it month first.
    const file = 'handle,platform,followers,figures as of\nlotte.bakt,instagram,12000,08/01/2026\n';
    const result = await backend.handle('creators:import', { ...importRequest(file), dateOrder: 'mdy' });
    if (!result.ok) throw new Error(result.error.message);
    expect((await creatorByHandle(backend, 'lotte.bakt')).accounts[0]!.snapshots.map((s) => s.asOf)).toEqual(['2026-08-01']);
  });

  it('moves an account on to a row’s newer day and refuses a day after today, writing nothing', async () => {
    const backend = await openBackend();
    await importDated(backend, 'august.csv', '2026-08-01', ['Lotte Bakt,instagram,lotte.bakt,9000,,,']);
    const today = localIsoDay(new Date());
    const newer = await backend.handle('creators:import', { ...importRequest(dutchFile(['Lotte Bakt;instagram;lotte.bakt;12000;01-10-2026'])), asOf: '2026-06-01' });
    expect(newer.ok && newer.data).toMatchObject({ updated: 1, historyOnly: 0 });
    expect((await creatorByHandle(backend, 'lotte.bakt')).accounts[0]).toMatchObject({ followers: 12_000 });

    // The backend refuses a row dated after today, as the preview does: a window that offered it
    // (here: read without a today) is told the file does not come to its rows, and nothing is written.
    const tomorrow = new Date(Date.now() + 36 * 3_600_000);
    const future = dutchFile([`Lotte Bakt;instagram;lotte.bakt;15000;${localIsoDay(tomorrow)}`, 'Sem Vlogt;youtube;semvlogt;40000;']);
    const refused = await backend.handle('creators:import', { ...importRequest(future), asOf: today });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ field: 'file', rule: 'importChanged', params: { expected: 2, found: 1 } }] } });
    expect((await creatorByHandle(backend, 'lotte.bakt')).accounts[0]).toMatchObject({ followers: 12_000 });
    const list = await backend.handle('creators:list', { search: 'semvlogt' });
    expect(list.ok && (list.data as { rows: RosterRow[] }).rows).toEqual([]);
  });

  it('takes a file with a row per account and month as each account’s history, the newest month as its figures', async () => {
    const backend = await openBackend();
    await importDated(backend, 'september.csv', '2026-09-15', ['Noor Leest,tiktok,noor.leest,5000,,,']);
    const file = dutchFile([
      'Lotte Bakt;instagram;lotte.bakt;12000;01-10-2026',
      'Lotte Bakt;instagram;lotte.bakt;9000;01-08-2026',
      'Sem Vlogt;youtube;semvlogt;40000;01-07-2026',
      'Noor Leest;tiktok;noor.leest;4800;01-08-2026',
      'Lotte Bakt;instagram;lotte.bakt;10000;01-09-2026',
      'Sem Vlogt;youtube;semvlogt;41000;01-08-2026',
      'Noor Leest;tiktok;noor.leest;5500;01-10-2026',
    ]);
    const result = await backend.handle('creators:import', { ...importRequest(file, { fileName: 'history.csv' }), asOf: '2026-10-05' });
    if (!result.ok) throw new Error(result.error.message);
    // Two creators, with three and two months; Noor, in the roster since September 15: August
    // joins her history, October updates her, as importing the months one file at a time would.
    expect(result.data).toEqual({ created: 2, updated: 1, addedAccounts: 0, skipped: 0, inBin: 0, historyOnly: 1, historyInFile: 3, unchanged: 0 });

    const account = async (handle: string) => (await creatorByHandle(backend, handle)).accounts[0]!;
    const history = async (handle: string) => (await account(handle)).snapshots.map((s) => [s.asOf, s.followers]);
    expect(await history('lotte.bakt')).toEqual([['2026-08-01', 9_000], ['2026-09-01', 10_000], ['2026-10-01', 12_000]]);
    expect(await account('lotte.bakt')).toMatchObject({ followers: 12_000, sourceFile: 'history.csv' });
    expect(await history('semvlogt')).toEqual([['2026-07-01', 40_000], ['2026-08-01', 41_000]]);
    expect(await account('semvlogt')).toMatchObject({ followers: 41_000 });
    expect(await history('noor.leest')).toEqual([['2026-08-01', 4_800], ['2026-09-15', 5_000], ['2026-10-01', 5_500]]);
    expect(await account('noor.leest')).toMatchObject({ followers: 5_500 });
    const list = await backend.handle('creators:list', { sort: 'figuresAsOf', direction: 'asc' });
    expect(list.ok && (list.data as { rows: RosterRow[] }).rows.map((r) => [r.handle, r.figuresAsOf])).toEqual([
      ['semvlogt', '2026-08-01'],
      ['noor.leest', '2026-10-01'],
      ['lotte.bakt', '2026-10-01'],
    ]);

    // The same file again changes nothing: every row is the day it already is.
    const again = await backend.handle('creators:import', { ...importRequest(file, { fileName: 'history.csv' }), asOf: '2026-10-05' });
    expect(again.ok && again.data).toMatchObject({ created: 0, historyInFile: 0 });
    expect(await history('lotte.bakt')).toEqual([['2026-08-01', 9_000], ['2026-09-01', 10_000], ['2026-10-01', 12_000]]);
  });

  it('keeps the ER a file reports for each day, where it gives no likes and comments, and keeps a day’s when a file leaves it blank', async () => {
    const backend = await openBackend();
    const file = (rows: string[]) => ['Naam;Platform;Handle;Volgers;Engagement;Cijfers van', ...rows].join('\n');
    await backend.handle('creators:import', importRequest(file(['Lotte Bakt;instagram;lotte.bakt;9000;5,1%;01-08-2026', 'Lotte Bakt;instagram;lotte.bakt;10000;4,7%;01-09-2026'])));
    const snapshots = async () => (await creatorByHandle(backend, 'lotte.bakt')).accounts[0]!.snapshots.map((s) => [s.asOf, s.erReported]);
    expect(await snapshots()).toEqual([['2026-08-01', 0.051], ['2026-09-01', 0.047]]);
    // A later export of 1 September without an ER: the day's followers change, its ER stays.
    await backend.handle('creators:import', importRequest(file(['Lotte Bakt;instagram;lotte.bakt;10050;;01-09-2026'])));
    expect(await snapshots()).toEqual([['2026-08-01', 0.051], ['2026-09-01', 0.047]]);
    // A hand-entered count for that day keeps its reported ER too.
    const accountId = (await creatorByHandle(backend, 'lotte.bakt')).accounts[0]!.id;
    expect((await backend.handle('creators:addSnapshot', { accountId, asOf: '2026-09-01', followers: 10_060, avgLikes: null, avgComments: null })).ok).toBe(true);
    expect(await snapshots()).toEqual([['2026-08-01', 0.051], ['2026-09-01', 0.047]]);
    // A month with the very same counts but its own day (and rate) is still that month's point.
    await backend.handle('creators:import', importRequest(file(['Lotte Bakt;instagram;lotte.bakt;10060;4,2%;01-10-2026'])));
    expect(await snapshots()).toEqual([['2026-08-01', 0.051], ['2026-09-01', 0.047], ['2026-10-01', 0.042]]);
    const list = await backend.handle('creators:list', { search: 'lotte.bakt' });
    expect(list.ok && (list.data as { rows: RosterRow[] }).rows[0]!.figuresAsOf).toBe('2026-10-01');
  });
});
