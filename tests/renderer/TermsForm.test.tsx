import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTerms, type Terms } from '@shared/domain/campaigns';
import { TermsForm } from '../../renderer/src/pages/Partnership/TermsForm';
import { fakeTransport } from './fake-transport';
import { annasPartnership } from './partnership-fixture';
import { renderWithApp } from './render';

afterEach(() => notifications.clean());

const anna = annasPartnership({ terms: { ...defaultTerms, commission: { type: 'percent', percent: 10 } } });

/** Anna's terms form in Dutch; returns the terms it saves. */
function openTerms(): { id: number; terms: Terms }[] {
  const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
  const sent: { id: number; terms: Terms }[] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel !== 'partnerships:saveTerms') return fake.transport(channel, input);
    sent.push(input as (typeof sent)[number]);
    return { ok: true, data: anna };
  };
  renderWithApp(<TermsForm partnership={anna} />, transport, { systemLocale: 'nl-NL' });
  return sent;
}

describe('<TermsForm> commission percentage, typed over', () => {
  it('leaves a cleared percentage empty while typing and saves what was typed (7,5 %)', async () => {
    const sent = openTerms();
    const percent = (await screen.findByRole('textbox', { name: 'Commissie' })) as HTMLInputElement;
    fireEvent.change(percent, { target: { value: '' } });
    await waitFor(() => expect(percent.value).toBe(''));
    fireEvent.change(percent, { target: { value: '7,5' } });
    fireEvent.blur(percent);
    fireEvent.click(screen.getByRole('button', { name: 'Afspraken opslaan' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.terms.commission).toEqual({ type: 'percent', percent: 7.5 });
    // Saved against the terms the form started from: another window's save since is refused, not overwritten.
    expect((sent[0] as { expected?: Terms }).expected).toEqual(anna.terms);
  });
});

describe('<TermsForm> whole numbers, typed over', () => {
  it('gives 3 revision rounds and 5 feedback days when 1 and 2 are emptied and 3 and 5 typed, not 30 and 50', async () => {
    const sent = openTerms();
    for (const [label, typed] of [['Correctierondes', '3'], ['Feedback binnen (dagen)', '5']] as const) {
      const field = (await screen.findByLabelText(label)) as HTMLInputElement;
      fireEvent.change(field, { target: { value: '' } });
      // An emptied field stays empty: a 0 put back under the caret turns a typed 3 into 30.
      await waitFor(() => expect(field.value).toBe(''));
      fireEvent.change(field, { target: { value: typed } });
      fireEvent.blur(field);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Afspraken opslaan' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.terms).toMatchObject({ revisionRounds: 3, turnaroundDays: 5 });
  });
});

describe('<TermsForm> while the partnership changes in this window', () => {
  it('takes in a payment filled in by moving to "paid" while the user edits the promo code, and saves both against the new terms', async () => {
    const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
    const sent: { terms: Terms; expected?: Terms }[] = [];
    const transport: typeof fake.transport = async (channel, input) => {
      if (channel !== 'partnerships:saveTerms') return fake.transport(channel, input);
      sent.push(input as (typeof sent)[number]);
      return { ok: true, data: anna };
    };
    const agreed = annasPartnership({ terms: { ...defaultTerms, cash: 20_000 } });
    // The stage moved to "paid" here: the backend filled in the payment.
    const paid = { ...agreed, stage: 'paid' as const, terms: { ...agreed.terms, paid: 20_000 } };
    function Page() {
      const [shown, setShown] = useState(agreed);
      return (
        <>
          <button type="button" onClick={() => setShown(paid)}>
            Move to paid
          </button>
          <TermsForm partnership={shown} />
        </>
      );
    }
    renderWithApp(<Page />, transport, { systemLocale: 'nl-NL' });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Kortingscode' }), { target: { value: 'ANNA10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move to paid' }));
    fireEvent.click(screen.getByRole('button', { name: 'Afspraken opslaan' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.terms).toMatchObject({ cash: 20_000, paid: 20_000, promoCode: 'ANNA10' });
    expect(sent[0]!.expected).toEqual(paid.terms);
  });
});
