import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SettingsPage } from '../../renderer/src/pages/SettingsPage/SettingsPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

describe('<SettingsPage>', () => {
  it('shows the stored settings and where the workspace file is', async () => {
    const fake = fakeTransport({ workspaceName: 'Studio Noord', currency: 'USD' });
    renderWithApp(<SettingsPage />, fake.transport);
    expect(await screen.findByDisplayValue('Studio Noord')).toBeTruthy();
    expect(screen.getByDisplayValue('USD · US Dollar')).toBeTruthy();
    expect(await screen.findByText('/home/ann/.config/Microplan/microplan.sqlite')).toBeTruthy();
  });

  it('previews number, money and date formats for the chosen locale', async () => {
    const fake = fakeTransport({ formatLocale: 'nl-NL', currency: 'EUR' });
    renderWithApp(<SettingsPage />, fake.transport);
    expect((await screen.findByTestId('format-preview')).textContent).toBe('Example: 1.234.567,89 · €\u00a015.000,00 · 31 maart 2026');
  });

  it('saves a changed name and shows nothing unsaved afterwards', async () => {
    const fake = fakeTransport();
    renderWithApp(<SettingsPage />, fake.transport);
    const name = await screen.findByLabelText(/Workspace name/);
    fireEvent.change(name, { target: { value: 'Bureau Zuid' } });
    expect(screen.getByText('You have unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(fake.current().workspaceName).toBe('Bureau Zuid'));
    // Only the changed setting is sent: what another window saved meanwhile (your name, a rate) stays.
    expect(fake.calls.filter(([channel]) => channel === 'settings:update').map(([, input]) => input)).toEqual([{ workspaceName: 'Bureau Zuid' }]);
    await waitFor(() => expect(screen.queryByText('You have unsaved changes')).toBeNull());
  });

  it('offers the rate last entered for a currency when the workspace switches back to it', async () => {
    const fake = fakeTransport({ currency: 'USD', benchmarkExchangeRate: null, knownExchangeRates: { EUR: 0.92 } });
    renderWithApp(<SettingsPage />, fake.transport);
    fireEvent.click(await screen.findByDisplayValue('USD · US Dollar'));
    fireEvent.click(await screen.findByRole('option', { name: 'EUR · Euro', hidden: true }));
    const rate = (await screen.findByLabelText(/Exchange rate/)) as HTMLInputElement;
    expect(rate.value).toBe('0.92');
    expect(screen.getByText(/The rate you last entered for EUR: check that it is still right\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(fake.current()).toMatchObject({ currency: 'EUR', benchmarkExchangeRate: 0.92 }));
  });

  it('asks before a link leaves unsaved changes, and keeps them on "stay"', async () => {
    const fake = fakeTransport();
    renderWithApp(
      <>
        <Link to="/due">Due</Link>
        <SettingsPage />
      </>,
      fake.transport,
    );
    fireEvent.change(await screen.findByLabelText(/Workspace name/), { target: { value: 'Bureau Zuid' } });
    fireEvent.click(screen.getByRole('link', { name: 'Due' }));
    await screen.findByRole('dialog', { name: 'Leave without saving?' });
    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect((screen.getByLabelText(/Workspace name/) as HTMLInputElement).value).toBe('Bureau Zuid');
  });

  it('refuses an empty name in the window, without calling the backend', async () => {
    const fake = fakeTransport();
    renderWithApp(<SettingsPage />, fake.transport);
    const name = await screen.findByLabelText(/Workspace name/);
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('The workspace needs a name')).toBeTruthy();
    expect(fake.calls.some(([channel]) => channel === 'settings:update')).toBe(false);
  });

  it('names formats as the languages’ own names, and follows the language chosen before it is saved', async () => {
    const fake = fakeTransport({ language: 'nl', formatLocale: null });
    renderWithApp(<SettingsPage />, fake.transport, { systemLocale: 'nl-NL' });
    const options = async (label: string) => {
      const input = await screen.findByLabelText(new RegExp(`^${label}`), { selector: 'input' });
      fireEvent.click(input);
      const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
      return [...list.querySelectorAll('[role=option]')].map((o) => o.textContent);
    };
    const formats = await options('Notatie van getallen en datums');
    expect(formats).toContain('Nederlands (België) · nl-BE');
    expect(formats[0]).toBe('Volg de taal: Nederlands (Nederland)');

    const language = await screen.findByLabelText(/^Taal/, { selector: 'input' });
    fireEvent.click(language);
    const list = await waitFor(() => document.getElementById(language.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
    fireEvent.click([...list.querySelectorAll('[role=option]')].find((o) => o.textContent === 'English') as HTMLElement);
    await waitFor(async () => expect((await options('Notatie van getallen en datums'))[0]).toMatch(/^Volg de taal: Engels/));
  });

  it('speaks Dutch on a Dutch system', async () => {
    const fake = fakeTransport();
    renderWithApp(<SettingsPage />, fake.transport, { systemLocale: 'nl-NL' });
    expect(await screen.findByRole('heading', { name: 'Instellingen' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Instellingen opslaan' })).toBeTruthy();
  });
});
