import { describe, expect, it } from 'vitest';
import { planRate } from '@shared/plans/plan-allocation';

describe('the exchange rate a plan is computed with', () => {
  it('is the workspace rate for a plan in the workspace currency', () => {
    expect(planRate('EUR', { currency: 'EUR', benchmarkExchangeRate: 0.92 })).toBe(0.92);
  });
  it('is none for a plan kept in another currency, so it is not computed with the wrong rate', () => {
    expect(planRate('EUR', { currency: 'GBP', benchmarkExchangeRate: 0.79 })).toBeNull();
  });
});
