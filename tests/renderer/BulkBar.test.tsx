import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BulkBar } from '../../renderer/src/pages/CreatorsPage/BulkBar';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** The fake backend, keeping every bulk action it is sent. */
function bulkBackend() {
  const fake = fakeTransport();
  const sent: unknown[] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel !== 'creators:bulk') return fake.transport(channel, input);
    sent.push(input);
    return { ok: true, data: { affected: 2 } };
  };
  return { transport, sent };
}

const bar = <BulkBar selected={[3, 4]} allMatching={false} selectingAll={false} bin={false} onSelectAll={() => undefined} onDone={() => undefined} />;

describe('<BulkBar>', () => {
  it('adds several tags separated by commas or semicolons, as the CSV import reads a tags cell', async () => {
    const backend = bulkBackend();
    renderWithApp(bar, backend.transport);
    // Quotes typed around the list, or an item, are not part of a tag; an apostrophe is.
    fireEvent.change(await screen.findByLabelText('Tags, separated by commas'), { target: { value: ' “zomer, winter;; Zomer , "\'90s" ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tags' }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect(backend.sent[0]).toEqual({ ids: [3, 4], action: { type: 'addTags', tags: ['zomer', 'winter', "'90s"] } });
  });

  it('adds the tags on Enter too, and not while a tag is refused', async () => {
    const backend = bulkBackend();
    renderWithApp(bar, backend.transport);
    const field = await screen.findByLabelText('Tags, separated by commas');
    fireEvent.change(field, { target: { value: `zomer, ${'x'.repeat(61)}` } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.change(field, { target: { value: 'zomer, winter' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect(backend.sent[0]).toEqual({ ids: [3, 4], action: { type: 'addTags', tags: ['zomer', 'winter'] } });
  });

  it('says at the field, in the user’s language, that a tag is too long, and sends nothing', async () => {
    const backend = bulkBackend();
    renderWithApp(bar, backend.transport, { systemLocale: 'nl-NL' });
    const field = await screen.findByLabelText('Tags, gescheiden door komma’s');
    fireEvent.change(field, { target: { value: `zomer, ${'x'.repeat(81)}` } });
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('Maximaal 60 tekens per tag');
    const add = screen.getByRole('button', { name: 'Tags toevoegen' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.click(add);
    fireEvent.change(field, { target: { value: `zomer, ${'x'.repeat(60)}` } });
    expect(field.getAttribute('aria-invalid')).not.toBe('true');
    expect(add.disabled).toBe(false);
    expect(backend.sent).toEqual([]);
  });

  it('offers no tagging while the field holds only separators', async () => {
    renderWithApp(bar, bulkBackend().transport);
    fireEvent.change(await screen.findByLabelText('Tags, separated by commas'), { target: { value: ' , ; ' } });
    expect((screen.getByRole('button', { name: 'Add tags' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
