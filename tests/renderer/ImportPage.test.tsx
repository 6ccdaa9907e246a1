import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '@shared/api/contract';
import { readImportableCsv, type ColumnMapping } from '@shared/csv';
import { maxImportFileBytes, maxImportRows } from '@shared/domain/creator-import';
import { localToday } from '../../renderer/src/lib/dates';
import { bytesToBase64 } from '@shared/text/base64';
import { withField } from '../../renderer/src/pages/ImportPage/ImportMapping';
import { ImportPage } from '../../renderer/src/pages/ImportPage/ImportPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';
import { choose, dutchFile, importBackend } from './import-page-backend';

describe('<ImportPage>', () => {
  it('sends the file itself with the mapping, decimal separator and row count of the preview', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    choose(new File([dutchFile], 'dutch-excel-export.csv', { type: 'text/csv' }));
    const preview = readImportableCsv(dutchFile);
    if (!preview.ok) throw new Error(preview.problem.code);
    expect(preview.rows).toHaveLength(2);
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(`${preview.rows.length} .*importeren`, 'i') }));
    await screen.findByTestId('import-result');
    expect(backend.sent).toEqual([
      {
        fileName: 'dutch-excel-export.csv',
        currency: 'EUR',
        onExisting: 'update',
        file: bytesToBase64(dutchFile),
        mapping: preview.mapping,
        decimal: ',',
        dateOrder: 'dmy',
        // Its ER column holds numbers above 1 ("3,4"): percentages, as the preview read it.
        shareScales: { engagementRate: 'percent' },
        expectedRows: preview.rows.length,
        // The figures are today's unless the user says otherwise.
        asOf: localToday(),
      },
    ]);
  });

  it('dates the file’s figures on the day the user types, refuses a day in the future, and says which rows only went into the history', async () => {
    const backend = importBackend(undefined, { byHandle: [2, 3], olderThanRoster: [2, 3] }, null, { created: 0, updated: 0, historyOnly: 2 });
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    choose(new File([dutchFile], 'export-juni.csv', { type: 'text/csv' }));
    const asOf = (await screen.findByRole('textbox', { name: 'Peildatum' })) as HTMLInputElement;
    const importButton = () => screen.getByRole('button', { name: /rijen importeren/i }) as HTMLButtonElement;
    fireEvent.change(asOf, { target: { value: '01-01-2999' } });
    fireEvent.blur(asOf);
    expect(await screen.findByText(/“01-01-2999” ligt na .*, de laatste dag die hier kan/)).toBeTruthy();
    expect(importButton().disabled).toBe(true);

    fireEvent.change(asOf, { target: { value: '30-06-2026' } });
    fireEvent.blur(asOf);
    await waitFor(() => expect(importButton().disabled).toBe(false));
    // Said before importing, while rows already in the roster are to be updated.
    expect((await screen.findByTestId('import-older-than-roster')).textContent).toBe(
      '2 rijen zijn ouder dan de nieuwste cijfers van hun accounts: ze worden alleen aan de geschiedenis toegevoegd, en de nieuwere cijfers en gegevens blijven staan.',
    );
    expect(backend.matchedAsOf.at(-1)).toBe('2026-06-30');
    fireEvent.click(importButton());
    expect((await screen.findByTestId('import-history-only')).textContent).toBe(
      '2 rijen zijn alleen aan de geschiedenis toegevoegd, met peildatum 30 juni 2026: ze zijn ouder dan de nieuwste cijfers van hun accounts, en die cijfers en de gegevens van de creators zijn gebleven.',
    );
    expect(backend.sent.map((r) => r.asOf)).toEqual(['2026-06-30']);
  });

  it('takes the day in the file’s name as the figures’ day, and says where it came from', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport);
    choose(new File([dutchFile], 'creators-2026-06-30.csv', { type: 'text/csv' }));
    const asOf = (await screen.findByRole('textbox', { name: 'Figures as of' })) as HTMLInputElement;
    await waitFor(() => expect(asOf.value).toBe('30/06/2026'));
    expect(screen.getByText(/^Read from the file’s name; change it if the figures are from another day\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Import / }));
    await screen.findByTestId('import-result');
    expect(backend.sent.map((r) => r.asOf)).toEqual(['2026-06-30']);
  });

  it('says why a day in the file’s name was not taken', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      vi.setSystemTime(new Date(2026, 10, 24, 12, 0));
      renderWithApp(<ImportPage />, importBackend().transport);
      choose(new File([dutchFile], 'creators-2027-01-15.csv', { type: 'text/csv' }));
      expect(await screen.findByText('The file’s name gives 15 January 2027, which is after today, so the figures are dated today. Change it if they are from another day.')).toBeTruthy();
      expect(((await screen.findByRole('textbox', { name: 'Figures as of' })) as HTMLInputElement).value).toBe('24/11/2026');
      choose(new File([dutchFile], 'roster 2026-06-01 tot 2026-08-01.csv', { type: 'text/csv' }));
      expect(await screen.findByText('The file’s name gives several days (1 June 2026, 1 August 2026), so the figures are dated today. Give the day they were measured.')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('moves the figures’ day on at midnight while the page stays open, until the user sets one', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      vi.setSystemTime(new Date(2026, 10, 24, 23, 59, 30));
      const backend = importBackend();
      renderWithApp(<ImportPage />, backend.transport);
      choose(new File([dutchFile], 'export.csv', { type: 'text/csv' }));
      const asOf = async () => (await screen.findByRole('textbox', { name: 'Figures as of' })) as HTMLInputElement;
      expect((await asOf()).value).toBe('24/11/2026');
      // The file is read again for the new day (a row dated tomorrow is one no more).
      // At midnight itself, not up to a minute later (30 s after 23:59:30).
      await act(() => vi.advanceTimersByTimeAsync(31_000));
      await waitFor(async () => expect((await asOf()).value).toBe('25/11/2026'));
      fireEvent.click(screen.getByRole('button', { name: /^Import / }));
      await screen.findByTestId('import-result');
      expect(backend.sent.map((r) => r.asOf)).toEqual(['2026-11-25']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says before and after importing that rows of creators in the bin are skipped, and where to restore them', async () => {
    const backend = importBackend(undefined, { inBin: [3] });
    renderWithApp(<ImportPage />, backend.transport);
    choose(new File([dutchFile], 'dutch-excel-export.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-in-bin')).textContent).toBe(
      '1 row belongs to a creator in the bin and will be skipped. Restore that creator from the bin (Creators → Bin) first to update it.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 row (1 skipped)' }));
    expect((await screen.findByTestId('import-result')).textContent).toContain(
      '1 of the skipped rows belongs to a creator in the bin: restore it from the bin (Creators → Bin) and import again to update it.',
    );
  });

  it('refuses a file over the size limit before reading it, saying how large it is', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport);
    const huge = new File(['naam;volgers\n'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: maxImportFileBytes + 50 * 2 ** 20 });
    choose(huge);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('This file is 150 MB; files up to 100 MB can be imported.'));
    expect(screen.queryByRole('button', { name: /^Import / })).toBeNull();
    expect(backend.sent).toEqual([]);
  });

  it('says in the user’s language when the backend reads the file otherwise than the preview did', async () => {
    const issue = { field: 'file', message: 'The file reads to 3 rows to import, not the 4 of the preview', rule: 'importChanged', params: { expected: 4, found: 3 } };
    const backend = importBackend({ ok: false, error: { code: 'invalid_input', field: 'file', message: issue.message, issues: [issue] } });
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    choose(new File([dutchFile], 'dutch-excel-export.csv', { type: 'text/csv' }));
    fireEvent.click(await screen.findByRole('button', { name: /rijen importeren/i }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Het bestand leest anders dan in het voorbeeld (3 rijen om te importeren in plaats van 4); er is niets geïmporteerd.'),
    );
  });

  it('says before importing that a file has more rows than one import takes, and offers no import', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    const lines = Array.from({ length: maxImportRows + 1 }, (_, i) => `ig;c${i};${1000 + (i % 500)}`);
    choose(new File([`platform;handle;volgers\n${lines.join('\n')}\n`], 'groot.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('250.001 rijen kunnen worden geïmporteerd; één import neemt er maximaal 250.000.'), { timeout: 20_000 });
    expect((screen.getByRole('button', { name: /rijen importeren/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(backend.sent).toEqual([]);
  }, 30_000);

  it('cancels a running import on request and says that nothing was written', async () => {
    const fake = fakeTransport({ currency: 'EUR' });
    const calls: string[] = [];
    let stop: (result: ApiResult<unknown>) => void = () => undefined;
    const transport: typeof fake.transport = async (channel, input): Promise<ApiResult<unknown>> => {
      calls.push(channel);
      if (channel === 'creators:importMatch') return { ok: true, data: { byHandle: [], byName: [], inBin: [], sharedName: [], olderThanRoster: [] } };
      if (channel === 'creators:importProgress') return { ok: true, data: { step: 'writing', done: 1, total: 6 } };
      // Runs until cancelled, then fails the way the backend does.
      if (channel === 'creators:import') return new Promise((resolve) => (stop = resolve));
      if (channel === 'creators:importCancel') {
        const message = 'The import was cancelled; nothing was written';
        stop({ ok: false, error: { code: 'conflict', field: 'file', message, issues: [{ field: 'file', rule: 'importCancelled', message }] } });
        return { ok: true, data: true };
      }
      return fake.transport(channel, input);
    };
    renderWithApp(<ImportPage />, transport, { systemLocale: 'nl-NL' });
    choose(new File([dutchFile], 'dutch-excel-export.csv', { type: 'text/csv' }));
    fireEvent.click(await screen.findByRole('button', { name: /rijen importeren/i }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import annuleren' }));

    expect((await screen.findByTestId('import-cancelled')).textContent).toBe('Import geannuleerdEr is niets weggeschreven: de creators zijn zoals ze vóór de import waren.');
    expect(screen.queryByText('Er is niets geïmporteerd')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import annuleren' })).toBeNull();
    expect(calls).toContain('creators:importCancel');
    // The file is still there, ready to import again.
    expect((screen.getByRole('button', { name: /rijen importeren/i }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('speaks of one row in the singular and names platforms as users write them', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    const file = 'Naam;Platform;Gebruikersnaam;Volgers\nZoë;TikTok;zoe.dubbel;1.200\nZoë bis;tiktok;Zoe.Dubbel;900\n';
    choose(new File([file], 'een.csv', { type: 'text/csv' }));

    expect((await screen.findByTestId('import-problems')).textContent).toBe('Regel 3, kolom “Gebruikersnaam”: @Zoe.Dubbel op TikTok staat al op regel 2.');
    expect(screen.getByTestId('import-valid').textContent).toBe('1 rij kan worden geïmporteerd');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alleen de geldige rij importeren; de rij met problemen blijft buiten' }));
    fireEvent.click(screen.getByRole('button', { name: '1 rij importeren' }));
    expect((await screen.findByTestId('import-result')).textContent).toContain('1 creator aangemaakt, 0 bijgewerkt, 0 accounts toegevoegd, 0 overgeslagen.');
  });

  it('warns before importing about names that several creators share', async () => {
    const backend = importBackend(undefined, { byHandle: [2], sharedName: [4, 5] });
    renderWithApp(<ImportPage />, backend.transport);
    const file = 'name,platform,handle,followers\nA,ig,a,100\nB,ig,b,100\nC,ig,c,100\nC,tt,c2,100\n';
    choose(new File([file], 'four.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-present')).textContent).toBe('1 already in the roster by account, 0 by name only');
    expect(screen.getByTestId('import-present-shared-name').textContent).toBe(
      '2 rows have a name that several creators in the roster share; as there is no telling which one is meant, they become new creators.',
    );
  });

  it('names the rows it will join to a creator by name alone, so two people of one name are caught before importing', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Creator ${i},ig,c${i},100`);
    const backend = importBackend(undefined, { byName: lines.map((_, i) => i + 2) });
    renderWithApp(<ImportPage />, backend.transport);
    choose(new File([`name,platform,handle,followers\n${lines.join('\n')}\n`], 'twelve.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-present')).textContent).toBe('0 already in the roster by account, 12 by name only');
    expect(screen.getByTestId('import-by-name').textContent).toBe(
      'Joined by name to a creator in the roster: Creator 0 (line 2), Creator 1 (line 3), Creator 2 (line 4), Creator 3 (line 5), Creator 4 (line 6), Creator 5 (line 7), Creator 6 (line 8), Creator 7 (line 9), Creator 8 (line 10), Creator 9 (line 11) and 2 more.',
    );
    // Imported as new creators, nobody is joined: nothing to name.
    fireEvent.click(screen.getByRole('radio', { name: /new creators/i }));
    expect(screen.queryByTestId('import-by-name')).toBeNull();
  });

  it('maps a file as the user mapped the last one with these columns, with the automatic mapping one click away', async () => {
    const remembered: ColumnMapping = ['name', 'platform', 'handle', 'followers', 'engagementRate', 'notes'];
    const backend = importBackend(undefined, {}, { mapping: remembered });
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    choose(new File([dutchFile], 'dutch-excel-export.csv', { type: 'text/csv' }));

    const land = () => document.querySelector<HTMLInputElement>('[data-testid=import-mapping] input[aria-label="Creatorveld: Land"]')?.value;
    await waitFor(() => expect(land()).toBe('Notities'));
    expect(screen.getByTestId('import-mapping-remembered').textContent).toContain('Kolommen gekoppeld zoals bij je vorige import van een bestand met deze kolommen.');
    fireEvent.click(screen.getByRole('button', { name: 'Automatische koppeling gebruiken' }));
    await waitFor(() => expect(land()).toBe('Land'));
    expect(screen.queryByTestId('import-mapping-remembered')).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: /rijen importeren/i }));
    await screen.findByTestId('import-result');
    expect(backend.sent[0]!.mapping).toEqual(readImportableCsv(dutchFile).ok && (readImportableCsv(dutchFile) as { mapping: ColumnMapping }).mapping);
  });

  it('gives a field to one column only: mapping it to another column takes it from the first', () => {
    expect(withField(['name', 'handle', null], 2, 'name')).toEqual([null, 'handle', 'name']);
    expect(withField(['name', 'handle', null], 0, null)).toEqual([null, 'handle', null]);
    expect(withField(['name', null, null], 1, 'handle')).toEqual(['name', 'handle', null]);
  });
});
