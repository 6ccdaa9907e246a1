import { describe, expect, it } from 'vitest';
import {
  convertMoney,
  exactProductRounded,
  floorDivide,
  minorUnitDigits,
  roundHalfAwayFromZero,
  scaleMoney,
  splitMinorUnits,
  splitMoney,
  sumMoney,
} from '@shared/calc';
import { eur, usd } from './helpers';

describe('convertMoney', () => {
  it('converts $100.00 to €92.00 at 0.92 and says it was converted at that rate', () => {
    expect(convertMoney(usd(10_000), 'EUR', 0.92)).toEqual({
      ok: true,
      money: { amount: 9_200, currency: 'EUR', conversion: { fromCurrency: 'USD', toCurrency: 'EUR', rate: 0.92, originalAmount: 10_000 } },
    });
  });

  it.each([
    [1, 0.5, 1],
    [-1, 0.5, -1],
    [5, 0.9, 5],
    [201, 0.5, 101],
    [3, 0.5, 2],
    [7, 0.35, 2],
  ])('rounds %i cents × %d half away from zero to %i cents', (amount, rate, expected) => {
    expect(convertMoney(usd(amount), 'EUR', rate)).toMatchObject({ ok: true, money: { amount: expected } });
  });

  it('respects the target currency minor unit: $1.00 is ¥150 at 150, and ¥150 is $1.00 at 0.0066667', () => {
    expect(convertMoney(usd(100), 'JPY', 150)).toMatchObject({ money: { amount: 150, currency: 'JPY' } });
    expect(convertMoney({ amount: 150, currency: 'JPY' }, 'USD', 0.0066667)).toMatchObject({ money: { amount: 100, currency: 'USD' } });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a rate of %d', (rate) => {
    expect(convertMoney(usd(100), 'EUR', rate)).toEqual({ ok: false, reason: 'invalidRate' });
  });

  it('refuses fractional amounts and unknown currency codes', () => {
    expect(convertMoney(usd(10.5), 'EUR', 1)).toEqual({ ok: false, reason: 'invalidAmount' });
    expect(convertMoney(usd(10), 'euro', 1)).toEqual({ ok: false, reason: 'invalidCurrency' });
  });

  it('says outOfRange instead of losing precision', () => {
    expect(convertMoney(usd(Number.MAX_SAFE_INTEGER), 'EUR', 2)).toEqual({ ok: false, reason: 'outOfRange' });
  });
});

describe('exact arithmetic', () => {
  it.each([
    [[2.5], [], 3],
    [[-2.5], [], -3],
    [[1.005, 100], [], 101],
    [[0.1, 3, 10], [], 3],
    [[1000], [3], 333],
    [[2000], [3], 667],
  ])('rounds Π%j ÷ Π%j half away from zero to %i', (factors, divisors, expected) => {
    expect(exactProductRounded(factors, divisors)).toBe(expected);
  });

  it('refuses division by zero and non-finite factors', () => {
    expect(exactProductRounded([1], [0])).toBeUndefined();
    expect(exactProductRounded([Number.NaN])).toBeUndefined();
  });

  it('rounds a float half away from zero', () => {
    expect([2.5, -2.5, 2.4, -0.4].map(roundHalfAwayFromZero)).toEqual([3, -3, 2, 0]);
  });

  it('divides with floor, exactly', () => {
    expect([floorDivide(325_000, 100_000), floorDivide(100_000, 100_000), floorDivide(99_999, 100_000)]).toEqual([3, 1, 0]);
  });

  it('scales money', () => {
    expect(scaleMoney(usd(1_000), 1.25)).toEqual({ ok: true, money: usd(1_250) });
    expect(scaleMoney(usd(1), 0.5)).toEqual({ ok: true, money: usd(1) });
  });

  it('sums money only in one currency', () => {
    expect(sumMoney([usd(100), usd(250)], 'USD')).toEqual({ ok: true, money: usd(350) });
    expect(sumMoney([usd(100), eur(250)], 'USD')).toEqual({ ok: false, reason: 'currencyMismatch' });
  });

  it('knows the minor units: EUR 2, JPY 0, KWD 3', () => {
    expect([minorUnitDigits('EUR'), minorUnitDigits('JPY'), minorUnitDigits('KWD')]).toEqual([2, 0, 3]);
  });
});

describe('largest-remainder splits', () => {
  it('gives the leftover cent to the earlier of equal remainders: 100 over three equal parts is 34, 33, 33', () => {
    expect(splitMinorUnits(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('gives leftover cents to the largest remainders', () => {
    expect(splitMinorUnits(100, [0.333, 0.333, 0.334])).toEqual([33, 33, 34]);
    expect(splitMinorUnits(10, [0.15, 0.85])).toEqual([2, 8]);
  });

  it('never gives a zero weight a cent', () => {
    expect(splitMinorUnits(1, [0, 1, 1])).toEqual([0, 1, 0]);
  });

  it('splits a negative total symmetrically', () => {
    expect(splitMinorUnits(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('splits $1,000.00 65/35 exactly', () => {
    expect(splitMoney(usd(100_000), [0.65, 0.35])).toEqual({ ok: true, parts: [usd(65_000), usd(35_000)] });
  });

  it('refuses negative or all-zero weights', () => {
    expect(splitMinorUnits(100, [-1, 2])).toBeUndefined();
    expect(splitMinorUnits(100, [0, 0])).toBeUndefined();
    expect(splitMinorUnits(100, [])).toBeUndefined();
  });
});
