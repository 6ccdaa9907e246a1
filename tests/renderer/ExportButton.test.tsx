import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportButton } from '../../renderer/src/pages/CreatorsPage/ExportButton';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

const downloadText = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/src/lib/download', () => ({ downloadText }));

afterEach(() => {
  vi.useRealTimers();
  downloadText.mockReset();
});

describe('<ExportButton>', () => {
  it('names the file after the user’s day, not UTC’s (the import reads that day back as the figures’ date)', async () => {
    // 00:30 in Amsterdam (the tests' time zone) on 24 November is still 23 November in UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 24, 0, 30));
    const fake = fakeTransport();
    const transport: typeof fake.transport = async (channel, input) => (channel === 'creators:exportRows' ? { ok: true, data: [] } : fake.transport(channel, input));
    renderWithApp(<ExportButton query={{}} />, transport);
    fireEvent.click(await screen.findByRole('button', { name: 'Export view' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalled());
    expect(downloadText.mock.calls[0]![0]).toBe('microplan-creators-2026-11-24.csv');
  });
});
