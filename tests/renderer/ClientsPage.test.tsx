import { Notifications, notifications } from '@mantine/notifications';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from '@shared/domain/campaigns';
import { ClientsPage } from '../../renderer/src/pages/Clients/ClientsPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

afterEach(() => notifications.clean());

const client = (id: number, name: string, campaignCount: number, ambassadorCount: number): Client => ({ id, name, contactName: '', email: '', notes: '', campaignCount, ambassadorCount });

describe('<ClientsPage>', () => {
  it('says why a client with campaigns cannot be deleted instead of asking first and refusing after', async () => {
    const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
    const deletes: unknown[] = [];
    const transport: typeof fake.transport = async (channel, input) => {
      if (channel === 'clients:list') return { ok: true, data: [client(1, 'Bloem & Blad B.V.', 1, 0), client(2, 'Koffiebar Noord', 2, 1), client(3, 'Oud & Nieuw', 0, 0)] };
      if (channel === 'clients:delete') deletes.push(input);
      return fake.transport(channel, input);
    };
    renderWithApp(
      <>
        <Notifications />
        <ClientsPage />
      </>,
      transport,
      { systemLocale: 'nl-NL' },
    );
    const row = (name: string) => screen.getAllByRole('row').find((r) => r.textContent!.includes(name))!;
    await screen.findByText('Bloem & Blad B.V.');
    fireEvent.click(within(row('Bloem & Blad B.V.')).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('Bloem & Blad B.V. kan niet worden verwijderd zolang er 1 campagne bij horen: verwijder of beëindig die eerst.')).toBeTruthy();
    fireEvent.click(within(row('Koffiebar Noord')).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('Koffiebar Noord kan niet worden verwijderd zolang er 2 campagnes en 1 ambassadeursprogramma bij horen: verwijder of beëindig die eerst.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(deletes).toEqual([]);
    // A client with nothing attached is deleted after the usual question.
    fireEvent.click(within(row('Oud & Nieuw')).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('De klant Oud & Nieuw verwijderen?')).toBeTruthy();
  });
});
