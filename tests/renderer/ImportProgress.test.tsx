import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportProgress } from '../../renderer/src/pages/ImportPage/ImportProgress';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

describe('<ImportProgress>', () => {
  it('shows the step and how far it is, with the bar at that share', async () => {
    renderWithApp(<ImportProgress rows={100_000} progress={{ step: 'writing', done: 45_000, total: 300_000 }} />, fakeTransport().transport);
    expect((await screen.findByTestId('import-progress')).textContent).toBe('Writing to the workspace: 45,000 of 300,000 records');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('15');
  });

  it('speaks Dutch with Dutch numbers', async () => {
    renderWithApp(<ImportProgress rows={100_000} progress={{ step: 'computing', done: 12_500, total: 100_000 }} />, fakeTransport().transport, { systemLocale: 'nl-NL' });
    expect((await screen.findByTestId('import-progress')).textContent).toBe('Tiers, ER en screeningsscores berekenen: 12.500 van 100.000 rijen');
  });

  it('says only that it is busy before the first report', async () => {
    renderWithApp(<ImportProgress rows={3} progress={null} />, fakeTransport().transport);
    expect((await screen.findByTestId('import-progress')).textContent).toBe('Writing 3 rows in one transaction…');
  });

  it('says it is saving while the commit runs', async () => {
    renderWithApp(<ImportProgress rows={3} progress={{ step: 'saving', done: 3, total: 3 }} />, fakeTransport().transport);
    expect((await screen.findByTestId('import-progress')).textContent).toBe('Saving…');
  });

  it('says the file is being read, with a busy bar, while the backend reads it in one go', async () => {
    renderWithApp(<ImportProgress rows={100_000} progress={{ step: 'reading', done: 0, total: 100_000 }} />, fakeTransport().transport, { systemLocale: 'nl-NL' });
    expect((await screen.findByTestId('import-progress')).textContent).toBe('Bestand lezen: 100.000 rijen');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  });

  it('writes counts in sentences in the user’s number format, also when it differs from the language', async () => {
    renderWithApp(<ImportProgress rows={100_000} progress={null} />, fakeTransport({ language: 'en', formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(screen.getByTestId('import-progress').textContent).toBe('Writing 100.000 rows in one transaction…'));
  });

  it('writes them in English format for an English user', async () => {
    renderWithApp(<ImportProgress rows={100_000} progress={null} />, fakeTransport().transport);
    expect((await screen.findByTestId('import-progress')).textContent).toBe('Writing 100,000 rows in one transaction…');
  });
});
