import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TypedNumberInput } from '../../renderer/src/components/TypedNumberInput';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function FollowUpDays({ seen }: { seen: number[] }) {
  const [days, setDays] = useState(7);
  return (
    <TypedNumberInput
      label="Follow up after (days)"
      allowDecimal={false}
      whenEmpty={5}
      value={days}
      onChange={(d) => {
        seen.push(d);
        setDays(d);
      }}
    />
  );
}

describe('<TypedNumberInput>', () => {
  it('keeps an emptied field empty while typing, and shows the number it reports once left', async () => {
    const seen: number[] = [];
    renderWithApp(<FollowUpDays seen={seen} />, fakeTransport().transport);
    const field = screen.getByLabelText('Follow up after (days)') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '' } });
    expect(field.value).toBe('');
    expect(seen.at(-1)).toBe(5);
    fireEvent.blur(field);
    // What is saved (5) is what the field says.
    await waitFor(() => expect(field.value).toBe('5'));
  });
});
