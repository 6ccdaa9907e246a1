import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField } from '../../renderer/src/components/DateField';
import { FieldProblemsScope, useFieldProblemsScope } from '../../renderer/src/components/field-problems';
import { MoneyInput } from '../../renderer/src/components/MoneyInput';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** A form as the app's forms use the scope: it refuses to save while a field shows what it could not read. */
function Form() {
  const problems = useFieldProblemsScope();
  const [end, setEnd] = useState<string | null>('2026-11-24');
  const [fee, setFee] = useState<number | null>(25_000);
  const [saved, setSaved] = useState<string>('');
  return (
    <FieldProblemsScope value={problems}>
      <DateField label="Einde" value={end} onChange={setEnd} />
      <MoneyInput label="Vergoeding" currency="EUR" value={fee} onChange={setFee} />
      <button type="button" onClick={() => setSaved(problems.any ? 'refused' : `${end} ${fee}`)}>
        Opslaan
      </button>
      <output data-testid="saved">{saved}</output>
    </FieldProblemsScope>
  );
}

const field = (label: RegExp) => screen.getByRole('textbox', { name: label }) as HTMLInputElement;
const typeAndLeave = (input: HTMLInputElement, text: string) => {
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
};

describe('field problems', () => {
  it('refuse saving while a date or money field shows text it could not read, and allow it once corrected', async () => {
    renderWithApp(<Form />, fakeTransport({ formatLocale: 'nl-NL' }).transport, { systemLocale: 'nl-NL' });
    await waitFor(() => expect(field(/Einde/).value).toBe('24-11-2026'));
    const save = () => fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    typeAndLeave(field(/Einde/), 'eind nov');
    save();
    expect(screen.getByTestId('saved').textContent).toBe('refused');
    typeAndLeave(field(/Einde/), '30-11-2026');
    typeAndLeave(field(/Vergoeding/), '45.50');
    save();
    expect(screen.getByTestId('saved').textContent).toBe('refused');
    typeAndLeave(field(/Vergoeding/), '45,50');
    save();
    await waitFor(() => expect(screen.getByTestId('saved').textContent).toBe('2026-11-30 4550'));
  });
});
