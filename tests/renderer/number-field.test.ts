import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocales } from '@shared/domain/settings';
import { numberFieldText, readNumberField } from '../../renderer/src/lib/number-field';

describe('a number typed into a form', () => {
  it.each([
    ['1,234,567', 'en-GB', {}, { ok: true, value: 1_234_567 }],
    ['1234567', 'en-GB', {}, { ok: true, value: 1_234_567 }],
    ['1.234.567', 'nl-NL', {}, { ok: true, value: 1_234_567 }],
    ['1 234 567', 'fr-FR', {}, { ok: true, value: 1_234_567 }],
    ['1\u202f234\u202f567', 'fr-FR', {}, { ok: true, value: 1_234_567 }],
    ['12,5', 'nl-NL', {}, { ok: true, value: 12.5 }],
    ['12.5', 'en-US', {}, { ok: true, value: 12.5 }],
    ['  ', 'en-GB', {}, { ok: true, value: null }],
    // Refused, never read as something else:
    ['1.234.567', 'en-GB', {}, { ok: false, problem: 'notANumber' }],
    ['12,5', 'en-GB', {}, { ok: false, problem: 'notANumber' }],
    ['1,234,567', 'nl-NL', {}, { ok: false, problem: 'notANumber' }],
    ['12k', 'en-GB', {}, { ok: false, problem: 'notANumber' }],
    ['-5', 'en-GB', { whole: true }, { ok: false, problem: 'negative' }],
    ['12,5', 'nl-NL', { whole: true }, { ok: false, problem: 'notWhole' }],
    ['501', 'en-GB', { max: 500 }, { ok: false, problem: 'tooLarge' }],
    ['500', 'en-GB', { max: 500 }, { ok: true, value: 500 }],
    // Money in minor units, exactly: 1.15 × 100 is 114.99999999999999 in floating point, not here.
    ['1,15', 'nl-NL', { minorUnitDigits: 2 }, { ok: true, value: 115 }],
    ['1.250,55', 'nl-NL', { minorUnitDigits: 2 }, { ok: true, value: 125_055 }],
    ['12,345', 'nl-NL', { minorUnitDigits: 2 }, { ok: false, problem: 'tooManyDecimals' }],
    ['1500', 'en-GB', { minorUnitDigits: 0 }, { ok: true, value: 1500 }],
    ['1500.5', 'en-GB', { minorUnitDigits: 0 }, { ok: false, problem: 'tooManyDecimals' }],
    // A money field takes its own currency's sign or code, as amounts are copied from a mail or rate card:
    ['$1,500.00', 'en-US', { minorUnitDigits: 2, currency: 'USD' }, { ok: true, value: 150_000 }],
    ['€ 1.250,50', 'nl-NL', { minorUnitDigits: 2, currency: 'EUR' }, { ok: true, value: 125_050 }],
    ['1.250,-', 'nl-NL', { minorUnitDigits: 2, currency: 'EUR' }, { ok: true, value: 125_000 }],
    ['150 EUR', 'nl-NL', { minorUnitDigits: 2, currency: 'EUR' }, { ok: true, value: 15_000 }],
    ['$200', 'en-CA', { minorUnitDigits: 2, currency: 'CAD' }, { ok: true, value: 20_000 }],
    // …and refuses another's rather than storing pounds as euros:
    ['£300', 'nl-NL', { minorUnitDigits: 2, currency: 'EUR' }, { ok: false, problem: 'otherCurrency' }],
    ['$300', 'nl-NL', { minorUnitDigits: 2, currency: 'EUR' }, { ok: false, problem: 'otherCurrency' }],
    ['300 GBP', 'en-US', { minorUnitDigits: 2, currency: 'USD' }, { ok: false, problem: 'otherCurrency' }],
    ['$1,500.00', 'en-US', { minorUnitDigits: 2 }, { ok: false, problem: 'notANumber' }],
    // A round-amount mark of the other format is no amount there, never a thousand times less:
    ['1.250,-', 'en-GB', { minorUnitDigits: 2, currency: 'EUR' }, { ok: false, problem: 'notANumber' }],
    ['1,250.-', 'nl-NL', { minorUnitDigits: 2, currency: 'EUR' }, { ok: false, problem: 'notANumber' }],
    ['1,250.-', 'en-GB', { minorUnitDigits: 2, currency: 'EUR' }, { ok: true, value: 125_000 }],
    // A percentage field takes the "%" the user types; a count field the "k" a tool writes.
    ['87.5%', 'en-US', { max: 100, percent: true }, { ok: true, value: 87.5 }],
    ['87,5 %', 'nl-NL', { max: 100, percent: true }, { ok: true, value: 87.5 }],
    ['87.5%', 'en-US', { max: 100 }, { ok: false, problem: 'notANumber' }],
    ['12.5k', 'en-US', { whole: true, magnitude: true }, { ok: true, value: 12_500 }],
    ['1,2M', 'nl-NL', { whole: true, magnitude: true }, { ok: true, value: 1_200_000 }],
    ['12.5k', 'en-US', { whole: true }, { ok: false, problem: 'notANumber' }],
  ] as const)('reads "%s" in %s (%o) as %o', (text, locale, rule, expected) => {
    expect(readNumberField(text, locale, rule)).toEqual(expected);
  });

  it('shows a stored number for editing so that it reads back as the same number, in every offered format', () => {
    fc.assert(
      fc.property(fc.constantFrom(...formatLocales), fc.double({ min: 0, max: 1e12, noNaN: true }), (locale, value) => {
        expect(readNumberField(numberFieldText(value, locale), locale)).toEqual({ ok: true, value });
      }),
    );
  });

  it('shows stored minor units as the amount the user typed', () => {
    expect(numberFieldText(125_055, 'nl-NL', 2)).toBe('1.250,55');
    expect(readNumberField(numberFieldText(125_055, 'nl-NL', 2), 'nl-NL', { minorUnitDigits: 2 })).toEqual({ ok: true, value: 125_055 });
    // With the currency's decimals, trailing zeros included (a euro rate of 1,250.50 is not "1,250.5").
    expect(numberFieldText(125_050, 'nl-NL', 2)).toBe('1.250,50');
    expect(numberFieldText(125_050, 'en-GB', 2)).toBe('1,250.50');
    expect(numberFieldText(125_000, 'en-GB', 2)).toBe('1,250.00');
    expect(numberFieldText(5, 'nl-NL', 2)).toBe('0,05');
    expect(numberFieldText(0, 'en-GB', 2)).toBe('0.00');
    expect(numberFieldText(1_250, 'nl-NL', 0)).toBe('1.250');
    expect(numberFieldText(123_456_789, 'en-GB', 3)).toBe('123,456.789');
    expect(readNumberField(numberFieldText(125_050, 'nl-NL', 2), 'nl-NL', { minorUnitDigits: 2 })).toEqual({ ok: true, value: 125_050 });
    expect(numberFieldText(null, 'en-GB')).toBe('');
    expect(numberFieldText(12_500, 'nl-NL')).toBe('12.500');
    expect(numberFieldText(1234.5, 'en-GB')).toBe('1,234.5');
  });
});
