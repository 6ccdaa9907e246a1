import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportPage } from '../../renderer/src/pages/ImportPage/ImportPage';
import { renderWithApp } from './render';
import { choose, importBackend } from './import-page-backend';

/** A HypeAuditor Instagram report: no platform column, the platform is in the handle column's header. */
const hypeAuditor =
  'Influencer,Instagram username,Followers,ER,AQS,Quality audience,Avg likes,Avg comments,Audience country,Email\n' +
  'Brianna Cole,briannacole,"27,400",3.21%,78,"19,180",850,29,United States (64%),bri@cole.studio\n' +
  'Marcus Lee,marcuslee_fit,"210,000",1.05%,41,"86,100","2,150",55,Canada (48%),marcus@leefit.com\n';

/** A Later export: nothing in it names the platform. */
const later = 'Gebruikersnaam;Volgers\nanna.bakt;12.000\nhttps://www.tiktok.com/@bram_fietst;8.000\n';

const platformSelect = (label: string) => screen.getByLabelText(label, { selector: 'input' }) as HTMLInputElement;

async function pick(select: HTMLInputElement, option: string) {
  fireEvent.click(select);
  const list = await waitFor(() => document.getElementById(select.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
  fireEvent.click(within(list).getByRole('option', { name: option, hidden: true }));
}

describe('<ImportPage> for a file of one platform', () => {
  it('sets the platform from a header that names it, finds no problems, and sends it with the import', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport);
    choose(new File([hypeAuditor], 'hypeauditor-instagram.csv', { type: 'text/csv' }));
    await screen.findByText('No problems found.');
    expect(platformSelect('Platform for rows without one').value).toBe('Instagram');
    expect(screen.getByText(/^Column “Instagram username” names the platform; change it if that is wrong\./)).toBeTruthy();
    expect(screen.getByTestId('import-valid').textContent).toBe('2 rows can be imported');
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    await screen.findByTestId('import-result');
    expect(backend.sent).toHaveLength(1);
    expect(backend.sent[0]).toMatchObject({ defaultPlatform: 'instagram', expectedRows: 2 });
    expect(backend.sent[0]!.mapping[1]).toBe('handle');
  });

  it('points a file that names no platform to the choice, and reads it again on the platform chosen', async () => {
    const backend = importBackend();
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    choose(new File([later], 'later-export.csv', { type: 'text/csv' }));
    // The row with a TikTok link has its platform; the other has none.
    expect((await screen.findByTestId('import-problems')).textContent).toBe(
      'Regel 2: Het platform ontbreekt: kies het bij “Platform voor rijen zonder platform”, of koppel een kolom waarin het staat.',
    );
    const select = platformSelect('Platform voor rijen zonder platform');
    expect(select.value).toBe('Geen (rijen hebben een profiellink nodig)');
    await pick(select, 'YouTube');
    await screen.findByText('Geen problemen gevonden.');
    fireEvent.click(await screen.findByRole('button', { name: '2 rijen importeren' }));
    await screen.findByTestId('import-result');
    expect(backend.sent[0]).toMatchObject({ defaultPlatform: 'youtube', expectedRows: 2 });
    // The link kept its own platform.
    expect(backend.matchedKeys.at(-1)?.map((k) => k.platform)).toEqual(['youtube', 'tiktok']);
  });

  it('takes the platform the last file with these columns was imported on', async () => {
    const backend = importBackend(undefined, {}, { mapping: ['handle', 'followers'], defaultPlatform: 'tiktok' });
    renderWithApp(<ImportPage />, backend.transport, { systemLocale: 'nl-NL' });
    choose(new File([later], 'later-export.csv', { type: 'text/csv' }));
    await waitFor(() => expect(platformSelect('Platform voor rijen zonder platform').value).toBe('TikTok'));
    expect(screen.getByTestId('import-mapping-remembered')).toBeTruthy();
    await screen.findByText('Geen problemen gevonden.');
  });

  it('says that a file with columns for two platforms is imported one account per row', async () => {
    renderWithApp(<ImportPage />, importBackend().transport);
    choose(new File(['name,instagram_username,instagram_followers,tiktok_username,tiktok_followers\nAnna,anna.ig,12000,anna.tt,30000\n'], 'upfluence.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-several-platforms')).textContent).toBe(
      'This file has columns for several platforms (Instagram and TikTok). A row is imported as one account: map the columns of one platform and import, then map the other platform’s columns instead and import the file again.',
    );
    expect(platformSelect('Platform for rows without one').value).toBe('Instagram');
  });
});
