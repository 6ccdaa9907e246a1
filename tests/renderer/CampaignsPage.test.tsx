import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignSummary } from '@shared/domain/campaigns';
import { CampaignsPage } from '../../renderer/src/pages/Campaigns/CampaignsPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

const draft: CampaignSummary = {
  id: 1,
  name: 'Lentecollectie 2027',
  clientId: 1,
  clientName: 'Bakkerij De Zoete Inval',
  goal: 'awareness',
  status: 'draft',
  startDate: '2026-12-01',
  endDate: null,
  pilot: false,
  budget: { ok: true, planned: { amount: 125_050, currency: 'EUR' }, committed: { amount: 0, currency: 'EUR' }, spent: { amount: 0, currency: 'EUR' }, remaining: { amount: 125_050, currency: 'EUR' }, overCommitted: false },
  partnershipCount: 0,
  updatedAt: '2026-11-24T10:00:00.000Z',
};

/** The campaigns page over a backend holding one draft campaign, filtering by status as the real one does. */
function openCampaigns() {
  const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel !== 'campaigns:list') return fake.transport(channel, input);
    const status = (input as { status?: string } | undefined)?.status;
    return { ok: true, data: [draft].filter((c) => !status || c.status === status) };
  };
  renderWithApp(<CampaignsPage />, transport, { systemLocale: 'nl-NL' });
}

describe('<CampaignsPage>', () => {
  it('says no campaign has the chosen status instead of "no campaigns yet" when others exist', async () => {
    openCampaigns();
    await screen.findByText('Lentecollectie 2027');
    fireEvent.click(screen.getByText('Actief'));
    await waitFor(() => expect(screen.getByText('Geen campagnes met de status Actief.')).toBeTruthy());
    expect(screen.queryByText(/Nog geen campagnes/)).toBeNull();
  });
});

describe('<CampaignsPage> period', () => {
  it('shows a campaign without an end date as open-ended, not as a one-day campaign', async () => {
    openCampaigns();
    await screen.findByText('Lentecollectie 2027');
    expect(screen.getByText('vanaf 1 december 2026')).toBeTruthy();
  });
});
