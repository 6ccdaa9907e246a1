import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField } from '../../renderer/src/components/DateField';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function Probe({ initial }: { initial: string | null }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <DateField label="Start" value={value} onChange={setValue} clearable />
      <output data-testid="stored">{String(value)}</output>
    </>
  );
}

const input = () => screen.getByRole('textbox', { name: 'Start' }) as HTMLInputElement;

describe('<DateField>', () => {
  it('shows and reads dates in the Dutch format, storing ISO dates', async () => {
    renderWithApp(<Probe initial="2026-03-31" />, fakeTransport({ formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(input().value).toBe('31-03-2026'));
    fireEvent.change(input(), { target: { value: '24-11-2026' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('2026-11-24'));
    expect(input().value).toBe('24-11-2026');
  });

  it('follows the format setting, not the language: English text with American dates', async () => {
    renderWithApp(<Probe initial={null} />, fakeTransport({ language: 'en', formatLocale: 'en-US' }).transport);
    await waitFor(() => expect(input().placeholder).toBe('e.g. 11/24/2026'));
    fireEvent.change(input(), { target: { value: '2/1/2027' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('2027-02-01'));
  });
});
