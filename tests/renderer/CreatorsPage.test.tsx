import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreatorsPage } from '../../renderer/src/pages/CreatorsPage/CreatorsPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

describe('<CreatorsPage>', () => {
  it('says the roster could not be read, not that it is empty, and reads it again on request', async () => {
    const fake = fakeTransport();
    let reachable = false;
    const transport: typeof fake.transport = async (channel, input) => {
      if (channel !== 'creators:list') return fake.transport(channel, input);
      if (!reachable) return { ok: false, error: { code: 'internal', message: 'The Microplan server is not reachable: Failed to fetch' } };
      return { ok: true, data: { rows: [], total: 0, nextCursor: null } };
    };
    renderWithApp(<CreatorsPage />, transport, { route: '/creators' });
    expect((await screen.findByText(/^Could not load:/)).textContent).toBe('Could not load: The Microplan server is not reachable: Failed to fetch');
    expect(screen.queryByText(/Your roster is empty/)).toBeNull();
    expect(screen.getByTestId('roster-total').textContent).toBe('');
    reachable = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('roster-total').textContent).toBe('0 accounts'));
    expect(screen.getByText(/Your roster is empty/)).toBeTruthy();
  });
});
