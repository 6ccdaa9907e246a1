import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, type DecimalSeparator, type LocaleNumberOptions } from '@shared/csv';

function valueOf(raw: string, decimal: DecimalSeparator, options?: LocaleNumberOptions): number | string {
  const result = parseLocaleNumber(raw, decimal, options);
  return result.ok ? result.value : result.reason;
}

describe('numbers with a decimal comma (Dutch)', () => {
  it.each<[string, number | string]>([
    ['12,5', 12.5],
    ['1.234.567', 1_234_567],
    ['1.234,56', 1234.56],
    ['12.500', 12_500],
    ['0,034', 0.034],
    [',5', 0.5],
    ['-5', -5],
    ['\u22125', -5],
    ['+31', 31],
    ['1 234 567', 1_234_567],
    ['12\u00a0500', 12_500],
    ['\u00a012,5\u00a0', 12.5],
    ['1,23E+05', 123_000],
    ['3.4', 'notNumber'],
    ['12.34', 'notNumber'],
    ['1.234 567', 'notNumber'],
    ['1,2,3', 'notNumber'],
    ['12,', 'notNumber'],
    ['veel', 'notNumber'],
    ['€ 12', 'notNumber'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('reads %j as %j', (raw, expected) => expect(valueOf(raw, ',')).toBe(expected));
});

describe('numbers with a decimal point (English)', () => {
  it.each<[string, number | string]>([
    ['12.5', 12.5],
    ['1,234,567', 1_234_567],
    ['1,234.56', 1234.56],
    ['1.234', 1.234],
    ['-0', 0],
    ['1e3', 1000],
    ['12,5', 'notNumber'],
    ['1e400', 'notNumber'],
    ['0x10', 'notNumber'],
    ['Infinity', 'notNumber'],
    ['NaN', 'notNumber'],
  ])('reads %j as %j', (raw, expected) => expect(valueOf(raw, '.')).toBe(expected));
});

describe('percentages', () => {
  it('refuses a percent sign unless asked to read one', () => expect(valueOf('12,5%', ',')).toBe('notNumber'));
  it('reads "12,5%" as the fraction 0.125 when asked for a fraction', () => expect(valueOf('12,5%', ',', { percent: 'fraction' })).toBe(0.125));
  it('reads "12.5 %" as 12.5 points and says it had a percent sign', () => {
    expect(parseLocaleNumber('12.5 %', '.', { percent: 'points' })).toEqual({ ok: true, value: 12.5, percent: true });
  });
  it('says a plain number had no percent sign', () => {
    expect(parseLocaleNumber('12.5', '.', { percent: 'points' })).toEqual({ ok: true, value: 12.5, percent: false });
  });
  it('converts without float noise (4,1 % is exactly 0.041)', () => expect(valueOf('4,1%', ',', { percent: 'fraction' })).toBe(0.041));
});

describe('magnitude suffixes', () => {
  it.each<[string, DecimalSeparator, number]>([
    ['12,5k', ',', 12_500],
    ['12.5K', '.', 12_500],
    ['1.15k', '.', 1150],
    ['1,2M', ',', 1_200_000],
    ['1,2 mln', ',', 1_200_000],
  ])('reads %j as %d when suffixes are allowed', (raw, decimal, expected) => expect(valueOf(raw, decimal, { magnitudeSuffix: true })).toBe(expected));

  it('refuses suffixes unless allowed', () => expect(valueOf('12k', '.')).toBe('notNumber'));
  it('refuses a bare suffix', () => expect(valueOf('k', '.', { magnitudeSuffix: true })).toBe('notNumber'));
});

describe('scaling', () => {
  it('scales exactly in the decimal text (1,005 × 100 is 100.5, not 100.49999999999999)', () => {
    expect(valueOf('1,005', ',', { scale: 2 })).toBe(100.5);
  });
});

describe('exactness', () => {
  it.each<[string, number | string]>([
    ['1234567890123456789', Number('1234567890123456789')],
    ['0.1234567890123456789', Number('0.1234567890123456789')],
    ['123456789012345.6', 123456789012345.6],
    ['1.5e22', 1.5e22],
    ['1.5e-25', 1.5e-25],
    ['9007199254740993', Number('9007199254740993')],
    ['1e-400', 0],
  ])('reads %j as JavaScript reads the same decimal', (raw, expected) => expect(valueOf(raw, '.')).toBe(expected));

  it('reads long grouped numbers without their separators', () => {
    expect(valueOf('1.234.567.890.123.456,78', ',')).toBe(Number('1234567890123456.78'));
    expect(valueOf('-1 234 567 890 123 456.78e-3', '.')).toBe(Number('-1234567890123.45678'));
  });

  it('reads any plain decimal text exactly as Number does, however many digits and whatever the power', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), fc.stringMatching(/^\d{0,20}$/), fc.integer({ min: -40, max: 40 }), (integer, fraction, power) => {
        const text = `${integer}${fraction ? `.${fraction}` : ''}e${power}`;
        const expected = Number(text);
        return valueOf(text, '.') === (expected === 0 ? 0 : expected) && valueOf(text.replace('.', ','), ',') === valueOf(text, '.');
      }),
    );
  });
});

describe('never NaN or Infinity', () => {
  it('returns a finite number or a reason for any text', () => {
    const options: LocaleNumberOptions = { percent: 'fraction', magnitudeSuffix: true };
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<DecimalSeparator>(',', '.'), (raw, decimal) => {
        const result = parseLocaleNumber(raw, decimal, options);
        return result.ok ? Number.isFinite(result.value) : result.reason === 'empty' || result.reason === 'notNumber';
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-+]?[\d.,\s%kKmE]{0,30}$/), fc.constantFrom<DecimalSeparator>(',', '.'), (raw, decimal) => {
        const result = parseLocaleNumber(raw, decimal, options);
        return !result.ok || Number.isFinite(result.value);
      }),
    );
  });
});
