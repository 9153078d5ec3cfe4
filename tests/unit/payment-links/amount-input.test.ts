import { describe, expect, it } from 'vitest';
import { say } from '@/lib/i18n/text';
import type { MinorUnits } from '@/lib/money';
import { amountText, parseAmount } from '@/lib/payment-links/amount-input';

const amount = (text: string, locale: string, currency = 'USD') => {
  const parsed = parseAmount(text, currency, locale);
  return 'amount' in parsed ? parsed.amount : say(parsed.problem);
};

describe('amounts as people type them', () => {
  it.each([
    ['12.50', 'en-US', 1250],
    ['$12.50', 'en-US', 1250],
    ['1,250', 'en-US', 125000],
    ['1,250.75', 'en-US', 125075],
    ['12,50', 'fr-CA', 1250],
    ['12,50 $', 'fr-CA', 1250],
    ['1 250,75', 'fr-CA', 125075],
    ['1\u202f250,75', 'fr-CA', 125075],
    ['12.50', 'fr-CA', 1250],
    ['1.250,75', 'de-DE', 125075],
    ['1.250', 'de-DE', 125000],
    ['7', 'en-US', 700],
    ['0.5', 'en-US', 50],
  ])('“%s” in %s is %d', (text, locale, minor) => {
    expect(amount(text, locale)).toBe(minor);
  });

  it.each([
    ['12,50', 'en-US', 'could be read two ways. Write it as 1250.50'],
    ['1.250', 'fr-CA', 'could be read two ways. Write it as 1250,50'],
    ['12.505', 'en-US', 'USD has at most 2 decimals'],
    ['12,3', 'en-US', 'could be read two ways'],
    ['twelve', 'en-US', 'is not an amount'],
    ['-5', 'en-US', 'more than zero'],
    ['1e5', 'en-US', 'is not an amount'],
    ['', 'en-US', 'is not an amount'],
    ['99999999999999999999', 'en-US', 'too large'],
  ])('“%s” in %s is refused: %s', (text, locale, problem) => {
    expect(amount(text, locale)).toContain(problem);
  });

  it('follows the currency’s decimals', () => {
    expect(amount('1234', 'en-US', 'JPY')).toBe(1234);
    expect(amount('1234.5', 'en-US', 'JPY')).toContain('JPY has no decimals');
    expect(amount('1.235', 'en-US', 'KWD')).toBe(1235);
  });

  it('starts the field in the locale’s own writing', () => {
    expect(amountText(125075 as MinorUnits, 'USD', 'en-US')).toBe('1250.75');
    expect(amountText(125075 as MinorUnits, 'CAD', 'fr-CA')).toBe('1250,75');
    expect(amountText(1234 as MinorUnits, 'JPY', 'en-US')).toBe('1234');
    for (const [locale, currency] of [
      ['en-US', 'USD'],
      ['fr-CA', 'CAD'],
      ['de-DE', 'EUR'],
    ] as const) {
      expect(amount(amountText(125075 as MinorUnits, currency, locale), locale, currency)).toBe(125075);
    }
  });
});

describe('what is not an amount of this bill', () => {
  it.each([
    ['12 50', 'en-US'],
    ["1'2", 'de-CH'],
    ['1 23 456', 'fr-CA'],
  ])('spaces and apostrophes group thousands only: “%s” in %s is refused', (text, locale) => {
    expect(amount(text, locale)).toContain('could be read two ways');
  });

  it.each([
    ["1'234.50", 'de-CH', 123450],
    ['1 234', 'en-US', 123400],
    ['000012.50', 'en-US', 1250],
  ])('“%s” in %s is %d', (text, locale, minor) => {
    expect(amount(text, locale)).toBe(minor);
  });

  it('takes the bill’s own currency, written any way, and no other', () => {
    expect(amount('CAD 12.50', 'en-CA', 'CAD')).toBe(1250);
    expect(amount('12,50 $', 'fr-CA', 'CAD')).toBe(1250);
    expect(amount('CA$12.50', 'en-US', 'CAD')).toBe(1250);
    expect(amount('€50', 'en-US')).toContain('is not an amount in USD');
    expect(amount('50 EUR', 'en-US')).toContain('is not an amount in USD');
  });

  it('fills the field with digits any keyboard types, in locales that write others', () => {
    expect(amountText(125075 as MinorUnits, 'USD', 'ar-EG')).toMatch(/^1250.75$/);
    expect(amount(amountText(125075 as MinorUnits, 'USD', 'ar-EG'), 'ar-EG')).toBe(125075);
  });
});

describe('how the marks of an amount are read', () => {
  it.each([
    ['  12.50  ', 'en-US', 1250],
    ['1.250.500', 'en-US', 125050000],
    ['12,345', 'en-US', 1234500],
    ['.5', 'en-US', 50],
    ['12.5', 'fr-CA', 1250],
  ])('“%s” in %s is %d', (text, locale, minor) => {
    expect(amount(text, locale)).toBe(minor);
  });

  it.each([
    ['1234,567', 'en-US'],
    ['1,234,5678', 'en-US'],
    ['12.5 0', 'en-US'],
  ])('groups of thousands must have three digits: “%s” in %s is refused', (text, locale) => {
    expect(amount(text, locale)).toBe(`“${text}” could be read two ways. Write it as 1250.50.`);
  });

  it('says what was typed, and how to write it, in the bill’s currency', () => {
    expect(amount('$12a', 'en-US')).toBe('“$12a” is not an amount. Write it as 1250.50.');
    expect(amount('$a12', 'en-US')).toBe('“$a12” is not an amount. Write it as 1250.50.');
    expect(amount('$.', 'en-US')).toBe('“$.” is not an amount. Write it as 1250.50.');
    expect(amount('twelve', 'en-US', 'JPY')).toBe('“twelve” is not an amount in JPY. Write it as 1250.');
    expect(amount('1.1234', 'fr-CA')).toContain('USD has at most 2 decimals');
    // Arabic (Egypt) writes Arabic marks by default; typed on a Latin keyboard, "." is its decimal mark.
    expect(amount('1.250', 'ar-EG')).toContain('USD has at most 2 decimals');
  });
});
