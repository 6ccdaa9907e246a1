import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MoneyInput } from '../../renderer/src/components/MoneyInput';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function Probe({ initial, currency = 'EUR' }: { initial: number | null; currency?: string }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <>
      <MoneyInput label="Budget" currency={currency} value={value} onChange={setValue} />
      <output data-testid="stored">{String(value)}</output>
      <button type="button" onClick={() => setValue(990)}>
        Fill in
      </button>
    </>
  );
}

const field = () => screen.getByLabelText('Budget (EUR)') as HTMLInputElement;
const stored = () => screen.getByTestId('stored').textContent;
const type = (text: string) => {
  fireEvent.focus(field());
  fireEvent.change(field(), { target: { value: text } });
  fireEvent.blur(field());
};

describe('<MoneyInput>', () => {
  it('shows a stored amount with its cents and reads amounts as a Dutch user types them', async () => {
    renderWithApp(<Probe initial={125_050} />, fakeTransport({ formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    await waitFor(() => expect(field().value).toBe('1.250,50'));
    for (const [typed, minor, shown] of [
      ['1.250', '125000', '1.250,00'],
      ['7500', '750000', '7.500,00'],
      ['0,99', '99', '0,99'],
      ['25.000,5', '2500050', '25.000,50'],
    ] as const) {
      type(typed);
      expect([stored(), field().value]).toEqual([minor, shown]);
    }
  });

  it('says at the field what is no amount in the user’s format, keeps the text, and leaves the form its amount', async () => {
    renderWithApp(<Probe initial={4_550} />, fakeTransport({ formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    await waitFor(() => expect(field().value).toBe('45,50'));
    // A dot before two digits is neither a Dutch decimal point nor thousands: not guessed, refused.
    type('45.50');
    expect([stored(), field().value]).toEqual(['4550', '45.50']);
    expect(screen.getByText('Geen getal in jouw getalnotatie (bijvoorbeeld 1.234.567,5)')).toBeTruthy();
    type('12,345');
    expect(stored()).toBe('4550');
    expect(screen.getByText('Maximaal 2 decimalen in EUR')).toBeTruthy();
    // Emptied: no amount, and no message (a required field's form says it is needed).
    type('');
    expect([stored(), field().value]).toEqual(['null', '']);
    expect(screen.queryByText(/Geen getal|Maximaal/)).toBeNull();

    // An amount set from outside is shown, and what was wrong before is no more.
    type('abc');
    fireEvent.click(screen.getByRole('button', { name: 'Fill in' }));
    await waitFor(() => expect(field().value).toBe('9,90'));
    expect(screen.queryByText(/Geen getal/)).toBeNull();
  });

  it('takes an amount typed with its currency’s sign and refuses another currency’s, saying which the field is in', async () => {
    renderWithApp(<Probe initial={null} />, fakeTransport({ formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    await waitFor(() => expect(field().value).toBe(''));
    type('€ 1.250,50');
    expect([stored(), field().value]).toEqual(['125050', '1.250,50']);
    type('£ 300');
    expect([stored(), field().value]).toEqual(['125050', '£ 300']);
    expect(screen.getByText('Dit bedrag is in EUR: het teken of de code van een andere valuta kan hier niet worden opgeslagen')).toBeTruthy();
  });

  it('gives the form back its amount from before the edit when the text stops being one, not the part typed so far', async () => {
    renderWithApp(<Probe initial={4_550} />, fakeTransport({ formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    await waitFor(() => expect(field().value).toBe('45,50'));
    fireEvent.focus(field());
    // Key by key: "45" is an amount on the way, "45." and what follows are none in Dutch.
    for (const typed of ['4', '45', '45.', '45.5', '45.50']) fireEvent.change(field(), { target: { value: typed } });
    expect([stored(), field().value]).toEqual(['4550', '45.50']);
  });

  it('keeps the text being typed where the form stores “no amount” as 0', async () => {
    function ZeroForNone() {
      const [value, setValue] = useState(125_000);
      return (
        <>
          <MoneyInput label="Budget" currency="EUR" value={value} onChange={(v) => setValue(v ?? 0)} />
          <output data-testid="stored">{String(value)}</output>
        </>
      );
    }
    renderWithApp(<ZeroForNone />, fakeTransport({ formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    await waitFor(() => expect(field().value).toBe('1.250,00'));
    for (const typed of ['', '7', '7.', '7.5', '7.50', '7.500']) fireEvent.change(field(), { target: { value: typed } });
    expect([stored(), field().value]).toEqual(['750000', '7.500']);
  });
});
