import { describe, expect, it } from 'vitest';
import { demoRoster } from '../../electron/core/demo/demo-roster';

describe('the demo roster', () => {
  it('gives audit scores as tools report them, to a tenth of a percent (the form shows what is stored)', () => {
    const scores = demoRoster(300).flatMap((c) => (c.input.audience?.authenticityScore === undefined || c.input.audience.authenticityScore === null ? [] : [c.input.audience.authenticityScore]));
    expect(scores.length).toBeGreaterThan(50);
    for (const score of scores) expect(Math.round(score * 1000) / 1000).toBe(score);
  });
});
