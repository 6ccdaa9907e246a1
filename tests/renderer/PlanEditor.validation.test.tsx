import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/src/api/api-client';
import { PlanEditorPage } from '../../renderer/src/pages/PlanEditor/PlanEditorPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

// The notes' autosizing textarea listens to font loading and resizes, which jsdom does not have.
/** A USD workspace (no exchange rate needed) whose backend records every plan it is asked to save. */
function backend() {
  const fake = fakeTransport({ currency: 'USD', formatLocale: 'nl-NL' });
  const saves: unknown[] = [];
  const transport: Transport = async (channel, input) => {
    if (channel === 'plans:create') {
      saves.push(input);
      return { ok: false, error: { code: 'invalid_input', message: 'refused by the test backend', issues: [] } };
    }
    return fake.transport(channel, input);
  };
  return { transport, saves };
}

async function editor() {
  const b = backend();
  renderWithApp(<PlanEditorPage />, b.transport, { systemLocale: 'nl-NL' });
  const name = await screen.findByLabelText(/^Naam van het plan/);
  fireEvent.change(name, { target: { value: 'Zomer' } });
  return { ...b, name, save: () => screen.getByRole('button', { name: 'Plan opslaan' }) };
}

describe('<PlanEditorPage> checks what the backend would refuse, in the user’s language', () => {
  it('says a plan needs a date and does not save without one', async () => {
    const { save, saves } = await editor();
    const date = screen.getByLabelText(/^Datum/);
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.blur(date);
    expect(await screen.findByText('Kies een datum')).toBeTruthy();
    await waitFor(() => expect((save() as HTMLButtonElement).disabled).toBe(true));
    fireEvent.click(save());
    expect(saves).toEqual([]);
  });

  it('says when a name, client, campaign or notes are too long, at the field', async () => {
    const { name, save, saves } = await editor();
    fireEvent.change(name, { target: { value: 'x'.repeat(121) } });
    fireEvent.change(screen.getByLabelText(/^Klant/), { target: { value: 'k'.repeat(121) } });
    fireEvent.change(screen.getByLabelText(/^Notities/), { target: { value: 'n'.repeat(5001) } });
    expect(await screen.findAllByText('Hoogstens 120 tekens')).toHaveLength(2);
    expect(screen.getByText('Hoogstens 5.000 tekens')).toBeTruthy();
    expect((save() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(save());
    expect(saves).toEqual([]);
  });

  it('does not call an untouched new plan’s name missing until the user leaves the field', async () => {
    renderWithApp(<PlanEditorPage />, backend().transport, { systemLocale: 'nl-NL' });
    const name = await screen.findByLabelText(/^Naam van het plan/);
    expect(screen.queryByText('Het plan heeft een naam nodig')).toBeNull();
    fireEvent.focus(name);
    fireEvent.blur(name);
    expect(await screen.findByText('Het plan heeft een naam nodig')).toBeTruthy();
  });

  it('says the name is missing when an untouched new plan is saved, and saves nothing', async () => {
    const { transport, saves } = backend();
    renderWithApp(<PlanEditorPage />, transport, { systemLocale: 'nl-NL' });
    await screen.findByLabelText(/^Naam van het plan/);
    expect(screen.queryByText('Het plan heeft een naam nodig')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    expect(await screen.findByText('Het plan heeft een naam nodig')).toBeTruthy();
    expect(saves).toEqual([]);
  });
});
