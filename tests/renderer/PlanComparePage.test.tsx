import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/api/plans.contract';
import { defaultPlanInputs } from '@shared/plans/plan-inputs';
import type { Transport } from '../../renderer/src/api/api-client';
import { PlanComparePage } from '../../renderer/src/pages/PlanCompare/PlanComparePage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function plan(id: number, name: string): Plan {
  return {
    id,
    name,
    client: 'HEMA',
    date: '2026-11-24',
    budget: { amount: 1_500_000, currency: 'USD' },
    expectedRevenue: null,
    expectedRoas: null,
    archived: false,
    updatedAt: '2026-11-24T10:00:00.000Z',
    createdAt: '2026-11-24T10:00:00.000Z',
    benchmarkVersion: '2025.1',
    inputs: { ...defaultPlanInputs('USD', '2026-11-24', 0.65), name },
  };
}

/** Plans 1 and 2 exist; any other id was deleted. */
function backend(): Transport {
  const fake = fakeTransport({ currency: 'USD', formatLocale: 'nl-NL' });
  const plans = [plan(1, 'Zomer'), plan(2, 'Winter')];
  return async (channel, input) => {
    if (channel !== 'plans:get') return fake.transport(channel, input);
    const found = plans.find((p) => p.id === (input as { id: number }).id);
    return found ? { ok: true, data: found } : { ok: false, error: { code: 'not_found', message: 'There is no plan', issues: [] } };
  };
}

describe('<PlanComparePage>', () => {
  it('compares the plans that still exist and says one is gone, instead of loading for ever', async () => {
    renderWithApp(<PlanComparePage />, backend(), { systemLocale: 'nl-NL', route: '/plans/compare?ids=1,99,2' });
    expect(await screen.findByText('1 plan uit deze vergelijking bestaat niet meer.')).toBeTruthy();
    const table = await screen.findByTestId('compare-table');
    expect(table.textContent).toContain('Zomer');
    expect(table.textContent).toContain('Winter');
    expect(screen.queryByText('Laden…')).toBeNull();
  });
});
