import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AmbassadorsPage } from '../../renderer/src/pages/Ambassadors/AmbassadorsPage';
import { creatorBackend, reviewedCreator } from './creator-fixture';
import { renderWithApp } from './render';

afterEach(() => notifications.clean());

describe('<AmbassadorsPage> "Add ambassador" dialog', () => {
  it('promotes on Enter in its fields: the fields are a form', async () => {
    const creator = reviewedCreator();
    const backend = creatorBackend(creator);
    const sent: string[] = [];
    const transport: typeof backend.transport = async (channel, input) => {
      if (channel === 'ambassadors:list' || channel === 'clients:list') return { ok: true, data: [] };
      if (channel === 'clients:save' || channel === 'ambassadors:save') sent.push(channel);
      if (channel === 'clients:save') return { ok: true, data: { id: 4, name: 'Koffiebar', contactName: '', email: '', notes: '' } };
      if (channel === 'ambassadors:save') return { ok: false, error: { code: 'internal', message: 'stop here' } };
      return backend.transport(channel, input);
    };
    renderWithApp(<AmbassadorsPage />, transport, { route: `/ambassadors?promote=${creator.id}` });
    const newClient = (await screen.findByLabelText('Or a new client')) as HTMLInputElement;
    await screen.findByText(new RegExp(creator.name));
    fireEvent.change(newClient, { target: { value: 'Koffiebar' } });
    // What Enter in a field of a form does: submit it.
    expect(newClient.form).not.toBeNull();
    fireEvent.submit(newClient.form!);
    await waitFor(() => expect(sent).toEqual(['clients:save', 'ambassadors:save']));
  });
});
