import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/src/api/api-client';
import { FirstRunCurrency } from '../../renderer/src/pages/CreatorsPage/FirstRunCurrency';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** A workspace in euros with `creators` creators. */
function workspace(creators: number) {
  const fake = fakeTransport({ currency: 'EUR' });
  const asked: string[] = [];
  const transport: Transport = async (channel, input) => {
    asked.push(channel);
    return channel === 'demo:status'
      ? { ok: true, data: { creators, demoCreators: 0, demoInUse: { partnerships: 0, ambassadors: 0 }, demoEdited: 0 } }
      : fake.transport(channel, input);
  };
  return { transport, fake, asked: () => asked };
}

afterEach(() => localStorage.clear());

describe('<FirstRunCurrency>', () => {
  it('offers an American user on an empty workspace to plan in dollars, and switches on a click', async () => {
    const { transport, fake } = workspace(0);
    renderWithApp(<FirstRunCurrency />, transport, { systemLocale: 'en-US' });
    expect((await screen.findByTestId('first-run-currency')).textContent).toContain('This workspace plans and pays in EUR. Your region pays in USD');
    fireEvent.click(screen.getByRole('button', { name: 'Plan in USD' }));
    await waitFor(() => expect(fake.current().currency).toBe('USD'));
    await waitFor(() => expect(screen.queryByTestId('first-run-currency')).toBeNull());
  });

  it('stays away once the user keeps the currency, for a Dutch user, and once the roster has creators', async () => {
    const first = renderWithApp(<FirstRunCurrency />, workspace(0).transport, { systemLocale: 'en-US' });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep EUR' }));
    expect(screen.queryByTestId('first-run-currency')).toBeNull();
    first.unmount();
    for (const [creators, locale, keptBefore] of [[0, 'en-US', true], [0, 'nl-NL', false], [12, 'en-US', false]] as const) {
      if (!keptBefore) localStorage.clear();
      const w = workspace(creators);
      const shown = renderWithApp(<FirstRunCurrency />, w.transport, { systemLocale: locale });
      // Asked, answered and rendered: the notice would be there now.
      await waitFor(() => expect(w.asked()).toEqual(expect.arrayContaining(['settings:get', 'demo:status'])));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.queryByTestId('first-run-currency'), `${creators} ${locale}`).toBeNull();
      shown.unmount();
    }
  });
});
