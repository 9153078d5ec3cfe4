import { describe, expect, it } from 'vitest';
import { formatMoney, toMinorUnits } from '@/lib/money';

describe('money', () => {
  it.each([
    [0, 0],
    [0.1, 10],
    [0.29, 29],
    [10.07, 1007],
    [1234.56, 123456],
    [19999.99, 1999999],
    [-25.5, -2550],
  ])('%d becomes %d minor units', (amount, minor) => {
    expect(toMinorUnits(amount)).toBe(minor);
  });

  it('adds to the cent where floating point would not', () => {
    const amounts = [0.1, 0.2, 0.3, 1.1, 2.2];
    expect(amounts.reduce((sum, amount) => sum + amount, 0)).not.toBe(3.9);
    expect(amounts.reduce((sum, amount) => sum + toMinorUnits(amount), 0)).toBe(390);
  });

  it('formats in the currency given', () => {
    expect(formatMoney(toMinorUnits(1234.5), 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(toMinorUnits(99), 'CAD', 'en-CA')).toBe('$99.00');
    expect(formatMoney(toMinorUnits(7.25), 'EUR', 'de-DE')).toBe('7,25\u00a0€');
  });
});
