import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PlanPrintPage } from '../../renderer/src/pages/PlanPrint/PlanPrintPage';
import { testerPlan } from './tester-plan';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** The tester's plan printed for a Dutch EUR workspace at 1 USD = 0,92 EUR. */
async function printTesterPlan() {
  const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL', currency: 'EUR', benchmarkExchangeRate: 0.92, workspaceName: 'Bureau Noord' });
  const transport: typeof fake.transport = async (channel, input) => (channel === 'plans:get' ? { ok: true, data: testerPlan } : fake.transport(channel, input));
  renderWithApp(
    <Routes>
      <Route path="/plans/:id/print" element={<PlanPrintPage />} />
    </Routes>,
    transport,
    { route: '/plans/1/print', systemLocale: 'nl-NL' },
  );
  await screen.findByTestId('plan-results');
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
