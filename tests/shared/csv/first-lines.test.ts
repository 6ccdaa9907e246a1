import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstLines } from '@shared/csv/first-lines';

describe('first lines of keys', () => {
  it('answers the first line of a key seen before, and nothing for a new one', () => {
    const lines = new FirstLines();
    expect(lines.firstLine('anna', 2)).toBeUndefined();
    expect(lines.firstLine('bram', 3)).toBeUndefined();
    expect(lines.firstLine('anna', 4)).toBe(2);
    expect(lines.firstLine('anna', 5)).toBe(2);
  });

  it('tells apart keys with the same hash (FNV-1a collisions)', () => {
    const lines = new FirstLines();
    expect(lines.firstLine('costarring', 2)).toBeUndefined();
    expect(lines.firstLine('liquid', 3)).toBeUndefined();
    expect(lines.firstLine('liquid', 4)).toBe(3);
    expect(lines.firstLine('costarring', 5)).toBe(2);
  });

  it('agrees with a Map for any keys, through many growths', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2000 }), (keys) => {
        const lines = new FirstLines();
        const reference = new Map<string, number>();
        return keys.every((key, line) => {
          const expected = reference.get(key);
          if (expected === undefined) reference.set(key, line);
          return lines.firstLine(key, line) === expected;
        });
      }),
      { numRuns: 50 },
    );
  });
});
