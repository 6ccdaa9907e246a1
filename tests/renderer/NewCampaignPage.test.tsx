import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
