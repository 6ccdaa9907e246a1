import { describe, expect, it } from 'vitest';
import { localIsoDay } from '@shared/local-day';

// The unit tests run in Europe/Amsterdam (vitest.config.ts), one or two hours ahead of UTC.
describe('the user’s day', () => {
  it('is the local calendar day, also in the first hour after midnight when UTC is still on yesterday', () => {
    expect(localIsoDay(new Date(2026, 10, 24, 0, 30))).toBe('2026-11-24');
    expect(new Date(2026, 10, 24, 0, 30).toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(localIsoDay(new Date('2026-11-23T23:30:00.000Z'))).toBe('2026-11-24');
    expect(localIsoDay(new Date('2026-07-01T21:59:00.000Z'))).toBe('2026-07-01');
    expect(localIsoDay(new Date('2026-07-01T22:01:00.000Z'))).toBe('2026-07-02');
  });
});
