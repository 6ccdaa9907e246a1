import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/api/plans.contract';
import { defaultPlanInputs } from '@shared/plans/plan-inputs';
import type { Settings } from '@shared/domain/settings';
import type { Transport } from '../../renderer/src/api/api-client';
import { PlanEditorPage } from '../../renderer/src/pages/PlanEditor/PlanEditorPage';
import { PlanPrintPage } from '../../renderer/src/pages/PlanPrint/PlanPrintPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

const eurPlan: Plan = {
  id: 1,
  name: 'Zomer',
  client: 'HEMA',
  date: '2026-11-24',
  budget: { amount: 1_500_000, currency: 'EUR' },
  expectedRevenue: 720_000,
  expectedRoas: 0.48,
  archived: false,
  updatedAt: '2026-11-24T10:00:00.000Z',
  createdAt: '2026-11-24T10:00:00.000Z',
  benchmarkVersion: '2025.1',
  inputs: { ...defaultPlanInputs('EUR', '2026-11-24', 0.65), name: 'Zomer', client: 'HEMA' },
};

function backend(settings: Partial<Settings>, plan: Plan = eurPlan): Transport {
  const fake = fakeTransport({ formatLocale: 'nl-NL', ...settings });
  return async (channel, input) => (channel === 'plans:get' ? { ok: true, data: plan } : fake.transport(channel, input));
}

function show(route: string, settings: Partial<Settings>, plan: Plan = eurPlan) {
  return renderWithApp(
    <Routes>
      <Route path="/plans/:id" element={<PlanEditorPage />} />
      <Route path="/plans/:id/print" element={<PlanPrintPage />} />
    </Routes>,
    backend(settings, plan),
    { systemLocale: 'nl-NL', route },
  );
}

describe('a plan whose figures cannot be computed', () => {
  it('is not printed for the client as if it had no figures: the page says why', async () => {
    show('/plans/1/print', { currency: 'USD' });
    await screen.findByTestId('print-page');
    expect(screen.getByTestId('plan-cannot-compute').textContent).toContain('Deze werkruimte plant in USD; het plan is in EUR.');
  });

  it('says on paper in words why, not in codes', async () => {
    const broken: Plan = { ...eurPlan, inputs: { ...eurPlan.inputs, platformMix: { instagram: 0.5, tiktok: 0.4, youtube: 0 } } };
    show('/plans/1/print', { currency: 'EUR', benchmarkExchangeRate: 0.92 }, broken);
    await screen.findByTestId('print-page');
    const text = screen.getByTestId('plan-cannot-compute').textContent ?? '';
    expect(text).toContain('de platformaandelen tellen niet op tot 100 %');
    expect(text).not.toContain('mixDoesNotSumToOne');
  });

  it('says on paper that the exchange rate is missing', async () => {
    show('/plans/1/print', { currency: 'EUR', benchmarkExchangeRate: null });
    await screen.findByTestId('print-page');
    expect(screen.getByTestId('plan-cannot-compute').textContent).toContain('Vul eerst bij Instellingen de wisselkoers van USD naar EUR in.');
  });

  it('does not send the user to enter an exchange rate when the plan is in another currency than the workspace', async () => {
    show('/plans/1', { currency: 'USD' });
    const alert = await screen.findByTestId('plan-cannot-compute');
    expect(alert.textContent).toContain('Deze werkruimte plant in USD; het plan is in EUR.');
    expect(screen.queryByText('Naar Instellingen om de wisselkoers in te vullen')).toBeNull();
  });

  it('still sends the user to Settings when only the rate is missing', async () => {
    show('/plans/1', { currency: 'EUR', benchmarkExchangeRate: null });
    await screen.findByTestId('plan-cannot-compute');
    expect(screen.getByText('Naar Instellingen om de wisselkoers in te vullen')).toBeTruthy();
  });
});
