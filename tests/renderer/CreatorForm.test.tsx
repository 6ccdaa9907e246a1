import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '@shared/api/contract';
import { NewCreatorPage } from '../../renderer/src/pages/CreatorForm/CreatorForm';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** The fake backend, refusing `creators:create` as the real one would (or not at all), keeping what it was sent. */
function creatorBackend(refusal?: ApiResult<unknown>) {
  const fake = fakeTransport();
  const sent: unknown[] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel !== 'creators:create') return fake.transport(channel, input);
    sent.push(input);
    return refusal ?? { ok: false, error: { code: 'internal', message: 'not expected' } };
  };
  return { transport, sent };
}

async function fillMinimal(email: string) {
  fireEvent.change(await screen.findByLabelText(/^(Name|Naam)/), { target: { value: 'Jan Müller' } });
  fireEvent.change(screen.getByLabelText(/^(Handle|Gebruikersnaam)/), { target: { value: 'jan.muller' } });
  fireEvent.change(screen.getByLabelText(/^(Followers|Volgers)/), { target: { value: '12000' } });
  fireEvent.change(screen.getByLabelText(/^(Email|E-mail)$/), { target: { value: email } });
}

// Mantine's autosizing notes field listens for web fonts loading; happy-dom has no `document.fonts`.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });

describe('<NewCreatorPage>', () => {
  it('refuses in the form an e-mail address the backend would refuse, before sending anything', async () => {
    const backend = creatorBackend();
    renderWithApp(<NewCreatorPage />, backend.transport);
    await fillMinimal('jan@müller.de');
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    expect(await screen.findByText('This does not look like an email address')).toBeTruthy();
    expect(backend.sent).toEqual([]);
  });

  it('shows a refusal the form could not foresee at its field, in the user’s language', async () => {
    const issue = { field: 'accounts.0.followers', rule: 'zod.too_big', message: 'accounts.0.followers: Too big: expected number to be <=10000000000' };
    const backend = creatorBackend({ ok: false, error: { code: 'invalid_input', field: issue.field, message: issue.message, issues: [issue] } });
    renderWithApp(<NewCreatorPage />, backend.transport, { systemLocale: 'nl-NL' });
    await fillMinimal('jan@example.nl');
    fireEvent.click(screen.getByRole('button', { name: /opslaan/i }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect(await screen.findByText('Te groot of te lang')).toBeTruthy();
    expect(screen.queryByText(/Too big/)).toBeNull();
  });

  it('says when a handle belongs to a creator in the bin, pointing to the bin', async () => {
    const issue = {
      field: 'accounts.0.handle',
      rule: 'handleInBin',
      params: { handle: 'jan.muller', platform: 'instagram', name: 'Jan M.', creatorId: 7 },
      message: '@jan.muller on instagram already belongs to Jan M., which is in the bin',
    };
    const backend = creatorBackend({ ok: false, error: { code: 'conflict', field: issue.field, message: issue.message, issues: [issue] } });
    renderWithApp(<NewCreatorPage />, backend.transport);
    await fillMinimal('jan@example.nl');
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    expect(
      await screen.findByText('@jan.muller on Instagram belongs to Jan M., which is in the bin: restore Jan M. from the bin (Creators → Bin), or delete it permanently there to use this handle again'),
    ).toBeTruthy();
  });
});
