import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPlanInputs } from '@shared/plans/plan-inputs';
import { NewCampaignPage } from '../../renderer/src/pages/Campaigns/CampaignForm';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

describe('<NewCampaignPage>', () => {
  it('starts in the workspace currency when opened at its address, even when the settings arrive after the clients', async () => {
    const fake = fakeTransport({ currency: 'GBP' });
    const transport: typeof fake.transport = async (channel, input) => {
      if (channel === 'clients:list') return { ok: true, data: [] };
      if (channel === 'plans:list' || channel === 'wizard:list') return { ok: true, data: [] };
      // The settings answer last, as after a reload of #/campaigns/new.
      if (channel === 'settings:get') await new Promise((resolve) => setTimeout(resolve, 50));
      return fake.transport(channel, input);
    };
    renderWithApp(<NewCampaignPage />, transport, { route: '/campaigns/new' });
    expect(await screen.findByLabelText(/Planned budget \(GBP\)/)).toBeTruthy();
    expect(screen.queryByText(/\(EUR\)/)).toBeNull();
  });

  it('starts the pilot of a plan with a pilot phase, saying where its budget came from', async () => {
    const inputs = { ...defaultPlanInputs('EUR', '2026-11-24', 0.65), name: 'Spring', client: 'Bakkerij Bol', budget: { amount: 4_000_000, currency: 'EUR' }, pilot: { share: 0.1, weeks: 2 } };
    const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
    const transport: typeof fake.transport = async (channel, input) => {
      if (channel === 'clients:list' || channel === 'plans:list' || channel === 'wizard:list') return { ok: true, data: [] };
      if (channel === 'plans:get') return { ok: true, data: { id: 7, name: 'Spring', budget: inputs.budget, inputs } };
      return fake.transport(channel, input);
    };
    renderWithApp(<NewCampaignPage />, transport, { route: '/campaigns/new?plan=7', systemLocale: 'nl-NL' });
    const budget = (await screen.findByLabelText(/Gepland budget \(EUR\)/)) as HTMLInputElement;
    expect(budget.value).toBe('4.000,00');
    expect(screen.getByText('De pilotfase van het plan: 10% van € 40.000,00, voor 2 weken. Voor de hele campagne vul je € 40.000,00 in en zet je Pilot uit.')).toBeTruthy();
  });
});
