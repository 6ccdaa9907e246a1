/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDateForInput } from '@shared/date-input';
import { formatDate } from '@shared/format';
import { localIsoDay } from '@shared/local-day';
import { creatorDetail } from './pages/creator-page.page';
import { creatorPage, rosterPage } from './pages/creators.page';
import { useAppSession } from './support/app-session';

const fixture = resolve(import.meta.dirname, '../fixtures/csv/e2e-dutch-roster.csv');
const artifacts = resolve(import.meta.dirname, '../../artifacts/e2e');

describe('CSV import and export in browser mode', () => {
  const session = useAppSession();

  async function open(locale: string): Promise<Page> {
    const page = await session.open(locale);
    await page.getByRole('heading', { name: 'Creators', exact: true }).waitFor();
    return page;
  }

  it('imports a Dutch Excel CSV after fixing a mapping, shows line-level errors, filters, vets and exports the view', async () => {
    const page = await open('nl-NL');
    await page.getByRole('link', { name: 'CSV importeren' }).click();
    await page.locator('input[type=file]').setInputFiles(fixture);
    await page.getByTestId('import-detected').waitFor();
    expect(await page.getByTestId('import-detected').textContent()).toBe('WINDOWS-1252 · gescheiden door puntkomma’s · decimaalteken komma (12,5) · 4 rijen');
    expect(await page.getByTestId('import-problems').textContent()).toBe('Regel 4, kolom “Volgers”: Volgers kan niet negatief zijn (-50).');
    expect(await page.getByTestId('import-valid').textContent()).toBe('3 rijen kunnen worden geïmporteerd');

    // The authenticity column is not recognised: map it by hand.
    const select = page.getByTestId('import-mapping').getByRole('combobox', { name: 'Creatorveld: Echt publiek (%)' });
    expect(await select.inputValue()).toBe('Deze kolom negeren');
    await select.click();
    await page.getByRole('option', { name: 'Publieksauthenticiteit', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=import-mapping] input[aria-label="Creatorveld: Echt publiek (%)"]')?.getAttribute('value') === 'Publieksauthenticiteit');

    const importButton = page.getByRole('button', { name: '3 rijen importeren' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /Alleen de 3 geldige rijen importeren/ }).check();
    await importButton.click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('3 creators aangemaakt, 0 bijgewerkt, 0 accounts toegevoegd, 0 overgeslagen.');

    // Importing the same file again adds nobody.
    await page.getByRole('button', { name: 'Nog een bestand importeren' }).click();
    await page.locator('input[type=file]').setInputFiles(fixture);
    await page.getByTestId('import-present').waitFor();
    expect(await page.getByTestId('import-present').textContent()).toBe('3 al bekend op account, 0 alleen op naam');
    // Mapped as the user mapped it the first time, and said so.
    expect(await page.getByTestId('import-mapping-remembered').textContent()).toContain('Kolommen gekoppeld zoals bij je vorige import van een bestand met deze kolommen.');
    expect(await select.inputValue()).toBe('Publieksauthenticiteit');

    await page.getByRole('link', { name: 'Terug naar het creatorbestand' }).click();
    const roster = rosterPage(page);
    await roster.total.filter({ hasText: '3 accounts' }).waitFor();
    await page.getByRole('search').getByRole('combobox', { name: 'Platforms' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'TikTok', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('search').getByRole('combobox', { name: 'Niveaus' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Micro', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('search').getByRole('combobox', { name: 'ER t.o.v. benchmark' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Boven benchmark', exact: true }).click();
    await page.keyboard.press('Escape');
    await roster.total.filter({ hasText: /^1 account$/ }).waitFor();
    expect(await roster.rows.first().textContent()).toContain('Lotte Bakt');
    expect(await roster.rows.first().textContent()).toContain('24,0%');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Weergave exporteren' }).click();
    const file = await download;
    const saved = join(artifacts, 'export-nl.csv');
    await file.saveAs(saved);
    const csv = readFileSync(saved, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Naam;Platform;Handle;Profiel-URL;Volgers;Niveau;Engagement rate (%);Bron ER;ER t.o.v. benchmark;Status;Land;Plaats;Niches;Tags;E-mail;Telefoon;Screeningsscore (%);Echtheidssignalen;Cijfers van;' +
        'Gem. likes;Gem. reacties;Gem. shares;Gem. saves;Gem. weergaven;Berichten per week;Tarief per post;Alleen product;Echtheid publiek (%);Talen;Bureau;Notities;Creator-ID',
      // The figures are dated today (the file's name has no day), written as Dutch Excel reads a date.
      expect.stringMatching(
        new RegExp(
          `^Lotte Bakt;TikTok;lotte\\.bakt;;25000;Micro;24;\\(likes \\+ reacties\\) ÷ volgers;Boven benchmark;Prospect;Nederland;Utrecht;food;;;;\\d+;0;${formatDateForInput(localIsoDay(new Date()), 'nl-NL')};5500;500;;;;;;nee;92,5;;;;\\d+$`,
        ),
      ),
      '',
    ]);

    await roster.rows.first().getByRole('link').click();
    const creator = creatorPage(page);
    await creator.heading.filter({ hasText: 'Lotte Bakt' }).waitFor();
    expect(await page.getByTestId('account-tiktok').textContent()).toContain('Boven benchmark');
    await creator.vettingItem('content.brandValues').getByText('In orde', { exact: true }).click();
    await page.getByTestId('vetting-section-content').filter({ hasText: '1 in orde' }).waitFor();
    expect(await creator.vettingItem('audience.followerAuthenticity').textContent()).toContain('auditscore 92,5%');
    await page.screenshot({ path: join(artifacts, 'creator-nl.png'), fullPage: true });

    // The export imported back: Lotte, known, with exactly the figures and details she has:
    // nothing changes, no new point in her history, which still credits the file they came from.
    await page.goto(page.url().replace(/#.*$/, '#/creators/import'));
    await page.locator('input[type=file]').setInputFiles(saved);
    await page.getByTestId('import-present').waitFor();
    expect(await page.getByTestId('import-problems').count()).toBe(0);
    await page.getByRole('button', { name: '1 rij importeren' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('0 creators aangemaakt, 0 bijgewerkt');
    expect(await page.getByTestId('import-unchanged').textContent()).toBe('1 rij kwam precies overeen met het account in het creatorbestand en veranderde niets.');
    await page.getByTestId('import-result').getByRole('link', { name: 'Naar het creatorbestand' }).click();
    await roster.rowNamed('Lotte Bakt').getByRole('link').click();
    await creator.heading.filter({ hasText: 'Lotte Bakt' }).waitFor();
    const history = creatorDetail(page).historyRows('tiktok');
    expect(await history.count()).toBe(1);
    expect(await history.first().textContent()).toContain('e2e-dutch-roster.csv');
    expect(await creator.vettingItem('audience.followerAuthenticity').textContent()).toContain('auditscore 92,5%');
  });

  it('builds a follower history from older exports, each dated as the user says; an older one does not overwrite newer figures', async () => {
    const page = await open('en-GB');
    const history = creatorDetail(page);
    const importExport = async (name: string, followers: number, asOf: string | null, expected: string) => {
      const another = page.getByRole('button', { name: 'Import another file' });
      if (await another.isVisible()) await another.click();
      else await page.getByRole('link', { name: 'Import CSV' }).click();
      const csv = `name,platform,handle,followers,avg_likes,avg_comments\nLotte Bakt,instagram,lotte.bakt,${followers},300,20\n`;
      await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const date = page.getByRole('textbox', { name: 'Figures as of' });
      if (asOf !== null) {
        await date.fill(asOf);
        await date.blur();
      }
      if (name === 'june.csv') {
        // Said before importing: this export is older than what the roster shows.
        await page.getByTestId('import-older-than-roster').waitFor();
        expect(await page.getByTestId('import-older-than-roster').textContent()).toContain('1 row is older than the newest figures of its account');
      }
      await page.getByRole('button', { name: 'Import 1 row' }).click();
      await page.getByTestId('import-result').waitFor();
      expect(await page.getByTestId('import-result').textContent()).toContain(expected);
    };
    await importExport('august.csv', 9_000, '01/08/2026', '1 creator created, 0 updated');
    // Today's export, left at today's date: the current figures.
    await importExport('november.csv', 12_500, null, '0 creators created, 1 updated');
    await importExport('june.csv', 8_000, '30/06/2026', '0 updated, 0 accounts added, 0 skipped.1 row was added to the history only, dated 30 June 2026: it is older than its account’s newest figures');

    await page.getByRole('link', { name: 'Open the roster' }).click();
    // The roster dates her figures by November's export (today), not by June's, imported last.
    const figuresAsOf = rosterPage(page).rowNamed('Lotte Bakt').getByTestId('roster-figures-as-of');
    await figuresAsOf.waitFor();
    expect(await figuresAsOf.textContent()).toBe(formatDate(localIsoDay(new Date()), 'en-GB', 'medium'));
    await page.getByRole('link', { name: 'Lotte Bakt' }).click();
    await history.historyRows('instagram').first().waitFor();
    const rows = await history.historyRows('instagram').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map((r) => [r[1], r[5]])).toEqual([['8,000', 'june.csv'], ['9,000', 'august.csv'], ['12,500', 'november.csv']]);
    expect(rows.slice(0, 2).map((r) => r[0])).toEqual(['30 June 2026', '1 August 2026']);
    // The account shows the newest figures, and the history is drawn.
    expect(await history.account('instagram').textContent()).toContain('12,500');
    expect(await history.account('instagram').getByTestId('account-figures-of').textContent()).toMatch(/^Figures of \d+ \w+ \d{4} \(november\.csv\)$/);
    expect(await history.history('instagram').locator('canvas').count()).toBe(1);
  });

  it('dates each account by its own row’s day when the file has a “Cijfers van” column, as Microplan’s export does', async () => {
    const page = await open('nl-NL');
    await page.getByRole('link', { name: 'CSV importeren' }).click();
    const csv = ['Naam;Platform;Handle;Volgers;Cijfers van', 'Lotte Bakt;Instagram;lotte.bakt;12000;24-10-2026', 'Sem Vlogt;YouTube;semvlogt;40000;01-08-2026', ''].join('\r\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'microplan-creators-2026-11-01.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await page.getByTestId('import-dated-rows').waitFor();
    expect(await page.getByTestId('import-dated-rows').textContent()).toBe('Elke rij heeft een eigen datum in kolom “Cijfers van”: de cijfers krijgen die datum.');
    // The file's name gives a day, but no row needs it.
    expect(await page.getByRole('textbox', { name: /Peildatum/ }).count()).toBe(0);
    await page.getByRole('button', { name: '2 rijen importeren' }).click();
    await page.getByTestId('import-result').waitFor();

    await page.getByTestId('import-result').getByRole('link', { name: 'Naar het creatorbestand' }).click();
    const roster = rosterPage(page);
    await roster.total.filter({ hasText: /^2 accounts$/ }).waitFor();
    const dayOf = (name: string) => roster.rowNamed(name).getByTestId('roster-figures-as-of').textContent();
    expect(await dayOf('Lotte Bakt')).toBe(formatDate('2026-10-24', 'nl-NL', 'medium'));
    expect(await dayOf('Sem Vlogt')).toBe(formatDate('2026-08-01', 'nl-NL', 'medium'));
  });

  it('imports a single-platform export (HypeAuditor’s Instagram report) on the platform its handle column names', async () => {
    const page = await open('en-GB');
    await page.getByRole('link', { name: 'Import CSV' }).click();
    const csv = [
      'Influencer,Instagram username,Followers,ER,AQS,Quality audience,Avg likes,Avg comments,Audience country,Email',
      'Brianna Cole,briannacole,"27,400",3.21%,78,"19,180",850,29,United States (64%),bri@cole.studio',
      'Marcus Lee,marcuslee_fit,"210,000",1.05%,41,"86,100","2,150",55,Canada (48%),marcus@leefit.com',
      '',
    ].join('\r\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'hypeauditor-instagram.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-problem-count').filter({ hasText: 'No problems found.' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Platform for rows without one' }).inputValue()).toBe('Instagram');
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('2 creators created');

    await page.getByTestId('import-result').getByRole('link', { name: 'Open the roster' }).click();
    const roster = rosterPage(page);
    await roster.total.filter({ hasText: /^2 accounts$/ }).waitFor();
    for (const name of ['Brianna Cole', 'Marcus Lee']) expect(await roster.rowNamed(name).textContent()).toContain('Instagram');
  });

  it('refuses a file that is not a CSV with a clear message and writes nothing', async () => {
    const page = await open('en-GB');
    // An empty roster has nothing to export.
    await page.getByTestId('roster-total').filter({ hasText: '0 accounts' }).waitFor();
    expect(await page.getByRole('button', { name: 'Export view' }).isDisabled()).toBe(true);
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.locator('input[type=file]').setInputFiles(resolve(import.meta.dirname, '../fixtures/csv/binary-junk.csv'));
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('This is not a text file; choose a CSV file.');
  });

  it('cancels a large import half-way, writes nothing, and imports the same file in full afterwards', async () => {
    const page = await open('en-GB');
    await page.getByRole('link', { name: 'Import CSV' }).click();
    const lines = Array.from({ length: 40_000 }, (_, i) => `Creator ${i},instagram,creator_${i},${10_000 + i},${i % 900},${i % 40}`);
    const csv = ['name,platform,handle,followers,avg_likes,avg_comments', ...lines].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-valid').filter({ hasText: '40,000 rows can be imported' }).waitFor({ timeout: 20_000 });
    // The file was read in a Web Worker (allowed by the CSP), not on the window's thread.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/\/assets\/preview\.worker-[\w-]+\.js$/)]);

    await page.getByRole('button', { name: 'Import 40,000 rows' }).click();
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByTestId('import-cancelled').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-cancelled').textContent()).toBe('Import cancelledNothing was written: the roster is as it was before the import.');

    // Had anything been written, these rows would now be updates, not new creators.
    await page.getByRole('button', { name: 'Import 40,000 rows' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-result').textContent()).toContain('40,000 creators created, 0 updated, 0 accounts added, 0 skipped.');
  }, 60_000);
});
