import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DuePage } from '../../renderer/src/pages/Due/DuePage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function openDue(language: 'nl' | 'en') {
  const fake = fakeTransport({ language });
  const transport: typeof fake.transport = async (channel, input) =>
    channel === 'reminders:due' || channel === 'deliverables:agenda' ? { ok: true, data: [] } : fake.transport(channel, input);
  renderWithApp(<DuePage />, transport, { systemLocale: language === 'nl' ? 'nl-NL' : 'en-GB' });
}

describe('<DuePage> intro', () => {
  it('says in English that what is overdue comes first (the list is most urgent first)', async () => {
    openDue('en');
    expect(await screen.findByText(/: overdue first\.$/)).toBeTruthy();
  });

  it('says the same in Dutch, not "het laatste eerst" (the latest first)', async () => {
    openDue('nl');
    expect(await screen.findByText(/: wat te laat is eerst\.$/)).toBeTruthy();
  });
});
