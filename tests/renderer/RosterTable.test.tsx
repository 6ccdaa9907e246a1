import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RosterRow } from '@shared/domain/creators';
import { RosterTable } from '../../renderer/src/pages/CreatorsPage/RosterTable';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

const row = (overrides: Partial<RosterRow>): RosterRow => ({
  accountId: 1,
  creatorId: 1,
  name: 'Sanne Bakker',
  status: 'prospect',
  platform: 'tiktok',
  handle: 'sanne.bakt',
  followers: 12_500,
  tier: 'micro',
  erFollowers: 0.2,
  erVerdict: 'above',
  erSource: 'computed',
  country: 'Nederland',
  city: 'Utrecht',
  vettingScore: 0.5,
  flagCount: 2,
  figuresAsOf: '2026-08-01',
  isDemo: true,
  ...overrides,
});

describe('<RosterTable>', () => {
  // happy-dom lays nothing out; the virtualiser needs a scroll box with a height to show rows.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows each account’s figures, verdict, flags and demo mark, and selects its creator', async () => {
    const onToggle = vi.fn();
    const rows = [
      row({}),
      row({ accountId: 2, creatorId: 7, name: 'Pieter', erFollowers: null, erVerdict: null, flagCount: 0, isDemo: false }),
      row({ accountId: 3, creatorId: 8, name: 'Priscilla', erFollowers: 0.175, erVerdict: 'within', erSource: 'reported' }),
    ];
    renderWithApp(
      <RosterTable rows={rows} total={3} sort="name" direction="asc" onSort={() => {}} selected={new Set([7])} selection="some" onToggle={onToggle} onToggleAll={() => {}} hasMore={false} loadMore={() => {}} />,
      fakeTransport().transport,
    );
    const sanne = (await screen.findByRole('link', { name: 'Sanne Bakker' })).closest('[role=row]')!;
    expect(screen.getByRole('link', { name: 'Sanne Bakker' }).getAttribute('href')).toBe('/creators/1');
    expect(sanne.textContent).toContain('12,500');
    expect(sanne.querySelector('[data-testid=roster-er]')!.textContent).toBe('20.0%Above');
    expect(sanne.textContent).toContain('Demo');
    expect(sanne.querySelector('[data-testid=roster-flags]')!.textContent).toBe('2');
    expect(sanne.querySelector('[data-testid=roster-figures-as-of]')!.textContent).toBe('1 Aug 2026');
    const pieter = screen.getByRole('link', { name: 'Pieter' }).closest('[role=row]')!;
    expect(pieter.querySelector('[data-testid=roster-er]')!.textContent).toBe('–');
    // An ER an import reported is marked and says so on hover.
    expect(sanne.querySelector('[data-testid=roster-er] span')!.getAttribute('title')).toBeNull();
    const priscilla = screen.getByRole('link', { name: 'Priscilla' }).closest('[role=row]')!.querySelector('[data-testid=roster-er] span')!;
    expect(priscilla.textContent).toBe('17.5%');
    expect(priscilla.getAttribute('title')).toBe('Reported in an import file (formula unknown), not computed from likes and comments');
    expect(priscilla.className).not.toBe('');
    expect(pieter.querySelector('[data-testid=roster-flags]')!.textContent).toBe('');

    const tickPieter = screen.getByRole('checkbox', { name: 'Select: Pieter' }) as HTMLInputElement;
    expect(tickPieter.checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select: Sanne Bakker' }));
    expect(onToggle).toHaveBeenCalledWith(1);
  });
});
