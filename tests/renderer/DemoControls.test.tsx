import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/src/api/api-client';
import { DemoControls } from '../../renderer/src/pages/CreatorsPage/DemoControls';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** An empty workspace that records what the demo roster is asked to be. */
function emptyWorkspace() {
  const fake = fakeTransport();
  const loads: unknown[] = [];
  const transport: Transport = async (channel, input) => {
    if (channel === 'demo:status') return { ok: true, data: { creators: 0, demoCreators: 0, demoInUse: { partnerships: 0, ambassadors: 0 }, demoEdited: 0 } };
    if (channel === 'demo:load') {
      loads.push(input);
      return { ok: true, data: { created: 300 } };
    }
    return fake.transport(channel, input);
  };
  return { transport, loads };
}

describe('<DemoControls>', () => {
  it.each([
    ['en-US', { language: 'en', places: 'northAmerica' }],
    ['en-GB', { language: 'en', places: 'benelux' }],
    ['nl-NL', { language: 'nl', places: 'benelux' }],
  ])('asks a %s user’s demo roster in their language and of their part of the world', async (locale, expected) => {
    const w = emptyWorkspace();
    renderWithApp(<DemoControls />, w.transport, { systemLocale: locale });
    fireEvent.click(await screen.findByRole('button', { name: /demo/i }));
    await waitFor(() => expect(w.loads).toEqual([expected]));
  });
});
