import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanEditorPage } from '../../renderer/src/pages/PlanEditor/PlanEditorPage';
import { PlanPrintPage } from '../../renderer/src/pages/PlanPrint/PlanPrintPage';
import type { Plan } from '@shared/api/plans.contract';
import { testerInputs, testerPlan } from './tester-plan';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** The tester's plan printed for a Dutch EUR workspace at 1 USD = 0,92 EUR. */
async function printTesterPlan(plan: Plan = testerPlan) {
  return renderTesterPlan(<PlanPrintPage />, '/plans/:id/print', '/plans/1/print', plan);
}

/** The tester's plan behind a route of the app, in a Dutch EUR workspace. */
async function renderTesterPlan(page: ReactNode, path: string, route: string, plan: Plan = testerPlan) {
  const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL', currency: 'EUR', benchmarkExchangeRate: 0.92, workspaceName: 'Bureau Noord' });
  const transport: typeof fake.transport = async (channel, input) => (channel === 'plans:get' ? { ok: true, data: plan } : fake.transport(channel, input));
  const rendered = renderWithApp(
    <Routes>
      <Route path={path} element={page} />
    </Routes>,
    transport,
    { route, systemLocale: 'nl-NL' },
  );
  await screen.findByTestId('plan-results');
  return rendered;
}

const text = (testId: string) => (screen.getByTestId(testId).textContent ?? '').replace(/\u00a0/g, ' ');

describe('<PlanPrintPage> of a plan whose mid lines expect nothing', () => {
  it('warns about every line that forecasts 0 at the expected price, with its budget, that price and what to do', async () => {
    await printTesterPlan();
    const warnings = text('plan-warnings');
    expect(warnings).toContain(
      'Mid · Instagram krijgt € 2.100,00, minder dan één content-item (Post) kost tegen de verwachte prijs van € 9.430,00: deze regel voorspelt in het verwachte scenario niets. Verschuif dit budget naar een andere regel, verhoog het budget of geef mid-creators een kleiner aandeel.',
    );
    expect(warnings).toContain('Mid · TikTok krijgt € 1.400,00');
    expect(warnings).toContain('Macro · Instagram krijgt € 2.100,00');
  });
});

describe('<PlanPrintPage> says how every figure is computed', () => {
  it('gives the formulas for audience and interactions, as computePlan works them out', async () => {
    await printTesterPlan();
    const formulas = text('plan-formulas');
    expect(formulas).toContain('Publiek = budget van de regel ÷ (tarief per 1.000 volgers × factor voor het soort content) × 1.000');
    expect(formulas).toContain('Interacties = publiek × de ER-benchmark van het niveau op basis van volgers ((likes + reacties) ÷ volgers)');
    expect(formulas).toContain('van de mega-benchmark (laag) tot de benchmark voor accounts onder 100.000 volgers (hoog)');
  });

  it('shows the interactions per line, adding up to the total', async () => {
    await printTesterPlan();
    const forecasts = screen.getAllByTestId('plan-lines')[1]!;
    const headers = [...forecasts.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['Regel', 'Bereik', 'Interacties', 'Klikken', 'Conversies', 'Omzet']);
    const expected = (cell: string) => Number(/verwacht ([\d.]+)/.exec(cell)![1]!.replace(/\./g, ''));
    // Macro lines cannot afford one post at all: "–", left out of the total as well.
    const cells = [...forecasts.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[2]!.textContent ?? '');
    expect(cells.filter((c) => c === '–')).toHaveLength(2);
    const lines = cells.filter((c) => c !== '–').map(expected);
    expect(lines.reduce((a, b) => a + b, 0)).toBe(expected(text('total-engagements')));
  });
});

describe('<PlanPrintPage> lists the benchmarks it used', () => {
  it('gives each its kind and the value used, in Dutch formats, names each source once and says nothing twice', async () => {
    await printTesterPlan();
    const entries = [...screen.getByTestId('plan-sources').querySelectorAll('li')].map((li) => (li.textContent ?? '').replace(/\u00a0/g, ' '));
    const source = '(2025)';
    expect(screen.getAllByTestId('plan-source').map((s) => s.textContent)).toEqual([
      'Overzicht micro-influencermarketing 2024–2025 (Nederlandstalig brancherapport)',
      'Gangbare praktijk in influencer-marketingtools (standaard van Microplan)',
    ]);
    expect(entries).toContain(`Engagement rate op volgers — Instagram · micro-influencers: 6% ${source}`);
    expect(entries).toContain(`Niveau (volgers) — Instagram · micro: vanaf 5.000 tot 50.000 volgers ${source}`);
    expect(entries).toContain(`Niveau (volgers) — TikTok · macro: vanaf 1.000.000 tot 10.000.000 volgers ${source}`);
    expect(entries).toContain(`Marktprijs — Instagram-post · micro: US$ 100,00 – US$ 1.000,00 ≈ € 92,00 – € 920,00 ${source}`);
    expect(entries).toContain(`KPI-benchmark — Doorklikratio (CTR): 2% – 5% ${source}`);
    expect(entries).toContain(`KPI-benchmark — ROAS-doel (omzet ÷ kosten): 3 : 1 ${source}`);
    expect(entries.join(' ')).not.toContain('Click-through');
    expect(text('roas-verdict')).toMatch(/ · ROAS-doel 3 : 1 \(omzet ÷ kosten\)$/);
  });
});

describe('<PlanPrintPage> ends with something to sign', () => {
  it('names the client and the budget approved, has lines for name, signature and date, and says when it was prepared', async () => {
    await printTesterPlan();
    const approval = screen.getByTestId('plan-approval');
    const lines = [...approval.querySelectorAll('p, h3')].map((el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));
    expect(lines).toEqual([
      'Akkoord',
      'Bakkerij Bol gaat akkoord met dit plan voor het budget van € 20.000,00.',
      'Namens Bakkerij Bol',
      'Naam',
      'Handtekening',
      'Datum',
      'Opgesteld door Bureau Noord op 1 maart 2026 · versie van 1 maart 2026',
    ]);
    // Last on the page: nothing of the plan comes after the signature.
    expect(screen.getByTestId('print-page').textContent?.endsWith(approval.textContent ?? '')).toBe(true);
  });
});

describe('the printed plan’s name', () => {
  afterEach(() => {
    delete (window as { microplanShell?: unknown }).microplanShell;
  });

  it('is the document title while the print view is shown (the PDF’s Title and default file name), and the app’s again after', async () => {
    document.title = 'Microplan';
    const { unmount } = await printTesterPlan();
    expect(document.title).toBe('Budgetplan – Zomer');
    unmount();
    expect(document.title).toBe('Microplan');
  });

  it('is the file name the desktop app offers to save the PDF as', async () => {
    const printToPdf = vi.fn(async () => ({ ok: true as const, data: { saved: false, filePath: null } }));
    (window as { microplanShell?: unknown }).microplanShell = { printToPdf };
    await renderTesterPlan(<PlanEditorPage />, '/plans/:id', '/plans/1');
    fireEvent.click(await screen.findByRole('button', { name: 'Afdrukken / PDF' }));
    await waitFor(() => expect(printToPdf).toHaveBeenCalledWith({ kind: 'plan', id: 1 }, 'Budgetplan – Zomer.pdf'));
  });
});

describe('<PlanPrintPage> ranges', () => {
  it('writes every range in one style, "low – high", the micro-share warning included', async () => {
    await printTesterPlan({ ...testerPlan, inputs: { ...testerInputs, microShare: 0.75 } });
    expect(text('plan-warnings')).toContain('Het micro-aandeel van 75% valt buiten de aanbevolen 60% – 70%.');
    // Years in a source's title ("2024–2025") are a name, not a range the plan computed.
    const page = text('print-page').replace(/2024–2025/g, '');
    // A lone "–" is an empty cell (not computable); table cells run together in textContent.
    expect(page.match(/[^\s–]–[^\s–]/g) ?? []).toEqual([]);
    expect((page.match(/\S – \S/g) ?? []).length).toBeGreaterThan(20);
  });
});

describe('<PlanPrintPage> of a plan with a pilot phase', () => {
  it('says the pilot once: its share of the budget and how long', async () => {
    await printTesterPlan({ ...testerPlan, inputs: { ...testerPlan.inputs, pilot: { share: 0.2, weeks: 4 } } });
    const page = (await screen.findByTestId('print-page')).textContent!.replace(/\u00a0/g, ' ');
    expect(page).toContain('20% van het budget, 4 weken');
    expect(page).not.toMatch(/Pilot \(4 weken\)|Pilot: 20% · Pilot/);
  });
});
