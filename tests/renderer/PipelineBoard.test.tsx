import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PartnershipSummary } from '@shared/domain/campaigns';
import type { Transport } from '../../renderer/src/api/api-client';
import { PartnershipTable } from '../../renderer/src/pages/Campaigns/PartnershipTable';
import { PipelineBoard } from '../../renderer/src/pages/Campaigns/PipelineBoard';
import { fakeTransport } from './fake-transport';
import { partnershipSummary } from './partnership-fixture';
import { renderWithApp } from './render';

const summary = partnershipSummary;

/** The board over a backend that records the moves asked for (and answers nothing useful: the move is what counts). */
function openBoard(partnerships: PartnershipSummary[]) {
  const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
  const moves: unknown[] = [];
  const transport: Transport = async (channel, input) => {
    if (channel === 'partnerships:move') {
      moves.push(input);
      return { ok: false, error: { code: 'internal', message: 'not in this test' } };
    }
    return fake.transport(channel, input);
  };
  renderWithApp(<PipelineBoard campaignId={1} currency="EUR" partnerships={partnerships} />, transport, { systemLocale: 'nl-NL' });
  return { moves };
}

function dragTo(cardName: string, column: string) {
  const card = screen.getByTestId(`card-${cardName}`);
  const region = screen.getByRole('region', { name: column });
  const dataTransfer = { setData: () => undefined, effectAllowed: '' };
  fireEvent.dragStart(card, { dataTransfer });
  fireEvent.dragOver(region, { dataTransfer });
  fireEvent.drop(region, { dataTransfer });
}

describe('<PipelineBoard> cancelling', () => {
  it('asks before cancelling from the menu, saying it is final and what leaves the committed budget', async () => {
    const { moves } = openBoard([summary(7, 'Anna de Vries', 'agreed', { cash: 25_000, products: [{ name: 'Bonen', quantity: 2, retailValue: 1_250 }] })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Andere stappen voor Anna de Vries' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Geannuleerd…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Samenwerking met Anna de Vries annuleren?' });
    expect(dialog.textContent).toContain('definitief');
    expect(dialog.textContent?.replace(/\s/g, ' ')).toContain('€ 275,00');
    expect(moves).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, samenwerking annuleren' }));
    await waitFor(() => expect(moves).toEqual([{ id: 7, to: 'cancelled' }]));
  });

  it('asks before a drop on the closed column cancels an agreed partnership, and keeping it moves nothing', async () => {
    const { moves } = openBoard([summary(7, 'Anna de Vries', 'inProgress', { cash: 25_000 })]);
    await screen.findByTestId('card-Anna de Vries');
    dragTo('Anna de Vries', 'Afgewezen / geannuleerd');
    const dialog = await screen.findByRole('dialog', { name: 'Samenwerking met Anna de Vries annuleren?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Niet annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(moves).toEqual([]);
  });

  it('declines before agreement at once: a declined partnership can be reopened', async () => {
    const { moves } = openBoard([summary(8, 'Bram Jansen', 'contacted')]);
    await screen.findByTestId('card-Bram Jansen');
    dragTo('Bram Jansen', 'Afgewezen / geannuleerd');
    await waitFor(() => expect(moves).toEqual([{ id: 8, to: 'declined' }]));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('<PipelineBoard> deliverables not ready', () => {
  it('shows "→ Goedgekeurd" disabled with the reason while deliverables wait, and a drop there is refused without asking the backend', async () => {
    const waiting = { ...summary(9, 'Chloé Bakker', 'inReview'), deliverableCount: 3, deliverablesApproved: 0 };
    const { moves } = openBoard([waiting]);
    const next = await screen.findByRole('button', { name: 'Chloé Bakker naar Goedgekeurd' });
    expect(next.hasAttribute('disabled') || next.getAttribute('data-disabled') === 'true').toBe(true);
    const card = screen.getByTestId('card-Chloé Bakker');
    expect(within(card).getByText('3 deliverables zijn nog niet goedgekeurd')).toBeTruthy();
    expect(document.getElementById(next.getAttribute('aria-describedby') ?? '')?.textContent).toBe('3 deliverables zijn nog niet goedgekeurd');
    dragTo('Chloé Bakker', 'Goedgekeurd');
    // The refusal is a notification (not rendered here); what counts is that nothing was sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(moves).toEqual([]);
  });

  it('offers "→ Goedgekeurd" once every deliverable is approved', async () => {
    const ready = { ...summary(9, 'Chloé Bakker', 'inReview'), deliverableCount: 3, deliverablesApproved: 3, deliverablesDone: 1 };
    const { moves } = openBoard([ready]);
    fireEvent.click(await screen.findByRole('button', { name: 'Chloé Bakker naar Goedgekeurd' }));
    await waitFor(() => expect(moves).toEqual([{ id: 9, to: 'approved' }]));
  });
});

describe('the deal on cards and in the table', () => {
  const productOnly = summary(10, 'Dirk Smit', 'agreed', { products: [{ name: 'Bonen', quantity: 2, retailValue: 1_250 }], commission: { type: 'percent', percent: 10 } });
  const prospect = summary(11, 'Eva Mol', 'negotiating', { cash: 40_000 });
  const fold = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

  it('shows a product-only deal on the card at the value the budget counts, with its commission', async () => {
    openBoard([productOnly]);
    const card = await screen.findByTestId('card-Dirk Smit');
    expect(fold(card.textContent)).toContain('Afspraken: € 25,00 + 10% commissie');
  });

  it('shows the deal in the table and, for agreed ones, the amount the committed budget counts', async () => {
    const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
    renderWithApp(<PartnershipTable campaignId={1} currency="EUR" partnerships={[productOnly, prospect]} />, fake.transport, { systemLocale: 'nl-NL' });
    const cells = async (name: string) => Array.from((await screen.findByRole('row', { name: new RegExp(name) })).querySelectorAll('td')).map((td) => fold(td.textContent));
    const header = screen.getAllByRole('columnheader').map((th) => th.textContent);
    const [dirk, eva] = [await cells('Dirk Smit'), await cells('Eva Mol')];
    expect(dirk[header.indexOf('Afspraken')]).toBe('€ 25,00 + 10% commissie');
    expect(dirk[header.indexOf('Vastgelegd')]).toBe('€ 25,00');
    expect(eva[header.indexOf('Afspraken')]).toBe('€ 400,00');
    expect(eva[header.indexOf('Vastgelegd')]).toBe('–');
  });
});
