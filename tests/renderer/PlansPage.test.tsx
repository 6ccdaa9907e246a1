import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '@shared/api/plans.contract';
import type { Transport } from '../../renderer/src/api/api-client';
import { PlansPage } from '../../renderer/src/pages/PlansPage/PlansPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function summary(id: number, name: string): PlanSummary {
  return { id, name, client: 'HEMA', date: '2026-11-24', budget: { amount: 1_500_000, currency: 'EUR' }, expectedRevenue: null, expectedRoas: null, archived: false, updatedAt: '2026-11-24T10:00:00.000Z' };
}

/** A backend with the given plans that records what a duplicate is asked to be called. */
function backend(names: string[], archived: string[] = []) {
  const fake = fakeTransport({ formatLocale: 'nl-NL' });
  const plans = [...names.map((name, i) => summary(i + 1, name)), ...archived.map((name, i) => ({ ...summary(50 + i, name), archived: true }))];
  const duplicates: unknown[] = [];
  const transport: Transport = async (channel, input) => {
    if (channel === 'plans:list') return { ok: true, data: (input as { includeArchived?: boolean }).includeArchived ? plans : plans.filter((p) => !p.archived) };
    if (channel === 'plans:duplicate') {
      duplicates.push(input);
      const name = (input as { name?: string }).name ?? 'unnamed';
      return { ok: true, data: { ...summary(99, name), inputs: {}, benchmarkVersion: 'x', createdAt: '2026-11-24T10:00:00.000Z' } };
    }
    return fake.transport(channel, input);
  };
  return { transport, duplicates };
}

async function duplicate(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Openen: ${name}` }));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Dupliceren' }));
}

describe('<PlansPage> list', () => {
  it('shows when a plan was changed as the user’s own calendar day, not the UTC one', async () => {
    // 23:30 UTC on 24 November is 00:30 on 25 November in Amsterdam (the tests' time zone).
    const fake = fakeTransport({ formatLocale: 'nl-NL' });
    const late = { ...summary(1, 'Zomer'), date: '2026-11-20', updatedAt: '2026-11-24T23:30:00.000Z' };
    const transport: Transport = async (channel, input) => (channel === 'plans:list' ? { ok: true, data: [late] } : fake.transport(channel, input));
    renderWithApp(<PlansPage />, transport, { systemLocale: 'nl-NL' });
    const row = (await screen.findByRole('link', { name: 'Zomer' })).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('25 november 2026');
    expect(row.textContent).not.toContain('24 november 2026');
  });
});

describe('<PlansPage> duplicating a plan into a scenario', () => {
  it('names the copy in the user’s language', async () => {
    const b = backend(['Zomer']);
    renderWithApp(<PlansPage />, b.transport, { systemLocale: 'nl-NL' });
    await duplicate('Zomer');
    await waitFor(() => expect(b.duplicates).toEqual([{ id: 1, name: 'Zomer (kopie)' }]));
  });

  it('numbers a second copy instead of repeating a name', async () => {
    const b = backend(['Zomer', 'Zomer (kopie)']);
    renderWithApp(<PlansPage />, b.transport, { systemLocale: 'nl-NL' });
    await duplicate('Zomer');
    await waitFor(() => expect(b.duplicates).toEqual([{ id: 1, name: 'Zomer (kopie 2)' }]));
  });

  it('numbers it past an archived copy too, which the list does not show', async () => {
    const b = backend(['Zomer'], ['Zomer (kopie)']);
    renderWithApp(<PlansPage />, b.transport, { systemLocale: 'nl-NL' });
    await duplicate('Zomer');
    await waitFor(() => expect(b.duplicates).toEqual([{ id: 1, name: 'Zomer (kopie 2)' }]));
  });

  it('shortens a long name so the copy still says it is one', async () => {
    const long = 'x'.repeat(120);
    const b = backend([long]);
    renderWithApp(<PlansPage />, b.transport, { systemLocale: 'nl-NL' });
    await duplicate(long);
    await waitFor(() => expect(b.duplicates).toEqual([{ id: 1, name: `${'x'.repeat(112)} (kopie)` }]));
  });
});
