import type { Text } from '../i18n/text';
import { numberFormat } from '../intl-formats';
import { decimalToMinor, type MinorUnits, minorDigits, toMajorUnits } from '../money';

export type ParsedAmount = { amount: MinorUnits } | { problem: Text };

/** Minor units as a person would type them in their locale: no grouping, the locale's decimal mark. */
export function amountText(amount: MinorUnits, currencyCode: string, locale?: string): string {
  const digits = minorDigits(currencyCode);
  return numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
    // Digits as typed on any keyboard, whatever digits the locale writes.
    numberingSystem: 'latn',
  }).format(toMajorUnits(amount, currencyCode));
}

/**
 * What a person typed as an amount of the bill's currency, read in their locale: "12,50" is twelve
 * and a half where the comma is the decimal mark, and 1,250 where it groups thousands only when three
 * digits follow it. What could be read either way, or names another currency, is refused with the way
 * to write it, never guessed.
 */
export function parseAmount(text: string, currencyCode: string, locale?: string): ParsedAmount {
  const { decimal, group } = separators(locale);
  const digits = minorDigits(currencyCode);
  const example = exampleAmount(decimal, digits);
  const typed = text.trim();
  const bare = withoutCurrency(typed, currencyCode, locale);
  if (bare === null)
    return {
      problem: { key: 'links.amount_other_currency', values: { typed, currency: currencyCode, example } },
    };
  if (bare.startsWith('-')) return { problem: { key: 'links.amount_not_positive' } };
  if (!/^[\d.,\s\u00a0\u202f'’]+$/.test(bare) || !/\d/.test(bare)) {
    return { problem: { key: 'links.amount_unreadable', values: { typed, example } } };
  }
  const reading = readMarks(bare, decimal, group);
  if (!reading) return { problem: { key: 'links.amount_ambiguous', values: { typed, example } } };
  const { whole, fraction } = reading;
  if (fraction.length > digits) {
    return {
      problem: { key: 'links.amount_too_many_decimals', values: { currency: currencyCode, digits, example } },
    };
  }
  try {
    return { amount: decimalToMinor(`${whole}.${fraction}`, digits) };
  } catch {
    return { problem: { key: 'links.amount_too_large' } };
  }
}

/** The amount without the bill's own currency code or symbol before or after it; null for another's. */
function withoutCurrency(text: string, currencyCode: string, locale: string | undefined): string | null {
  const symbols = [
    currencyCode,
    symbolOf(currencyCode, locale, 'symbol'),
    symbolOf(currencyCode, locale, 'narrowSymbol'),
  ];
  for (const symbol of symbols.sort((a, b) => b.length - a.length)) {
    const lower = text.toLowerCase();
    const mark = symbol.toLowerCase();
    if (lower.startsWith(mark)) return text.slice(symbol.length).trim();
    if (lower.endsWith(mark)) return text.slice(0, -symbol.length).trim();
  }
  return /^[\d\s.,\u00a0\u202f'’-]*$/.test(text) ? text : null;
}

function symbolOf(
  currencyCode: string,
  locale: string | undefined,
  currencyDisplay: 'symbol' | 'narrowSymbol',
): string {
  const parts = numberFormat(locale, {
    style: 'currency',
    currency: currencyCode,
    currencyDisplay,
  }).formatToParts(1);
  return parts.find((part) => part.type === 'currency')?.value ?? currencyCode;
}

function separators(locale: string | undefined): { decimal: string; group: string } {
  const parts = numberFormat(locale, { numberingSystem: 'latn' }).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

/**
 * The whole and fractional digits, or null when the marks could be read two ways. Both `.` and `,`
 * present: the last one is the decimal mark. One of them used several times groups thousands. One
 * used once is the decimal mark when it is the locale's, groups thousands when it is the locale's
 * grouping mark and three digits follow, and otherwise is a decimal mark unless exactly three digits
 * follow. Spaces and apostrophes group thousands only, checked like any grouping.
 */
function readMarks(
  typed: string,
  decimal: string,
  group: string,
): { whole: string; fraction: string } | null {
  const marks = [...new Set(typed.match(/[.,]/g) ?? [])];
  const lastAt = Math.max(typed.lastIndexOf('.'), typed.lastIndexOf(','));
  let decimalAt = -1;
  if (marks.length === 2) decimalAt = lastAt;
  else if (marks.length === 1) {
    const last = typed.charAt(lastAt);
    const after = typed.slice(lastAt + 1);
    const uses = typed.split(last).length - 1;
    if (uses === 1 && last === decimal) decimalAt = lastAt;
    else if (uses === 1 && /^\d{3}$/.test(after)) {
      if (last !== group) return null;
    } else if (uses === 1 && last === group) return null;
    else if (uses === 1) decimalAt = lastAt;
  }
  const whole = decimalAt < 0 ? typed : typed.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : typed.slice(decimalAt + 1);
  if (!/^\d*$/.test(fraction)) return null;
  const groups = whole.split(/[.,\s\u00a0\u202f'’]/);
  const [first = '', ...rest] = groups;
  const grouped =
    rest.length === 0
      ? /^\d*$/.test(first)
      : /^\d{1,3}$/.test(first) && rest.every((part) => /^\d{3}$/.test(part));
  return grouped ? { whole: groups.join(''), fraction } : null;
}

function exampleAmount(decimal: string, digits: number): string {
  return digits === 0 ? '1250' : `1250${decimal}${'5'.padEnd(digits, '0')}`;
}
