import { describe, expect, it } from 'vitest';
import {
  decimalToMinor,
  formatMoney,
  type MinorUnits,
  minorDigits,
  toMajorUnits,
  toMinorUnits,
  UnsafeAmountError,
} from '@/lib/money';

describe('money from Clio', () => {
  it.each([
    [0, 'USD', 0],
    [10.07, 'USD', 1007],
    [19999.99, 'USD', 1999999],
    [-25.5, 'USD', -2550],
    // Half away from zero, from the decimal Clio wrote, not from the nearest binary float.
    [1.005, 'USD', 101],
    [2.675, 'USD', 268],
    [-2.675, 'USD', -268],
    [0.125, 'USD', 13],
    [-0.125, 'USD', -13],
    [1.0049, 'USD', 100],
    // Each currency's own minor unit.
    [1234, 'JPY', 1234],
    [1234.5, 'JPY', 1235],
    [0.5, 'JPY', 1],
    [1.2345, 'KWD', 1235],
    [0.0005, 'KWD', 1],
    [12.5, 'cad'.toUpperCase(), 1250],
  ])('%d %s is %d minor units', (amount, currency, minor) => {
    expect(toMinorUnits(amount, currency)).toBe(minor);
  });

  it('never makes a negative zero', () => {
    expect(Object.is(toMinorUnits(-0.001, 'USD'), 0)).toBe(true);
    expect(Object.is(toMinorUnits(-0, 'USD'), 0)).toBe(true);
    expect(formatMoney(toMinorUnits(-0.001, 'USD'), 'USD', 'en-US')).toBe('$0.00');
    expect(formatMoney(-0 as MinorUnits, 'USD', 'en-US')).toBe('$0.00');
  });

  it('refuses what it cannot hold exactly instead of rounding it away', () => {
    expect(() => toMinorUnits(1e21, 'USD')).toThrow(/beyond what Remit can count exactly/);
    expect(() => toMinorUnits(Number.NaN, 'USD')).toThrow(UnsafeAmountError);
    expect(() => toMinorUnits(Number.POSITIVE_INFINITY, 'USD')).toThrow(UnsafeAmountError);
    // Refused before the digits are written out, which would take a gigabyte.
    expect(() => decimalToMinor('1e999999999', 2)).toThrow(UnsafeAmountError);
    expect(decimalToMinor('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => decimalToMinor('90071992547409.92', 2)).toThrow(RangeError);
  });

  it('reads exponents as Clio’s JSON may write them', () => {
    expect(toMinorUnits(1.5e-7, 'USD')).toBe(0);
    expect(toMinorUnits(5e-3, 'USD')).toBe(1);
    expect(decimalToMinor('1.2e3', 2)).toBe(120000);
    expect(decimalToMinor('1e12', 2)).toBe(100_000_000_000_000);
    expect(decimalToMinor('12345e-8', 2)).toBe(0);
    expect(decimalToMinor('56789e-7', 2)).toBe(1);
    expect(decimalToMinor('.5', 2)).toBe(50);
    expect(decimalToMinor(`${'0'.repeat(30)}12.5`, 2)).toBe(1250);
    expect(() => decimalToMinor('', 2)).toThrow(RangeError);
    expect(() => decimalToMinor('1,5', 2)).toThrow(RangeError);
  });

  it('knows each currency’s decimals', () => {
    expect([minorDigits('USD'), minorDigits('JPY'), minorDigits('KWD'), minorDigits('CAD')]).toEqual([
      2, 0, 3, 2,
    ]);
  });

  it('keeps the decimals ISO 4217 gives a currency that everyday use rounds away, to the last unit', () => {
    // Intl shows forints, rupiahs and Iraqi dinars whole; Clio's amounts may carry their fractions.
    expect([minorDigits('HUF'), minorDigits('IDR'), minorDigits('IQD'), minorDigits('usd')]).toEqual([
      2, 2, 3, 2,
    ]);
    const total = toMinorUnits(12_700.27, 'HUF') + toMinorUnits(8_300.36, 'HUF');
    expect(total).toBe(2_100_063);
    expect(formatMoney(total as MinorUnits, 'HUF', 'en-US')).toBe('HUF\u00a021,000.63');
    expect(formatMoney(1_250 as MinorUnits, 'IQD', 'en-US')).toBe('IQD\u00a01.250');
  });

  it('formats in the currency and locale given', () => {
    expect(formatMoney(123450 as MinorUnits, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(9900 as MinorUnits, 'CAD', 'en-CA')).toBe('$99.00');
    expect(formatMoney(725 as MinorUnits, 'EUR', 'de-DE')).toBe('7,25\u00a0€');
    expect(formatMoney(1234 as MinorUnits, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney(1235 as MinorUnits, 'KWD', 'en-US')).toBe('KWD\u00a01.235');
  });

  it('gives Clio major units back exactly', () => {
    expect(toMajorUnits(101 as MinorUnits, 'USD')).toBe(1.01);
    expect(toMajorUnits(-268 as MinorUnits, 'USD')).toBe(-2.68);
    expect(toMajorUnits(1235 as MinorUnits, 'KWD')).toBe(1.235);
    expect(toMajorUnits(1234 as MinorUnits, 'JPY')).toBe(1234);
  });
});
