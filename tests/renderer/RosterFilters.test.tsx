import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RosterFilters } from '../../renderer/src/pages/CreatorsPage/RosterFilters';
import { emptyFilters } from '../../renderer/src/pages/CreatorsPage/roster-filters';
import { useRosterUrlState } from '../../renderer/src/pages/CreatorsPage/use-roster-url';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** The filter bar as the roster page wires it, showing what the roster would ask. */
function RosterBar() {
  const { filters, setFilters, settledSearch } = useRosterUrlState();
  return (
    <>
      <RosterFilters value={filters} onChange={setFilters} />
      <output data-testid="asked">{settledSearch}</output>
    </>
  );
}

/** Past the bar's pause before a change is asked. */
const afterTypingPause = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));

describe('<RosterFilters>', () => {
  it('offers the roster’s own niches as the user types one', async () => {
    const fake = fakeTransport();
    const transport: typeof fake.transport = async (channel, input) => (channel === 'creators:niches' ? { ok: true, data: ['fitness', 'food', 'travel'] } : fake.transport(channel, input));
    renderWithApp(<RosterBar />, transport);
    const niche = await screen.findByRole('combobox', { name: 'Niche' });
    fireEvent.focus(niche);
    fireEvent.change(niche, { target: { value: 'f' } });
    // Half a niche is not asked: the roster stays as it is while the user picks.
    await afterTypingPause();
    expect(screen.getByTestId('asked').textContent).toBe('');
    // (The dropdown is a transitioning portal that happy-dom leaves out of the accessibility tree.)
    const options = async () => within((await waitFor(() => document.getElementById(niche.getAttribute('aria-controls')!)!))).getAllByRole('option', { hidden: true });
    expect((await options()).map((o) => o.textContent)).toEqual(['fitness', 'food']);
    fireEvent.click((await options())[1]!);
    await afterTypingPause();
    expect(screen.getByTestId('asked').textContent).toContain('niche=food');
    // A niche typed out in full applies as it stands; emptied, the filter goes.
    fireEvent.change(niche, { target: { value: 'Travel' } });
    await afterTypingPause();
    expect(screen.getByTestId('asked').textContent).toContain('niche=Travel');
    fireEvent.change(niche, { target: { value: '' } });
    await afterTypingPause();
    expect(screen.getByTestId('asked').textContent).toBe('');
  });

  it('says why a reversed ER range finds nothing', async () => {
    renderWithApp(<RosterFilters value={{ ...emptyFilters, erMinPercent: 5, erMaxPercent: 2 }} onChange={() => undefined} />, fakeTransport().transport);
    expect(await screen.findByText('Lower than “ER from”: nothing can match')).toBeTruthy();
  });

  it('says nothing about a range in order', async () => {
    renderWithApp(<RosterFilters value={{ ...emptyFilters, erMinPercent: 2, erMaxPercent: 5 }} onChange={() => undefined} />, fakeTransport().transport);
    await screen.findByText('ER to (%)');
    expect(screen.queryByText(/nothing can match/)).toBeNull();
  });

  it('refuses a percentage out of 0–100 % at its field, in the user’s language and number format', async () => {
    renderWithApp(
      <RosterFilters value={{ ...emptyFilters, erMinPercent: -5, erMaxPercent: 20_000, vettingMinPercent: 150 }} onChange={() => undefined} />,
      fakeTransport({ language: 'nl', formatLocale: 'nl-NL' }).transport,
      { systemLocale: 'nl-NL' },
    );
    const fields = ['ER vanaf (%)', 'ER tot (%)', 'Screeningsscore vanaf (%)'].map((label) => screen.getByLabelText(label));
    for (const field of fields) {
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('Tussen 0% en 100%');
    }
    // Not the reversed-range message: -5 and 20.000 are refused before they are compared.
    expect(screen.queryByText(/niets kan voldoen/)).toBeNull();
  });

  it('keeps a value out of range as typed (not clamped on blur), never asks the roster for it, and still applies the other filters', async () => {
    renderWithApp(<RosterBar />, fakeTransport().transport, { route: '/creators' });
    const vetting = (await screen.findByLabelText('Vetting score from (%)')) as HTMLInputElement;
    fireEvent.change(vetting, { target: { value: '15' } });
    await afterTypingPause();
    expect(screen.getByTestId('asked').textContent).toBe('vettingMin=15');

    fireEvent.change(vetting, { target: { value: '150' } });
    fireEvent.blur(vetting);
    await afterTypingPause();
    expect(vetting.value).toBe('150');
    expect(screen.getByText('Between 0% and 100%')).toBeTruthy();
    // Left out of the query; the other filters apply as they change, so the roster, "select all"
    // and the export never act on filters the bar no longer shows.
    expect(screen.getByTestId('asked').textContent).toBe('');
    fireEvent.change(screen.getByLabelText('ER from (%)'), { target: { value: '2' } });
    await afterTypingPause();
    expect(screen.getByTestId('asked').textContent).toBe('erMin=2');

    fireEvent.change(vetting, { target: { value: '50' } });
    fireEvent.change(screen.getByLabelText('ER from (%)'), { target: { value: '2' } });
    await afterTypingPause();
    expect(screen.getByTestId('asked').textContent).toBe('erMin=2&vettingMin=50');
    expect(screen.queryByText('Between 0% and 100%')).toBeNull();
  });
});
