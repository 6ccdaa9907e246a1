import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTerms, type OutreachTemplate, type PartnershipDetail, type Terms } from '@shared/domain/campaigns';
import { OutreachPanel } from '../../renderer/src/pages/Partnership/OutreachPanel';
import { fakeTransport } from './fake-transport';
import { annasPartnership } from './partnership-fixture';
import { renderWithApp } from './render';

afterEach(() => notifications.clean());

const template: OutreachTemplate = { id: 1, name: 'Eerste contact', kind: 'firstContact', subject: '{brand} × {handle}', body: 'Hoi {firstName}, we bieden {offer}.', updatedAt: '2026-11-24T10:00:00.000Z' };

function partnership(terms: Partial<Terms>): PartnershipDetail {
  return annasPartnership({ terms: { ...defaultTerms, ...terms }, creatorEmail: 'anna@example.com' });
}

function openOutreach(p: PartnershipDetail, templates: OutreachTemplate[] = [template]) {
  const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
  const transport: typeof fake.transport = async (channel, input) => (channel === 'templates:list' ? { ok: true, data: templates } : fake.transport(channel, input));
  renderWithApp(<OutreachPanel partnership={p} />, transport, { systemLocale: 'nl-NL' });
}

describe('<OutreachPanel> offer merge field', () => {
  it('names the commission of a commission-only deal instead of leaving {offer} empty', async () => {
    openOutreach(partnership({ commission: { type: 'percent', percent: 12.5 }, promoCode: 'ANNA15' }));
    const offer = (await screen.findByLabelText('Aanbod')) as HTMLInputElement;
    expect(offer.value).toBe('12,5% commissie');
    await waitFor(() => expect(screen.getByText(/Hoi Anna, we bieden 12,5% commissie\./)).toBeTruthy());
    expect(screen.queryByText(/Nog leeg/)).toBeNull();
  });

  it('adds a fixed commission per conversion after cash and products', async () => {
    openOutreach(partnership({ cash: 25_000, products: [{ name: 'Taart', quantity: 1, retailValue: 3_495 }], commission: { type: 'fixed', amount: 500 } }));
    const offer = (await screen.findByLabelText('Aanbod')) as HTMLInputElement;
    // Intl puts a no-break space between € and the amount.
    expect(offer.value.replace(/\u00a0/g, ' ')).toBe('€ 250,00 + Taart + € 5,00 per conversie');
  });
});

describe('<OutreachPanel> the sender', () => {
  it('sends the user to Settings when the message needs their name and none is entered', async () => {
    const signed = { ...template, body: 'Hoi {voornaam}, groet van {afzender}.' };
    openOutreach(partnership({ cash: 25_000 }), [signed]);
    expect((await screen.findByText(/Nog leeg: \{afzender\}/)).textContent).toContain('{afzender}');
    expect(screen.getByRole('link', { name: 'Je naam (de afzender) vul je in bij Instellingen' }).getAttribute('href')).toBe('/settings');
  });
});

describe('<OutreachPanel> "Open your mail app?" dialog', () => {
  it('names its close button and starts focus on the primary action', async () => {
    openOutreach(partnership({ cash: 25_000 }));
    const open = await screen.findByRole('button', { name: 'Openen in mailprogramma…' });
    await waitFor(() => expect((open as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toBeTruthy();
    const primary = within(dialog).getByRole('button', { name: 'Mailprogramma openen' });
    await waitFor(() => expect(document.activeElement).toBe(primary));
  });
});
