import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { defaultTerms, emptyBrief, type Campaign } from '@shared/domain/campaigns';
import { CampaignPrintPage } from '../../renderer/src/pages/CampaignPrint/CampaignPrintPage';
import { fakeTransport } from './fake-transport';
import { annasPartnership } from './partnership-fixture';
import { renderWithApp } from './render';

/** A commission-only deal: nothing agreed in cash or products, € 37,45 commission earned so far. */
const anna = annasPartnership({ stage: 'agreed', terms: { ...defaultTerms, commission: { type: 'percent', percent: 12.5 }, promoCode: 'ANNA15', commissionEarned: 3_745 } });

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const campaign: Campaign = {
  id: 1,
  name: 'Lentecollectie 2027',
  clientId: 1,
  clientName: 'Bakkerij De Zoete Inval',
  goal: 'conversions',
  status: 'active',
  startDate: '2026-12-01',
  endDate: '2027-03-31',
  pilot: false,
  budget: { ok: true, planned: eur(125_050), committed: eur(0), spent: eur(3_745), remaining: eur(121_305), overCommitted: false },
  partnershipCount: 1,
  updatedAt: '2026-11-24T10:00:00.000Z',
  budgetInput: eur(125_050),
  platforms: ['instagram'],
  planId: null,
  planName: null,
  adviceId: null,
  adviceName: null,
  brief: emptyBrief,
  createdAt: '2026-11-24T10:00:00.000Z',
  partnerships: [anna],
};

describe('<CampaignPrintPage>', () => {
  it('shows the commission earned per creator, so the rows add up to the spent total', async () => {
    const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
    const transport: typeof fake.transport = async (channel, input) =>
      channel === 'campaigns:get' ? { ok: true, data: campaign } : channel === 'partnerships:get' ? { ok: true, data: anna } : fake.transport(channel, input);
    renderWithApp(
      <Routes>
        <Route path="/campaigns/:id/print" element={<CampaignPrintPage />} />
      </Routes>,
      transport,
      { route: '/campaigns/1/print', systemLocale: 'nl-NL' },
    );
    const rows = await screen.findByTestId('report-partnerships');
    expect(rows.textContent?.replace(/\u00a0/g, ' ')).toContain('€ 37,45 commissie verdiend');
  });
});
