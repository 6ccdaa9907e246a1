import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Link, Route, Routes } from 'react-router';
import { PlanEditorPage } from '../../renderer/src/pages/PlanEditor/PlanEditorPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** The editor with a menu link beside it, as in the app shell. */
async function editor() {
  const fake = fakeTransport({ currency: 'USD', formatLocale: 'nl-NL' });
  renderWithApp(
    <>
      <nav>
        <Link to="/creators">Menu: creators</Link>
      </nav>
      <Routes>
        <Route path="/plans/new" element={<PlanEditorPage />} />
        <Route path="/plans" element={<p>plans list</p>} />
        <Route path="/creators" element={<p>roster</p>} />
      </Routes>
    </>,
    fake.transport,
    { systemLocale: 'nl-NL', route: '/plans/new' },
  );
  return screen.findByLabelText(/^Naam van het plan/);
}

function beforeUnloadIsRefused(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('<PlanEditorPage> asks before unsaved edits are lost', () => {
  it('leaves at once while nothing was changed', async () => {
    await editor();
    expect(beforeUnloadIsRefused()).toBe(false);
    fireEvent.click(screen.getByRole('link', { name: /Alle plannen/ }));
    expect(await screen.findByText('plans list')).toBeTruthy();
  });

  it('asks on "back to all plans" and on the menu, and stays or leaves as answered', async () => {
    const name = await editor();
    fireEvent.change(name, { target: { value: 'Zomer' } });
    expect(beforeUnloadIsRefused()).toBe(true);

    fireEvent.click(screen.getByRole('link', { name: /Alle plannen/ }));
    expect(await screen.findByText('Weggaan zonder op te slaan?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Blijven en verder bewerken' }));
    await waitFor(() => expect(screen.queryByText('Weggaan zonder op te slaan?')).toBeNull());
    expect((screen.getByLabelText(/^Naam van het plan/) as HTMLInputElement).value).toBe('Zomer');
    expect(screen.queryByText('plans list')).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Menu: creators' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Weggaan zonder opslaan' }));
    expect(await screen.findByText('roster')).toBeTruthy();
    // Gone from the editor, nothing is guarded any more.
    expect(beforeUnloadIsRefused()).toBe(false);
  });
});
