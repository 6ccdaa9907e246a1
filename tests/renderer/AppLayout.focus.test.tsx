import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/layout/AppLayout';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function openApp() {
  const fake = fakeTransport();
  const transport: typeof fake.transport = async (channel, input) => (channel === 'reminders:due' ? { ok: true, data: [] } : fake.transport(channel, input));
  renderWithApp(
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="creators" element={<h2>Creators page</h2>} />
        <Route path="clients" element={<h2>Clients page</h2>} />
      </Route>
    </Routes>,
    transport,
    { route: '/creators' },
  );
}

describe('<AppLayout> keyboard', () => {
  it('starts with a "Skip to content" link that moves focus to the page’s heading', async () => {
    openApp();
    const skip = await screen.findByRole('link', { name: 'Skip to content' });
    const focusable = document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    expect(focusable[0]).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Creators page' }));
  });

  it('moves focus to the new page’s heading after following a menu link, not leaving it in the menu', async () => {
    openApp();
    fireEvent.click(await screen.findByRole('link', { name: 'Clients' }));
    const heading = await screen.findByRole('heading', { name: 'Clients page' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
