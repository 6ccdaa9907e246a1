import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/lib/dates';
import { ImportPage } from '../../renderer/src/pages/ImportPage/ImportPage';
import { choose, importBackend } from './import-page-backend';
import { renderWithApp } from './render';

/** The import page with files whose rows give their own "figures as of" day. */
describe('<ImportPage> with a day per row', () => {
  it('dates each row by the file’s own “figures as of” column, in an order of day and month the user can correct', async () => {
    const backend = importBackend(undefined, { byHandle: [2], olderThanRoster: [2] }, null, { created: 1, updated: 0, historyOnly: 1 });
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    const file = 'Naam;Platform;Handle;Volgers;Cijfers van\nLotte;instagram;lotte;12000;24-10-2026\nSem;tiktok;sem;3000;01-08-2026\n';
    choose(new File([file], 'export.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-dated-rows')).textContent).toBe('Elke rij heeft een eigen datum in kolom “Cijfers van”: de cijfers krijgen die datum.');
    // "24-10" says the day comes first: nothing to explain.
    expect(screen.queryByTestId('import-date-order-guessed')).toBeNull();
    // No day for the file is asked: every row has its own.
    expect(screen.queryByRole('textbox', { name: /Peildatum/ })).toBeNull();
    await waitFor(() => expect(backend.matchedKeys.at(-1)?.map((k) => [k.line, k.asOf])).toEqual([[2, '2026-10-24'], [3, '2026-08-01']]));

    // A row without a day takes the file's, which is asked for again.
    choose(new File([`${file}Noor;youtube;noor;5000;\n`], 'export.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByTestId('import-dated-rows').textContent).toBe('2 rijen hebben een eigen datum in kolom “Cijfers van”; de peildatum hieronder geldt voor de andere.'));
    expect(screen.getByRole('textbox', { name: /Peildatum voor rijen zonder eigen datum/ })).toBeTruthy();

    // Read as month-day, "24-10" is no day: the row is refused, with where and why.
    const dateOrder = () => screen.getByLabelText('Datumvolgorde', { selector: 'input' });
    fireEvent.click(dateOrder());
    fireEvent.click(await screen.findByRole('option', { name: 'maand-dag-jaar (11/24/2026)', hidden: true }));
    expect((await screen.findByTestId('import-problems')).textContent).toBe('Regel 2, kolom “Cijfers van”: “24-10-2026” is geen datum (gelezen als maand-dag-jaar).');
    fireEvent.click(dateOrder());
    fireEvent.click(await screen.findByRole('option', { name: 'dag-maand-jaar (24-11-2026)', hidden: true }));
    await screen.findByText('Geen problemen gevonden.');
    fireEvent.click(await screen.findByRole('button', { name: '3 rijen importeren' }));
    await screen.findByTestId('import-result');
    expect(backend.sent[0]).toMatchObject({ dateOrder: 'dmy', expectedRows: 3, asOf: localToday() });
    // The rows kept their own days, so the result names none.
    expect(screen.getByTestId('import-history-only').textContent).toBe(
      '1 rij is alleen aan de geschiedenis toegevoegd: hij is ouder dan de nieuwste cijfers van zijn account, en die cijfers en de gegevens van de creator zijn gebleven.',
    );
  });

  it('says how an ER column of plain numbers was read, and reads it the other way when the user says so', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'en-US' });
    const file = ['Handle,Platform,Followers,Engagement rate', 'bigtech,youtube,2400000,0.45', 'cook,youtube,1100000,0.8'].join('\n');
    choose(new File([file], 'export.csv', { type: 'text/csv' }));
    const select = await screen.findByTestId('import-share-engagementRate');
    expect(select.closest('.mantine-Select-root')?.textContent).toContain('“0.45” is read as 45%.');
    fireEvent.click(screen.getByLabelText('How “Engagement rate” writes its numbers', { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'As percentages (“0.45” is 0.45%)', hidden: true }));
    await waitFor(() => expect(screen.getByTestId('import-share-engagementRate').closest('.mantine-Select-root')?.textContent).toContain('“0.45” is read as 0.45%.'));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    await screen.findByTestId('import-result');
    expect(backend.sent[0]).toMatchObject({ shareScales: { engagementRate: 'percent' } });
  });

  it('names the status words that are no roster status before importing, with how many rows use each', async () => {
    renderWithApp(<ImportPage />, importBackend().transport, { systemLocale: 'en-US' });
    const file = ['Handle,Platform,Followers,Status', 'amy,tiktok,12000,Contacted', 'bo,tiktok,12000,contacted', 'cy,tiktok,12000,On hold', 'di,tiktok,12000,Approved', 'ed,tiktok,12000,Vetted'].join('\n');
    choose(new File([file], 'export.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-unknown-status')).textContent).toBe(
      'Statuses “Contacted” (2 rows), “On hold” (1 row) are not roster statuses: a new creator starts as a prospect, a creator already in the roster keeps its status.',
    );
  });

  it('names the day a year-first date was read as when it lies before the platform began', async () => {
    renderWithApp(<ImportPage />, importBackend().transport, { systemLocale: 'nl-NL' });
    choose(new File(['Handle;Platform;Volgers;Cijfers van\nlotte;tiktok;12000;26-08-01\n'], 'export.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-problems')).textContent).toBe(
      'Regel 2, kolom “Cijfers van”: “26-08-01” (26 augustus 2001) ligt vóór 2016, toen TikTok begon: kijk of dag, maand en jaar goed gelezen zijn.',
    );
  });

  it('asks no day of the file when every row has its own, even after the field was emptied, and none for an empty column', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    // The day column is mapped but empty: the file's day is the day, as without the column.
    choose(new File(['Handle;Platform;Volgers;Cijfers van\nlotte;instagram;12000;\n'], 'export.csv', { type: 'text/csv' }));
    await screen.findByRole('textbox', { name: 'Peildatum' });
    expect(screen.queryByTestId('import-dated-rows')).toBeNull();

    // One row without a day: the file's day is asked for it. The user empties that field...
    const file = 'Handle;Platform;Volgers;Cijfers van;Gemeten\nlotte;instagram;12000;01-08-2026;01-08-2026\nsem;tiktok;3000;;01-09-2026\n';
    choose(new File([file], 'export2.csv', { type: 'text/csv' }));
    const asOf = (await screen.findByRole('textbox', { name: /Peildatum voor rijen zonder eigen datum/ })) as HTMLInputElement;
    fireEvent.change(asOf, { target: { value: '' } });
    fireEvent.blur(asOf);
    const importButton = () => screen.getByRole('button', { name: '2 rijen importeren' }) as HTMLButtonElement;
    await waitFor(() => expect(importButton().disabled).toBe(true));
    // ...then takes the days from a column that has one for every row: nothing more is asked, and the rows are matched.
    const gemeten = document.querySelector<HTMLInputElement>('[data-testid=import-mapping] input[aria-label="Creatorveld: Gemeten"]')!;
    fireEvent.click(gemeten);
    const list = await waitFor(() => document.getElementById(gemeten.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
    fireEvent.click(within(list).getByRole('option', { name: 'Cijfers van', hidden: true }));
    await screen.findByText('Elke rij heeft een eigen datum in kolom “Gemeten”: de cijfers krijgen die datum.');
    await waitFor(() => expect(backend.matchedKeys.at(-1)?.map((k) => k.asOf)).toEqual(['2026-08-01', '2026-09-01']));
    expect(importButton().disabled).toBe(false);
  });

  it('names a person joined by name once, counts further days as the import will, and says which rows were left out', async () => {
    const backend = importBackend(undefined, { byName: [2, 3, 4], byHandle: [5, 6] }, null, { created: 0, updated: 2, addedAccounts: 1, historyInFile: 2 });
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    const file = [
      'Naam;Handle;Platform;Volgers;Cijfers van',
      'Sanne Jansen;sanne;instagram;9000;01-08-2026',
      'Sanne Jansen;sanne;instagram;9500;01-09-2026',
      'Sanne Jansen;sanne;instagram;9900;01-10-2026',
      // Already in the roster: each row updates it, or joins its history, as the result counts.
      'Noor;noor;tiktok;5000;01-08-2026',
      'Noor;noor;tiktok;5500;01-10-2026',
      'Kapot;kapot;instagram;-5;01-10-2026',
    ].join('\n');
    choose(new File([file], 'history.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-by-name')).textContent).toBe('Op naam toegevoegd aan een creator in het creatorbestand: Sanne Jansen (regel 2).');
    await waitFor(() => expect(screen.getByTestId('import-further-days').textContent).toMatch(/^2 rijen zijn verdere dagen/));
    fireEvent.click(screen.getByRole('checkbox', { name: /Alleen de 5 geldige rijen importeren/ }));
    fireEvent.click(screen.getByRole('button', { name: '5 rijen importeren' }));
    expect((await screen.findByTestId('import-left-out')).textContent).toBe('1 rij met problemen is niet geïmporteerd.');
  });

  it('says when the file’s days do not say whether the day or the month comes first', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    choose(new File(['Handle;Platform;Volgers;Cijfers van\nlotte;instagram;12000;03-05-2026\n'], 'export.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-date-order-guessed')).textContent).toBe(
      'Geen dag in het bestand is hoger dan 12, dus niets zegt of de dag of de maand voorop staat: de datums zijn gelezen als dag-maand-jaar, zoals in jouw notatie. Kies de andere volgorde als dat niet klopt.',
    );
    await waitFor(() => expect(backend.matchedKeys.at(-1)?.map((k) => k.asOf)).toEqual(['2026-05-03']));
  });

  it('names a row without a day that falls on the day of another row of its account, and reads the file again when the day changes', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    const file = 'Handle;Platform;Volgers;Cijfers van\nlotte;instagram;12000;01-10-2026\nlotte;instagram;12500;\n';
    choose(new File([file], 'export.csv', { type: 'text/csv' }));
    const asOf = (await screen.findByRole('textbox', { name: /Peildatum voor rijen zonder eigen datum/ })) as HTMLInputElement;
    fireEvent.change(asOf, { target: { value: '01-10-2026' } });
    fireEvent.blur(asOf);
    expect((await screen.findByTestId('import-problems')).textContent).toBe('Regel 3, kolom “Handle”: @lotte op Instagram heeft hier geen eigen datum en krijgt de peildatum (1 oktober 2026), de dag die regel 2 zelf geeft; die regel gaat voor.');
    expect(screen.getByTestId('import-valid').textContent).toBe('1 rij kan worden geïmporteerd');

    // Another day for the rows without one: no clash.
    fireEvent.change(screen.getByRole('textbox', { name: /Peildatum voor rijen zonder eigen datum/ }), { target: { value: '02-10-2026' } });
    await screen.findByText('Geen problemen gevonden.');
    fireEvent.click(await screen.findByRole('button', { name: '2 rijen importeren' }));
    await screen.findByTestId('import-result');
    expect(backend.sent[0]).toMatchObject({ asOf: '2026-10-02', expectedRows: 2 });
  });

  it('says before and after importing that further days of an account in the file become its history', async () => {
    const backend = importBackend(undefined, {}, null, { created: 1, historyInFile: 2 });
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    const file = 'Naam;Platform;Handle;Volgers;Cijfers van\nLotte;instagram;lotte;9000;01-08-2026\nLotte;instagram;Lotte;10000;01-09-2026\nLotte;instagram;lotte;12000;01-10-2026\n';
    choose(new File([file], 'history.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-further-days')).textContent).toBe(
      '2 rijen zijn verdere dagen van accounts die al eerder in het bestand staan: ze worden punten in hun geschiedenis, en de nieuwste dag geeft hun cijfers.',
    );
    expect(screen.getByTestId('import-problem-count').textContent).toBe('Geen problemen gevonden.');
    fireEvent.click(await screen.findByRole('button', { name: '3 rijen importeren' }));
    expect((await screen.findByTestId('import-history-in-file')).textContent).toBe('2 rijen waren verdere dagen van accounts in het bestand en staan nu in hun geschiedenis.');
  });
});
