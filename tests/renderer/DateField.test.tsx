import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField } from '../../renderer/src/components/DateField';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function Probe({ initial, maxDate, clearable = true, required = false }: { initial: string | null; maxDate?: string; clearable?: boolean; required?: boolean }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <DateField label="Start" value={value} onChange={setValue} clearable={clearable} required={required} {...(maxDate ? { maxDate } : {})} />
      <output data-testid="stored">{String(value)}</output>
      <button type="button" onClick={() => setValue('2026-05-05')}>
        Reset
      </button>
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

  it('reads a date typed with its month in words', async () => {
    renderWithApp(<Probe initial="2026-01-10" />, fakeTransport({ formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(input().value).toBe('10-01-2026'));
    fireEvent.change(input(), { target: { value: '1 augustus 2026' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('2026-08-01'));
    expect(screen.queryByText(/is geen datum|is not a date/)).toBeNull();
  });

  it('follows the format setting, not the language: English text with American dates', async () => {
    renderWithApp(<Probe initial={null} />, fakeTransport({ language: 'en', formatLocale: 'en-US' }).transport);
    await waitFor(() => expect(input().placeholder).toBe('e.g. 11/24/2026'));
    fireEvent.change(input(), { target: { value: '2/1/2027' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('2027-02-01'));
  });

  it('never stores a date the user did not finish typing, and says when the text is no date', async () => {
    renderWithApp(<Probe initial="2026-01-10" />, fakeTransport({ formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(input().value).toBe('10-01-2026'));
    // Typed key by key: "5-3-20" on the way to "5-3-2026" is no date yet.
    for (const typed of ['5', '5-', '5-3', '5-3-', '5-3-2', '5-3-20', '5-3-202']) fireEvent.change(input(), { target: { value: typed } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('null'));
    expect(screen.getByText('“5-3-202” is not a date; type it like 24-11-2026')).toBeTruthy();

    fireEvent.change(input(), { target: { value: '5-3-2026' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('2026-03-05'));
    expect(screen.queryByText(/is not a date/)).toBeNull();
  });

  it('refuses a day that does not exist instead of keeping the previous date', async () => {
    renderWithApp(<Probe initial="2026-01-10" />, fakeTransport({ formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(input().value).toBe('10-01-2026'));
    fireEvent.change(input(), { target: { value: '31-02-2026' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('null'));
    expect(screen.getByText('“31-02-2026” is not a date; type it like 24-11-2026')).toBeTruthy();
  });

  it('refuses a day after the last one allowed, saying which day that is, instead of keeping the previous date', async () => {
    renderWithApp(<Probe initial="2026-01-10" maxDate="2026-11-24" />, fakeTransport({ formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(input().value).toBe('10-01-2026'));
    fireEvent.change(input(), { target: { value: '25-11-2026' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('null'));
    expect(screen.getByText('“25-11-2026” is after 24-11-2026, the last day allowed here')).toBeTruthy();

    fireEvent.change(input(), { target: { value: '24-11-2026' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('2026-11-24'));
    expect(screen.queryByText(/the last day allowed/)).toBeNull();
  });

  it('holds no date once its text is emptied, also without a clear button, and says so when one is needed', async () => {
    renderWithApp(<Probe initial="2026-11-24" clearable={false} required maxDate="2026-11-24" />, fakeTransport({ formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(input().value).toBe('24-11-2026'));
    fireEvent.change(input(), { target: { value: '' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('null'));
    expect(screen.getByText('Choose a date')).toBeTruthy();

    // A refusal goes when its text does.
    fireEvent.change(input(), { target: { value: '01-12-2026' } });
    fireEvent.blur(input());
    expect(await screen.findByText(/is after 24-11-2026/)).toBeTruthy();
    fireEvent.change(input(), { target: { value: '' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.queryByText(/is after 24-11-2026/)).toBeNull());
    expect(screen.getByText('Choose a date')).toBeTruthy();
  });

  it('keeps text that is no date in view with its error, also where the field held a date, and takes a date typed after it', async () => {
    renderWithApp(<Probe initial="2026-01-10" />, fakeTransport({ formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(input().value).toBe('10-01-2026'));
    fireEvent.change(input(), { target: { value: '1-8-26' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('null'));
    expect(screen.getByText('“1-8-26” is not a date; type it like 24-11-2026')).toBeTruthy();
    // The user corrects what they typed, so it stays what they typed.
    expect(input().value).toBe('1-8-26');

    fireEvent.change(input(), { target: { value: '1-8-2026' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('2026-08-01'));
    expect(input().value).toBe('1-8-2026');
    expect(screen.queryByText(/is not a date/)).toBeNull();
  });

  it('shows a date the form sets, also over text that was no date', async () => {
    renderWithApp(<Probe initial="2026-01-10" />, fakeTransport({ formatLocale: 'nl-NL' }).transport);
    await waitFor(() => expect(input().value).toBe('10-01-2026'));
    fireEvent.change(input(), { target: { value: 'gisteren' } });
    fireEvent.blur(input());
    await waitFor(() => expect(screen.getByTestId('stored').textContent).toBe('null'));
    expect(input().value).toBe('gisteren');

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(input().value).toBe('05-05-2026'));
    expect(screen.getByTestId('stored').textContent).toBe('2026-05-05');
  });
});
