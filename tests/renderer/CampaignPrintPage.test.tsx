import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
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

/** The report of `shown` in Dutch, printed on 24 November 2026 (the fixture's days are relative to it). */
function openReport(shown: Campaign = campaign) {
  const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL', userName: 'Sanne de Vries', workspaceName: 'Bureau Noord' });
  const transport: typeof fake.transport = async (channel, input) =>
    channel === 'campaigns:get'
      ? { ok: true, data: shown }
      : channel === 'partnerships:get'
        ? { ok: true, data: shown.partnerships.find((p) => p.id === (input as { id: number }).id) }
        : fake.transport(channel, input);
  renderWithApp(
    <Routes>
      <Route path="/campaigns/:id/print" element={<CampaignPrintPage />} />
    </Routes>,
    transport,
    { route: '/campaigns/1/print', systemLocale: 'nl-NL' },
  );
}

const text = (element: HTMLElement) => element.textContent!.replace(/\u00a0/g, ' ');

/** Bram: agreed for a reel and a post, with every term a client signs off on; his post is late. */
const bram = annasPartnership({
  id: 6,
  creatorName: 'Bram Vos',
  stage: 'inProgress',
  terms: {
    ...defaultTerms,
    cash: 60_000,
    trackedLink: 'https://bloem.example/r/bram-voorjaar-2027-instagram-reel-moederdag',
    usageRights: 'organische reposts en paid social (Meta)',
    usageRightsDays: 30,
    exclusivityDays: 14,
    revisionRounds: 2,
    turnaroundDays: 3,
  },
  deliverables: [
    { id: 1, partnershipId: 6, type: 'reel', platform: 'instagram', dueDate: '2026-12-10', description: 'Boeket schikken in de winkel', status: 'planned', publishedUrl: null, statusChangedAt: '2026-11-20T10:00:00.000Z' },
    { id: 2, partnershipId: 6, type: 'post', platform: 'instagram', dueDate: '2026-11-20', description: '', status: 'planned', publishedUrl: null, statusChangedAt: '2026-11-20T10:00:00.000Z' },
  ],
});
/** Dirk: declined before any terms were made. */
const dirk = annasPartnership({ id: 8, creatorName: 'Dirk Smit', stage: 'declined' });
/** Carla: still negotiating € 1.200, which the budget does not count yet. */
const carla = annasPartnership({ id: 7, creatorName: 'Carla Jansen', stage: 'negotiating', terms: { ...defaultTerms, cash: 120_000, approvalRequired: false } });

describe('<CampaignPrintPage>', () => {
  it('prints every term a client signs off on, late deliverables as late, deals not committed as such, the committed total and a place to sign', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T12:00:00') });
    try {
      openReport({
        ...campaign,
        pilot: true,
        budget: { ok: true, planned: eur(50_000), committed: eur(60_000), spent: eur(0), remaining: eur(-10_000), overCommitted: true },
        partnerships: [bram, carla, dirk],
      });
      const rows = await screen.findAllByRole('row');
      const bramRow = text(rows.find((r) => r.textContent!.includes('Bram Vos'))!);
      for (const term of [
        '€ 600,00',
        'Trackinglink: https://bloem.example/r/bram-voorjaar-2027-instagram-reel-moederdag',
        'Gebruiksrechten: organische reposts en paid social (Meta), 30 dagen',
        'Exclusiviteit: 14 dagen',
        'Content wordt vóór plaatsing door het merk goedgekeurd: 2 correctierondes, feedback binnen 3 dagen',
        'Reel · Instagram · 10 december 2026 · Gepland',
        'Boeket schikken in de winkel',
      ])
        expect(bramRow).toContain(term);
      expect(screen.getAllByTestId('report-deliverable').map(text)[1]).toBe('Post · Instagram · 20 november 2026 · Gepland · te laat');
      expect(bramRow).not.toContain('Niet vastgelegd');
      const carlaRow = text(rows.find((r) => r.textContent!.includes('Carla Jansen'))!);
      expect(carlaRow).toContain('€ 1.200,00Niet vastgelegd (deze fase telt niet mee in het budget)');
      expect(carlaRow).toContain('Content wordt zonder goedkeuring van het merk geplaatst');
      // No deal, no terms to sign: not the form's default approval rules.
      expect(text(rows.find((r) => r.textContent!.includes('Dirk Smit'))!)).toBe('Dirk SmitInstagram @anna.dijkstraAfgewezen–Geen afspraken gemaakt–');
      expect(text(screen.getByTestId('report-committed-total'))).toBe('€ 600,00');
      expect(text(screen.getByTestId('report-over-committed'))).toBe('Er is € 100,00 meer vastgelegd of uitgegeven dan gepland.');
      expect(text(screen.getByTestId('print-page'))).toContain('Campagnerapport voor Bakkerij De Zoete Inval · Conversies · Actief · Pilotcampagne');
      expect(document.title).toBe('Campagnerapport – Lentecollectie 2027');
      const signOff = text(screen.getByTestId('report-sign-off'));
      for (const line of ['Akkoord', 'Voor akkoord namens Bakkerij De Zoete Inval:', 'Naam', 'Handtekening', 'Datum', 'Opgesteld door Sanne de Vries, Bureau Noord']) expect(signOff).toContain(line);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the commission earned per creator, so the rows add up to the spent total', async () => {
    openReport();
    const rows = await screen.findByTestId('report-partnerships');
    expect(rows.textContent?.replace(/\u00a0/g, ' ')).toContain('€ 37,45 commissie verdiend');
  });
});
