import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ambassador, AmbassadorInput } from '@shared/domain/ambassadors';
import { AmbassadorPage } from '../../renderer/src/pages/Ambassadors/AmbassadorPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

afterEach(() => notifications.clean());

const ambassador: Ambassador = {
  id: 3,
  creatorId: 7,
  creatorName: 'Amira Hendriks',
  clientId: 1,
  clientName: 'Bakkerij De Zoete Inval',
  status: 'active',
  startedOn: '2026-10-01',
  cadenceDays: 30,
  lastCheckIn: null,
  nextCheckIn: '2026-10-31',
  perkCount: 0,
  lifetimeSpend: [],
  incentives: [{ threshold: '50 verkopen in een maand', reward: { type: 'commissionPercent', percent: 10 } }],
  notes: '',
  updatedAt: '2026-10-01T09:00:00.000Z',
  log: [],
  campaigns: [],
};

/**
 * The ambassador page on the fake backend, keeping what ambassadors:save is sent and counting the
 * reads; `server` says what is stored (by default `ambassador`) and what logging changes.
 */
function openAmbassador(settings: Parameters<typeof fakeTransport>[0], systemLocale: string, server: { stored: () => Ambassador; onLog?: () => void } = { stored: () => ambassador }) {
  const fake = fakeTransport(settings);
  const saved: { id?: number; ambassador: AmbassadorInput; expectedUpdatedAt?: string }[] = [];
  const reads = { count: 0 };
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel === 'ambassadors:get') {
      reads.count++;
      return { ok: true, data: server.stored() };
    }
    if (channel === 'ambassadors:log') {
      server.onLog?.();
      return { ok: true, data: server.stored() };
    }
    if (channel === 'ambassadors:save') {
      saved.push(input as (typeof saved)[number]);
      return { ok: true, data: server.stored() };
    }
    return fake.transport(channel, input);
  };
  renderWithApp(
    <Routes>
      <Route path="/ambassadors/:id" element={<AmbassadorPage />} />
    </Routes>,
    transport,
    { route: '/ambassadors/3', systemLocale },
  );
  return { saved, reads };
}

describe('<AmbassadorPage> programme', () => {
  it('reads an incentive percentage typed with a Dutch decimal comma as 12,5 %, not 125 % capped to 100 %', async () => {
    const { saved } = openAmbassador({ language: 'nl', formatLocale: 'nl-NL' }, 'nl-NL');
    const percent = (await screen.findByRole('textbox', { name: 'Commissie' })) as HTMLInputElement;
    fireEvent.change(percent, { target: { value: '12,5' } });
    fireEvent.blur(percent);
    await waitFor(() => expect(percent.value).toBe('12,5 %'));
    fireEvent.click(screen.getByRole('button', { name: 'Programma opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.ambassador.incentives[0]!.reward).toEqual({ type: 'commissionPercent', percent: 12.5 });
  });
});

describe('<AmbassadorPage> incentive percentage, typed over', () => {
  it('leaves a cleared percentage empty while typing, instead of putting a 0 in front of what comes next', async () => {
    const { saved } = openAmbassador({ language: 'nl', formatLocale: 'nl-NL' }, 'nl-NL');
    const percent = (await screen.findByRole('textbox', { name: 'Commissie' })) as HTMLInputElement;
    fireEvent.change(percent, { target: { value: '' } });
    await waitFor(() => expect(percent.value).toBe(''));
    fireEvent.change(percent, { target: { value: '7,5' } });
    fireEvent.blur(percent);
    fireEvent.click(screen.getByRole('button', { name: 'Programma opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.ambassador.incentives[0]!.reward).toEqual({ type: 'commissionPercent', percent: 7.5 });
  });
});

describe('<AmbassadorPage> check-in cadence, typed over', () => {
  it('keeps an emptied cadence empty while typing, instead of putting 30 back', async () => {
    const { saved } = openAmbassador({ language: 'nl', formatLocale: 'nl-NL' }, 'nl-NL');
    const cadence = (await screen.findByLabelText('Contact elke (dagen)')) as HTMLInputElement;
    fireEvent.change(cadence, { target: { value: '14' } });
    fireEvent.change(cadence, { target: { value: '' } });
    await waitFor(() => expect(cadence.value).toBe(''));
    fireEvent.change(cadence, { target: { value: '7' } });
    fireEvent.blur(cadence);
    fireEvent.click(screen.getByRole('button', { name: 'Programma opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.ambassador.cadenceDays).toBe(7);
  });
});

describe('<AmbassadorPage> incentive fields', () => {
  it('labels the "Wanneer" field visibly, not only for screen readers', async () => {
    openAmbassador({ language: 'nl', formatLocale: 'nl-NL' }, 'nl-NL');
    const field = await screen.findByRole('textbox', { name: 'Wanneer' });
    const label = document.querySelector(`label[for="${field.id}"]`);
    expect(label?.textContent).toBe('Wanneer');
  });
});

describe('<AmbassadorPage> incentive reward kind', () => {
  it('names the Commission/Bonus choice of each incentive for screen readers', async () => {
    openAmbassador({ language: 'en', formatLocale: 'en-GB' }, 'en-GB');
    expect(await screen.findByRole('radiogroup', { name: 'Kind of reward, incentive 1' })).toBeTruthy();
  });
});

describe('<AmbassadorPage> adding an incentive', () => {
  it('puts focus in the new row’s first field', async () => {
    openAmbassador({ language: 'en', formatLocale: 'en-GB' }, 'en-GB');
    fireEvent.click(await screen.findByRole('button', { name: 'Add an incentive' }));
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: 'When' })).toHaveLength(2));
    expect(document.activeElement).toBe(screen.getAllByRole('textbox', { name: 'When' })[1]);
  });
});

describe('<AmbassadorPage> programme saved over a change made elsewhere', () => {
  it('keeps typed edits when the page is refetched, takes in what another tab saved to the other fields, and saves against that version', async () => {
    // Another tab saved new notes; this tab only sees them when it refetches after logging a check-in.
    const elsewhere = { ...ambassador, notes: 'Tab B note — important', updatedAt: '2026-11-24T11:00:00.000Z' };
    let current = ambassador;
    const { saved, reads } = openAmbassador({ language: 'nl', formatLocale: 'nl-NL' }, 'nl-NL', { stored: () => current, onLog: () => (current = { ...elsewhere, lastCheckIn: '2026-11-24' }) });
    const cadence = (await screen.findByRole('textbox', { name: /Contact elke/ })) as HTMLInputElement;
    fireEvent.change(cadence, { target: { value: '14' } });
    fireEvent.blur(cadence);
    fireEvent.click(screen.getByRole('button', { name: 'Contactmoment vastleggen' }));
    await waitFor(() => expect(current).not.toBe(ambassador));
    // Fetched when opened, and again after the check-in: now showing the other tab's version.
    await waitFor(() => expect(reads.count).toBeGreaterThanOrEqual(2));
    expect(((await screen.findByRole('textbox', { name: /Contact elke/ })) as HTMLInputElement).value).toBe('14');
    fireEvent.click(screen.getByRole('button', { name: 'Programma opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    // The other tab's notes are taken in (the user did not touch them), the typed cadence kept,
    // and the save is made against the version that now includes both: nobody's change is lost.
    expect(saved[0]!.expectedUpdatedAt).toBe(elsewhere.updatedAt);
    expect(saved[0]!.ambassador).toMatchObject({ cadenceDays: 14, notes: 'Tab B note — important' });
  });
});
