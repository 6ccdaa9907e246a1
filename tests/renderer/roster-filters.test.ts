import { describe, expect, it } from 'vitest';
import { emptyFilters, fromRosterQuery, toRosterQuery } from '../../renderer/src/pages/CreatorsPage/roster-filters';

describe('roster filters', () => {
  it.each([
    [4.1, 0.041],
    [1.1, 0.011],
    [14.3, 0.143],
  ])('sends an ER bound of %s %% as exactly %s', (percent, fraction) => {
    const query = toRosterQuery({ ...emptyFilters, erMinPercent: percent, erMaxPercent: percent, vettingMinPercent: percent });
    expect([query.erMin, query.erMax, query.vettingMin]).toEqual([fraction, fraction, fraction]);
  });

  it('sends only the filters that are set, and reads a saved view back into the same filters', () => {
    const filters = { ...emptyFilters, platforms: ['tiktok'], tiers: ['micro'], erVerdicts: ['above'], erMinPercent: 5 as const, sort: 'er' as const, direction: 'desc' as const };
    const query = toRosterQuery(filters);
    expect(query).toEqual({ platforms: ['tiktok'], tiers: ['micro'], erVerdicts: ['above'], erMin: 0.05, sort: 'er', direction: 'desc' });
    expect(fromRosterQuery(query)).toEqual(filters);
  });
});
