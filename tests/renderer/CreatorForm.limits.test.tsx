import { notifications } from '@mantine/notifications';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NewCreatorPage } from '../../renderer/src/pages/CreatorForm/CreatorForm';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

afterEach(() => notifications.clean());

/** The new-creator form on a fake backend that keeps every creators:create it is sent. */
function openNew() {
  const fake = fakeTransport();
  const sent: unknown[] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel !== 'creators:create') return fake.transport(channel, input);
    sent.push(input);
    return { ok: false, error: { code: 'internal', message: 'not expected' } };
  };
  renderWithApp(<NewCreatorPage />, transport);
  return { sent };
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;

describe('<NewCreatorPage> text limits', () => {
  it('gives each text field the contract’s limit', async () => {
    openNew();
    await screen.findByLabelText(/^Name/);
    expect(field(/^Name/).maxLength).toBe(200);
    expect(field(/^Email$/).maxLength).toBe(254);
    expect(field(/^Phone/).maxLength).toBe(40);
    expect(field(/^Agent/).maxLength).toBe(200);
    expect(field(/^City/).maxLength).toBe(100);
    expect(field(/^Country/).maxLength).toBe(100);
    expect((screen.getByLabelText(/^Notes/) as HTMLTextAreaElement).maxLength).toBe(20_000);
    // A pasted profile link fits in the handle field before leaving it turns it into a handle.
    expect(field(/^Handle/).maxLength).toBe(500);
  });

  it('names the limit at a name longer than it, before sending anything', async () => {
    const { sent } = openNew();
    fireEvent.change(await screen.findByLabelText(/^Name/), { target: { value: 'a'.repeat(300) } });
    fireEvent.change(field(/^Handle/), { target: { value: 'h'.repeat(120) } });
    fireEvent.change(field(/^Followers/), { target: { value: '12000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    expect(await screen.findByText('At most 200 characters')).toBeTruthy();
    expect(screen.getByText('At most 100 characters')).toBeTruthy();
    expect(screen.queryByText('Too large or too long')).toBeNull();
    expect(sent).toEqual([]);
  });
});

describe('<NewCreatorPage> followers left empty', () => {
  it('asks for the followers, as for the handle', async () => {
    openNew();
    fireEvent.change(await screen.findByLabelText(/^Name/), { target: { value: 'Jan Müller' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    expect(await screen.findByText('Enter the followers')).toBeTruthy();
    expect(screen.getByText('Enter the handle')).toBeTruthy();
    expect(screen.queryByText(/whole number of 0 or more/)).toBeNull();
  });
});
