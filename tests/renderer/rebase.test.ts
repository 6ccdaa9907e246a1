import { describe, expect, it } from 'vitest';
import { rebase } from '../../renderer/src/lib/rebase';

describe('rebase', () => {
  const base = { cash: 20_000, paid: null as number | null, promoCode: '' };

  it('takes the newer saved value of a field the user left alone, and keeps the user’s own edits', () => {
    // This window moved the stage to "paid" (the server filled in the payment) while the user edited the promo code.
    expect(rebase(base, { ...base, promoCode: 'NOAH10' }, { ...base, paid: 20_000 })).toEqual({ cash: 20_000, paid: 20_000, promoCode: 'NOAH10' });
  });

  it('refuses to choose when both sides changed one field differently', () => {
    expect(rebase(base, { ...base, cash: 25_000 }, { ...base, cash: 30_000 })).toBeNull();
    expect(rebase(base, { ...base, cash: 25_000 }, { ...base, cash: 25_000 })).toEqual({ ...base, cash: 25_000 });
  });
});
