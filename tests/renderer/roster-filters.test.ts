import { describe, expect, it } from 'vitest';
import { askableFilters, emptyFilters, fromRosterQuery, percentProblems, rosterFilterOf, rosterQueryKey, toRosterQuery } from '../../renderer/src/pages/CreatorsPage/roster-filters';
import { filtersFromSearch, filtersToSearch } from '../../renderer/src/pages/CreatorsPage/roster-url';

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

  it.each([
    [{ erMinPercent: -5 }, { erMinPercent: 'outOfRange' }],
    [{ erMaxPercent: 20_000 }, { erMaxPercent: 'outOfRange' }],
    [{ vettingMinPercent: 150 }, { vettingMinPercent: 'outOfRange' }],
    [{ erMinPercent: 150, erMaxPercent: 5 }, { erMinPercent: 'outOfRange' }],
    [{ erMinPercent: 5, erMaxPercent: 2 }, { erMaxPercent: 'reversed' }],
    [{ erMinPercent: 0, erMaxPercent: 100, vettingMinPercent: 100 }, {}],
  ] as const)('judges the percentages %j: %j', (percentages, problems) => {
    const filters = { ...emptyFilters, ...percentages };
    expect(percentProblems(filters)).toEqual(problems);
    // A reversed range is asked (it finds nothing, and says why); a percentage out of range is left out, the rest asked.
    const dropped = Object.entries(problems).filter(([, problem]) => problem === 'outOfRange').map(([key]) => key);
    expect(askableFilters(filters)).toEqual({ ...filters, ...Object.fromEntries(dropped.map((key) => [key, ''])) });
  });

  it('tells queries apart by what they ask, not by the order the filters were picked in', () => {
    const a = toRosterQuery({ ...emptyFilters, platforms: ['tiktok', 'instagram'], tiers: ['micro'], location: 'gent' });
    const b = toRosterQuery({ ...emptyFilters, location: 'gent', tiers: ['micro'], platforms: ['instagram', 'tiktok'] });
    expect(rosterQueryKey(a)).toBe(rosterQueryKey(b));
    expect(rosterQueryKey(a)).not.toBe(rosterQueryKey({ ...a, direction: 'desc' }));
    expect(rosterQueryKey(rosterFilterOf(a))).toBe(rosterQueryKey(rosterFilterOf({ ...b, sort: 'er', direction: 'desc' })));
    expect(rosterQueryKey(rosterFilterOf(a))).not.toBe(rosterQueryKey(rosterFilterOf({ ...a, bin: true })));
  });
});

describe('the roster in the address', () => {
  it('writes only what differs from the plain roster, readable, and reads it back to the same filters', () => {
    expect(filtersToSearch(emptyFilters)).toBe('');
    const filters = {
      ...emptyFilters,
      search: 'anna',
      platforms: ['tiktok', 'instagram'],
      tiers: ['micro'],
      statuses: ['approved'],
      niche: 'food',
      location: 'Gent',
      erMinPercent: 4.1,
      erMaxPercent: 12 as const,
      erVerdicts: ['above'],
      vettingMinPercent: 50 as const,
      flaggedOnly: true,
      sort: 'country' as const,
      direction: 'desc' as const,
      bin: true,
    };
    const search = filtersToSearch(filters);
    expect(search).toBe(
      'bin=1&q=anna&platform=tiktok&platform=instagram&tier=micro&status=approved&niche=food&location=Gent&erMin=4.1&erMax=12&verdict=above&vettingMin=50&flagged=1&sort=country&dir=desc',
    );
    expect(filtersFromSearch(new URLSearchParams(search))).toEqual(filters);
  });

  it('leaves out what it does not know instead of refusing an edited or old link', () => {
    const read = filtersFromSearch(new URLSearchParams('platform=myspace&platform=tiktok&tier=giga&erMin=-3&erMax=150&vettingMin=abc&sort=vibes&dir=up&bin=yes'));
    expect(read).toEqual({ ...emptyFilters, platforms: ['tiktok'] });
  });
});
