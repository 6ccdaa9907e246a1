import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/src/api/api-client';
import { FirstRunCurrency } from '../../renderer/src/pages/CreatorsPage/FirstRunCurrency';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** A workspace in euros with `creators` creators and `plans` plans. */
function workspace(creators: number, plans: unknown[] = []) {
  const fake = fakeTransport({ currency: 'EUR' });
  const asked: string[] = [];
  const transport: Transport = async (channel, input) => {
    asked.push(channel);
    if (channel === 'plans:list') return { ok: true, data: plans };
    if (channel === 'campaigns:list') return { ok: true, data: [] };
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

  it('stays away once the user keeps the currency, for a Dutch user, and once there are creators or plans', async () => {
    const first = renderWithApp(<FirstRunCurrency />, workspace(0).transport, { systemLocale: 'en-US' });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep EUR' }));
    expect(screen.queryByTestId('first-run-currency')).toBeNull();
    first.unmount();
    const plan = { id: 1, name: 'Spring', client: '', date: '2026-03-01', budget: { amount: 100_000, currency: 'EUR' }, expectedRevenue: null, expectedRoas: null, archived: false, updatedAt: '2026-11-24T10:00:00.000Z' };
    for (const [creators, plans, locale, keptBefore] of [[0, [], 'en-US', true], [0, [], 'nl-NL', false], [12, [], 'en-US', false], [0, [plan], 'en-US', false]] as const) {
      if (!keptBefore) localStorage.clear();
      const w = workspace(creators, [...plans]);
      const shown = renderWithApp(<FirstRunCurrency />, w.transport, { systemLocale: locale });
      // Asked, answered and rendered: the notice would be there now.
      await waitFor(() => expect(w.asked()).toEqual(expect.arrayContaining(['settings:get', 'demo:status', 'plans:list', 'campaigns:list'])));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.queryByTestId('first-run-currency'), `${creators} ${locale}`).toBeNull();
      shown.unmount();
    }
  });
});
