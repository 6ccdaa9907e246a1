import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SavedView } from '@shared/api/saved-views.contract';
import { SavedViews } from '../../renderer/src/pages/CreatorsPage/SavedViews';
import { emptyFilters, type RosterFilterState } from '../../renderer/src/pages/CreatorsPage/roster-filters';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** The views the fake backend holds, and what it was asked to delete. */
function viewsBackend(views: SavedView[]) {
  const fake = fakeTransport();
  const deleted: unknown[] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel === 'savedViews:list') return { ok: true, data: views.filter((v) => !deleted.some((d) => (d as { id: number }).id === v.id)) };
    if (channel === 'savedViews:delete') {
      deleted.push(input);
      return { ok: true, data: { deleted: true } };
    }
    return fake.transport(channel, input);
  };
  return { transport, deleted };
}

/** The picker beside a stand-in for the filter bar: its state, and a button that changes a filter. */
function Harness({ initial }: { initial: RosterFilterState }) {
  const [filters, setFilters] = useState(initial);
  return (
    <>
      <SavedViews filters={filters} onOpen={setFilters} />
      <button type="button" onClick={() => setFilters({ ...emptyFilters, sort: filters.sort, direction: filters.direction })}>
        Clear filters
      </button>
      <output data-testid="platforms">{filters.platforms.join(',')}</output>
    </>
  );
}

const tiktokStars: SavedView = { id: 3, name: 'TikTok stars', query: { platforms: ['tiktok'], erMin: 0.041, sort: 'er', direction: 'desc' } };
const pickerValue = () => (screen.getByLabelText('Saved views', { selector: 'input' }) as HTMLInputElement).value;

describe('<SavedViews>', () => {
  it('shows a view only while the roster shows exactly its query, so choosing it again applies it', async () => {
    const backend = viewsBackend([tiktokStars]);
    // The same query, picked in another order and with the ER bound typed as a percentage.
    renderWithApp(<Harness initial={{ ...emptyFilters, platforms: ['tiktok'], erMinPercent: 4.1, sort: 'er', direction: 'desc' }} />, backend.transport);
    await waitFor(() => expect(pickerValue()).toBe('TikTok stars'));

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(pickerValue()).toBe(''));
    expect(screen.getByTestId('platforms').textContent).toBe('');

    // Mantine opens the list on click; happy-dom runs no transition, so the option is in the DOM but not "visible".
    fireEvent.click(screen.getByLabelText('Saved views', { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'TikTok stars', hidden: true }));
    await waitFor(() => expect(screen.getByTestId('platforms').textContent).toBe('tiktok'));
    expect(pickerValue()).toBe('TikTok stars');
  });

  it('keeps the open view, and its delete button, in the bin, so the row keeps its width', async () => {
    const backend = viewsBackend([tiktokStars]);
    renderWithApp(<Harness initial={{ ...emptyFilters, platforms: ['tiktok'], erMinPercent: 4.1, sort: 'er', direction: 'desc', bin: true }} />, backend.transport);
    await waitFor(() => expect(pickerValue()).toBe('TikTok stars'));
    expect(screen.getByRole('button', { name: 'Delete view' })).toBeTruthy();
  });

  it('deletes the shown view only after asking', async () => {
    const backend = viewsBackend([tiktokStars]);
    renderWithApp(<Harness initial={{ ...emptyFilters, platforms: ['tiktok'], erMinPercent: 4.1, sort: 'er', direction: 'desc' }} />, backend.transport);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete view' }));
    expect(backend.deleted).toEqual([]);
    const question = screen.getByRole('alertdialog', { name: 'Delete the view “TikTok stars”?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(backend.deleted).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete view' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(backend.deleted).toEqual([{ id: 3 }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete view' })).toBeNull());
  });

  it('says before saving that a name in use replaces that view', async () => {
    const backend = viewsBackend([tiktokStars]);
    renderWithApp(<Harness initial={{ ...emptyFilters, platforms: ['instagram'] }} />, backend.transport);
    await waitFor(() => expect(screen.getByLabelText('Saved views', { selector: 'input' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const name = await screen.findByRole('textbox', { name: 'Name of this view' });
    fireEvent.change(name, { target: { value: 'Instagram picks' } });
    expect(screen.queryByText(/exists: saving replaces/)).toBeNull();
    expect(screen.queryByText('Replace view')).toBeNull();
    fireEvent.change(name, { target: { value: 'TikTok stars ' } });
    expect(await screen.findByText('A view named “TikTok stars” exists: saving replaces its filters with these.')).toBeTruthy();
    // (The dropdown is a transitioning portal that happy-dom leaves out of the accessibility tree.)
    expect(screen.getByText('Replace view').closest('button')).toBeTruthy();
  });
});
