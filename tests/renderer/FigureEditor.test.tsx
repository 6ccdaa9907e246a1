import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/src/api/api-client';
import { BenchmarksPage } from '../../renderer/src/pages/BenchmarksPage/BenchmarksPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** The fake backend, plus an override channel that records what would be stored. */
function withOverride() {
  const fake = fakeTransport({ formatLocale: 'nl-NL', currency: 'EUR' });
  const stored: unknown[] = [];
  const transport: Transport = async (channel, input) => {
    if (channel === 'benchmarks:override') {
      stored.push((input as { values: unknown }).values);
      return fake.transport('benchmarks:get', {});
    }
    return fake.transport(channel, input);
  };
  return { transport, stored };
}

async function openEditor(container: HTMLElement, key: string): Promise<HTMLElement> {
  await screen.findByText('Prijzen per post');
  const row = container.querySelector(`tr[data-figure="${key}"]`) as HTMLElement;
  fireEvent.click(within(row).getByRole('button', { name: /^Wijzigen:/ }));
  return row;
}

describe('<FigureEditor> typing figures', () => {
  it('keeps a Dutch decimal comma while it is typed and stores 2,5 % as 2.5 %', async () => {
    const backend = withOverride();
    const { container } = renderWithApp(<BenchmarksPage />, backend.transport, { systemLocale: 'nl-NL' });
    const row = await openEditor(container, 'kpi.ctr');
    const low = within(row).getByLabelText(/^Lage waarde voor/);
    fireEvent.change(low, { target: { value: '2,' } });
    // Half-typed, the field keeps what was typed instead of emptying itself.
    expect((low as HTMLInputElement).value).toMatch(/^2,/);
    fireEvent.change(low, { target: { value: '2,5' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(backend.stored).toEqual([{ 'kpi.ctr': { low: 0.025, high: 0.05 } }]));
  });

  it('reads a dot in a Dutch price as thousands: 1.200 is twelve hundred dollars', async () => {
    const backend = withOverride();
    const { container } = renderWithApp(<BenchmarksPage />, backend.transport, { systemLocale: 'nl-NL' });
    const row = await openEditor(container, 'pricing.instagram.micro');
    const high = within(row).getByLabelText(/^Hoge waarde voor/);
    // Typed key by key at the end, as a user does: the dot must not turn into a decimal comma.
    fireEvent.change(high, { target: { value: '' } });
    for (const key of 'USD 1.200') fireEvent.change(high, { target: { value: (high as HTMLInputElement).value + key } });
    expect((high as HTMLInputElement).value).toBe('USD 1.200');
    fireEvent.click(within(row).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(backend.stored).toEqual([{ 'pricing.instagram.micro': { low: 10000, high: 120000 } }]));
  });
});
