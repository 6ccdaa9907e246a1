import { fireEvent, render, renderHook, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderView } from '@shared/api/reminders.contract';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { localToday } from '../../renderer/src/lib/dates';
import { numberInputValue } from '../../renderer/src/lib/number-format';
import { useDueNotifications } from '../../renderer/src/lib/use-due-notifications';
import { BriefText } from '../../renderer/src/pages/Campaigns/BriefView';
import { theme } from '../../renderer/src/theme';
import { ConfirmButton } from '../../renderer/src/components/ConfirmButton';

describe('small helpers of the campaign pages', () => {
  it('reads what a NumberInput reports, including "12.50" and the empty field', () => {
    expect(numberInputValue(12.5)).toBe(12.5);
    expect(numberInputValue('12.50')).toBe(12.5);
    expect(numberInputValue('45.')).toBe(45);
    expect(numberInputValue('')).toBeNull();
    expect(numberInputValue('-')).toBeNull();
  });

  it('shows a brief with bullets as text, never as HTML', () => {
    const { container } = render(
      <MantineProvider theme={theme}>
        <BriefText text={'Fresh every week\n- Show the bag\n- <img src=x onerror=alert(1)>\nNo scripts'} />
      </MantineProvider>,
    );
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Show the bag', '<img src=x onerror=alert(1)>']);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('No scripts');
  });
});

describe('a destructive button', () => {
  it('asks once, in place, and acts only on Yes', () => {
    const onConfirm = vi.fn();
    render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={createI18n('en')}>
          <ConfirmButton question="Delete this entry?" onConfirm={onConfirm}>
            Delete
          </ConfirmButton>
        </I18nextProvider>
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText('Delete this entry?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});

describe('due notifications', () => {
  const shown: { title: string; body: string }[] = [];
  class FakeNotification {
    static permission = 'granted';
    constructor(title: string, options: { body: string }) {
      shown.push({ title, body: options.body });
    }
  }
  beforeEach(() => {
    shown.length = 0;
    localStorage.clear();
    vi.stubGlobal('Notification', FakeNotification);
  });
  afterEach(() => vi.unstubAllGlobals());

  const reminder = (kind: ReminderView['kind'], refId: number, state: ReminderView['state'], daysLate = 0): ReminderView => ({
    kind,
    refId,
    state,
    daysLate,
    dueDate: localToday(),
    creatorName: `Creator ${refId}`,
    context: 'Autumn coffee',
    deliverable: null,
    campaignId: 1,
    partnershipId: refId,
    ambassadorId: null,
  });
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={createI18n('en')}>{children}</I18nextProvider>;

  it('notifies due and overdue items once a day, not upcoming ones', () => {
    const list = [reminder('followUp', 1, 'overdue', 2), reminder('checkIn', 2, 'due'), reminder('deliverable', 3, 'upcoming')];
    const { rerender } = renderHook(({ items }) => useDueNotifications(items), { wrapper, initialProps: { items: list } });
    expect(shown).toEqual([
      { title: 'Follow up with Creator 1', body: 'Autumn coffee · 2 days late' },
      { title: 'Check in with Creator 2', body: 'Autumn coffee · Today' },
    ]);
    rerender({ items: [...list] });
    expect(shown).toHaveLength(2);
  });

  it('stays silent without permission', () => {
    FakeNotification.permission = 'default';
    renderHook(() => useDueNotifications([reminder('followUp', 1, 'overdue', 1)]), { wrapper });
    expect(shown).toEqual([]);
    FakeNotification.permission = 'granted';
  });
});
