import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RosterFilters } from '../../renderer/src/pages/CreatorsPage/RosterFilters';
import { emptyFilters } from '../../renderer/src/pages/CreatorsPage/roster-filters';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

describe('<RosterFilters>', () => {
  it('says why a reversed ER range finds nothing', async () => {
    renderWithApp(<RosterFilters value={{ ...emptyFilters, erMinPercent: 5, erMaxPercent: 2 }} onChange={() => undefined} />, fakeTransport().transport);
    expect(await screen.findByText('Lower than “ER from”: nothing can match')).toBeTruthy();
  });

  it('says nothing about a range in order', async () => {
    renderWithApp(<RosterFilters value={{ ...emptyFilters, erMinPercent: 2, erMaxPercent: 5 }} onChange={() => undefined} />, fakeTransport().transport);
    await screen.findByText('ER to (%)');
    expect(screen.queryByText(/nothing can match/)).toBeNull();
  });
});
