import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { WizardPage } from '../../renderer/src/pages/Wizard/WizardPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function wizard() {
  const fake = fakeTransport({ formatLocale: 'nl-NL' });
  renderWithApp(
    <Routes>
      <Route path="/wizard/new" element={<WizardPage />} />
      <Route path="/wizard" element={<p>advice list</p>} />
      <Route path="/plans/new" element={<p>new plan</p>} />
    </Routes>,
    fake.transport,
    { systemLocale: 'nl-NL', route: '/wizard/new' },
  );
}

describe('<WizardPage> asks before unsaved answers are lost', () => {
  it('leaves an untouched wizard at once', async () => {
    wizard();
    fireEvent.click(await screen.findByRole('link', { name: /Opgeslagen adviezen/ }));
    expect(await screen.findByText('advice list')).toBeTruthy();
  });

  it('asks on the back link and on "create a budget plan" once an answer was given', async () => {
    wizard();
    fireEvent.click(await screen.findByRole('radio', { name: 'Gen Z (16–24)' }));
    fireEvent.click(screen.getByRole('link', { name: /Opgeslagen adviezen/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Blijven en verder bewerken' }));
    expect(screen.queryByText('advice list')).toBeNull();

    for (let i = 0; i < 7; i++) fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Maak hier een budgetplan van' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Weggaan zonder opslaan' }));
    expect(await screen.findByText('new plan')).toBeTruthy();
  });
});
