import { notifications } from '@mantine/notifications';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplatesPage } from '../../renderer/src/pages/Templates/TemplatesPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

afterEach(() => notifications.clean());

/** The templates page with no templates yet, keeping every templates:save it is sent. */
function openTemplates(settings: Parameters<typeof fakeTransport>[0] = {}, systemLocale = 'en-GB') {
  const fake = fakeTransport(settings);
  const saved: unknown[] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel === 'templates:list') return { ok: true, data: [] };
    if (channel === 'templates:save') {
      saved.push(input);
      return { ok: true, data: { id: 1, updatedAt: '2026-11-24T10:00:00.000Z', ...(input as { template: object }).template } };
    }
    return fake.transport(channel, input);
  };
  renderWithApp(<TemplatesPage />, transport, { systemLocale });
  return { saved };
}

describe('<TemplatesPage> merge fields', () => {
  it('refuses to save braces that are no merge field, naming them at their field with the field meant', async () => {
    const { saved } = openTemplates();
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Intro' } });
    fireEvent.change(screen.getByLabelText(/^Subject/), { target: { value: 'Hi {firstname}' } });
    fireEvent.change(screen.getByLabelText(/^Message/), { target: { value: 'We offer {fee} and {offer}.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Not a merge field: {firstname} (did you mean {firstName}?). Use the fields listed above, spelled exactly.')).toBeTruthy();
    expect(screen.getByText('Not a merge field: {fee}. Use the fields listed above, spelled exactly.')).toBeTruthy();
    expect(saved).toEqual([]);
  });

  it('says it in Dutch, suggesting the Dutch field', async () => {
    openTemplates({ language: 'nl', formatLocale: 'nl-NL' }, 'nl-NL');
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw sjabloon' }));
    fireEvent.change(screen.getByLabelText(/^Naam/), { target: { value: 'Intro' } });
    fireEvent.change(screen.getByLabelText(/^Bericht/), { target: { value: 'Hoi {Voornaam}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sjabloon opslaan' }));
    expect(await screen.findByText('Geen samenvoegveld: {Voornaam} (bedoel je {voornaam}?). Gebruik de velden hierboven, precies zo gespeld.')).toBeTruthy();
  });
});
