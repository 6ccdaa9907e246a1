import { describe, expect, it } from 'vitest';
import { findFigure, midpoint, numberFigure, rangeFigure } from '@shared/calc';
import { ds, withOverrides } from './helpers';

describe('figure lookups', () => {
  it('reads a single number with its key, source and year', () => {
    expect(numberFigure(ds, 'engagement.tiktok.micro')).toEqual({ benchmarkKey: 'engagement.tiktok.micro', source: 'overview', year: 2025, value: 0.18 });
  });

  it('reads a range, and a single number as a one-point range', () => {
    expect(rangeFigure(ds, 'kpi.ctr')).toEqual({ benchmarkKey: 'kpi.ctr', source: 'overview', year: 2025, low: 0.02, high: 0.05 });
    expect(rangeFigure(ds, 'kpi.roasTarget')).toMatchObject({ low: 3, high: 3 });
  });

  it('gives nothing for an unknown key or a range read as a number', () => {
    expect(findFigure(ds, 'engagement.youtube.micro')).toBeUndefined();
    expect(numberFigure(ds, 'kpi.ctr')).toBeUndefined();
  });

  it('sees overrides', () => {
    expect(numberFigure(withOverrides({ 'kpi.roasTarget': 4 }), 'kpi.roasTarget')).toMatchObject({ value: 4 });
  });

  it('takes the midpoint of a range', () => {
    expect(midpoint({ low: 0.02, high: 0.05 })).toBe(0.035);
  });
});

describe('figures the calculation core added to the data set', () => {
  it.each([
    ['authenticity.commentToLikeMin', 'fraction', 0.01],
    ['authenticity.commentToLikePeerFactor', 'ratio', 0.25],
    ['authenticity.growthSpike', 'fraction', 0.2],
    ['authenticity.genericCommentShareMax', 'fraction', 0.5],
    ['authenticity.audienceScoreMin', 'fraction', 0.75],
    ['pricing.deliverable.reel', 'ratio', 1.25],
    ['pricing.deliverable.story', 'ratio', 0.5],
    ['pricing.deliverable.video', 'ratio', 2],
    ['kpi.emvPer1kImpressions', 'money', 500],
    ['kpi.emvPerEngagement', 'money', 10],
    ['kpi.reachRate.instagram', 'fraction', { low: 0.1, high: 0.3 }],
    ['kpi.reachRate.tiktok', 'fraction', { low: 0.2, high: 0.6 }],
    ['kpi.reachRate.youtube', 'fraction', { low: 0.1, high: 0.3 }],
  ])('ships %s (%s) = %j as common practice', (key, unit, value) => {
    expect(findFigure(ds, key)).toMatchObject({ unit, value, source: 'practice', year: 2025 });
  });
});
