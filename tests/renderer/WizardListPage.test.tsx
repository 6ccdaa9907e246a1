import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPlatformAnswers, type PlatformAdvice } from '@shared/domain/platform-advice';
import type { Transport } from '../../renderer/src/api/api-client';
import { WizardListPage } from '../../renderer/src/pages/Wizard/WizardListPage';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

describe('<WizardListPage>', () => {
  it('shows when advice was changed as the user’s own calendar day, not the UTC one', async () => {
    // 23:30 UTC on 24 November is 00:30 on 25 November in Amsterdam (the tests' time zone).
    const advice: PlatformAdvice = {
      id: 1,
      name: 'HEMA Gen Z',
      answers: defaultPlatformAnswers,
      checked: [],
      ranking: [{ platform: 'tiktok', score: 5, budgetPercent: 100 }],
      updatedAt: '2026-11-24T23:30:00.000Z',
    };
    const fake = fakeTransport({ formatLocale: 'nl-NL' });
    const transport: Transport = async (channel, input) => (channel === 'wizard:list' ? { ok: true, data: [advice] } : fake.transport(channel, input));
    renderWithApp(<WizardListPage />, transport, { systemLocale: 'nl-NL' });
    const row = (await screen.findByRole('link', { name: 'HEMA Gen Z' })).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('25 november 2026');
  });

  it('asks before deleting saved advice, as plans do, and deletes only when confirmed', async () => {
    const advice: PlatformAdvice = { id: 4, name: 'HEMA Gen Z', answers: defaultPlatformAnswers, checked: [], ranking: [], updatedAt: '2026-11-24T10:00:00.000Z' };
    const fake = fakeTransport({ formatLocale: 'nl-NL' });
    const deletes: unknown[] = [];
    const transport: Transport = async (channel, input) => {
      if (channel === 'wizard:list') return { ok: true, data: deletes.length ? [] : [advice] };
      if (channel === 'wizard:delete') return void deletes.push(input), { ok: true, data: undefined };
      return fake.transport(channel, input);
    };
    renderWithApp(<WizardListPage />, transport, { systemLocale: 'nl-NL' });
    fireEvent.click(await screen.findByRole('button', { name: 'Verwijderen' }));
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain('“HEMA Gen Z” definitief verwijderen? Dit kan niet ongedaan worden gemaakt.');
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(deletes).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
    await waitFor(() => expect(deletes).toEqual([{ id: 4 }]));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'HEMA Gen Z' })).toBeNull());
  });
});
