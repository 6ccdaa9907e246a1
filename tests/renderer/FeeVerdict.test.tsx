import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultTerms, type DeliverableView, type Terms } from '@shared/domain/campaigns';
import { FeeVerdict } from '../../renderer/src/pages/Partnership/FeeVerdict';
import { fakeTransport } from './fake-transport';
import { annasPartnership } from './partnership-fixture';
import { renderWithApp } from './render';

const deliverable = (id: number, type: DeliverableView['type']): DeliverableView => ({
  id, partnershipId: 5, type, platform: 'instagram', dueDate: '2026-12-01', description: '', status: 'planned', publishedUrl: null, statusChangedAt: '2026-11-24T10:00:00.000Z',
});

/** Anna, an Instagram micro creator (25,000 followers), for a reel and a story, in a dollar workspace. */
function verdictFor(terms: Partial<Terms>): void {
  const anna = annasPartnership({
    campaignCurrency: 'USD',
    handles: [{ platform: 'instagram', handle: 'anna.dijkstra', followers: 25_000 }],
    deliverables: [deliverable(1, 'reel'), deliverable(2, 'story')],
  });
  renderWithApp(<FeeVerdict partnership={anna} terms={{ ...defaultTerms, ...terms }} />, fakeTransport({ currency: 'USD', formatLocale: 'en-US' }).transport, { systemLocale: 'en-US' });
}

describe('<FeeVerdict>', () => {
  it('judges cash against the summed market ranges and names how they were found, in words', async () => {
    verdictFor({ cash: 30_000 });
    // Instagram micro post $100–$1,000: a reel × 1.25 ($125–$1,250) plus a story × 0.5 ($50–$500).
    expect((await screen.findByTestId('fee-verdict')).textContent).toBe(
      'Fee $300.00 is within the market range $175.00 – $1,750.00 for these deliverables. ' +
        '(benchmark: the market range of a post for each deliverable’s platform and the creator’s tier there, × the deliverable’s price factor against a post, summed over 2 deliverables; see Benchmarks)',
    );
  });

  it('says when products count with the cash, so the figure is not taken for the fee field', async () => {
    verdictFor({ cash: 30_000, products: [{ name: 'Boeket', quantity: 1, retailValue: 3_995 }] });
    expect((await screen.findByTestId('fee-verdict')).textContent).toContain(
      'Cash $300.00 plus products $39.95 at retail value: $339.95, within the market range $175.00 – $1,750.00 for these deliverables.',
    );
  });
});
