import { numberFormat } from '../intl-formats';
import { decimalToMinor, type MinorUnits, minorDigits, toMajorUnits } from '../money';

export type ParsedAmount = { amount: MinorUnits } | { problem: string };

/** Minor units as a person would type them in their locale: no grouping, the locale's decimal mark. */
export function amountText(amount: MinorUnits, currencyCode: string, locale?: string): string {
  const digits = minorDigits(currencyCode);
  return numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(toMajorUnits(amount, currencyCode));
}

/**
 * What a person typed as an amount, read in their locale: "12,50" is twelve and a half where the comma
 * is the decimal mark, and 1,250 where it groups thousands only when three digits follow it. What could
 * be read either way is refused with the way to write it, never guessed.
 */
export function parseAmount(text: string, currencyCode: string, locale?: string): ParsedAmount {
  const { decimal, group } = separators(locale);
  const digits = minorDigits(currencyCode);
  const example = exampleAmount(decimal, digits);
  const bare = text
    .trim()
    .replace(new RegExp(`^(?:${currencyCode}|[A-Z]{0,2}[$€£¥])\\s*`, 'i'), '')
    .replace(new RegExp(`\\s*(?:${currencyCode}|[$€£¥])$`, 'i'), '');
  if (bare.startsWith('-')) return { problem: 'Enter an amount more than zero.' };
  // Spaces and apostrophes only ever group digits.
  const compact = bare.replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^[\d.,]+$/.test(compact) || !/\d/.test(compact)) {
    return { problem: `“${text.trim()}” is not an amount. Write it as ${example}.` };
  }
  const reading = readMarks(compact, decimal, group);
  if (!reading) return { problem: `“${text.trim()}” could be read two ways. Write it as ${example}.` };
  const { whole, fraction } = reading;
  if (fraction.length > digits) {
    return {
      problem:
        digits === 0
          ? `${currencyCode} has no decimals. Write it as ${exampleAmount(decimal, 0)}.`
          : `${currencyCode} has at most ${digits} decimals. Write it as ${example}.`,
    };
  }
  const plain = `${whole}.${fraction}`;
  try {
    return { amount: decimalToMinor(plain, digits) };
  } catch {
    return { problem: 'That amount is too large.' };
  }
}

function separators(locale: string | undefined): { decimal: string; group: string } {
  const parts = numberFormat(locale, {}).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

/**
 * The whole and fractional digits, or null when the marks could be read two ways. Both marks present:
 * the last one is the decimal mark. One mark used several times groups thousands. One mark used once is
 * the decimal mark when it is the locale's, groups thousands when it is the locale's grouping mark and
 * three digits follow, and otherwise is a decimal mark unless exactly three digits follow.
 */
function readMarks(
  compact: string,
  decimal: string,
  group: string,
): { whole: string; fraction: string } | null {
  const marks = [...new Set(compact.match(/[.,]/g) ?? [])];
  if (marks.length === 0) return { whole: compact, fraction: '' };
  const lastAt = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const last = compact.charAt(lastAt);
  const after = compact.slice(lastAt + 1);
  const uses = compact.split(last).length - 1;
  let isDecimal: boolean;
  if (marks.length === 2) isDecimal = true;
  else if (uses > 1) isDecimal = false;
  else if (last === decimal) isDecimal = true;
  else if (after.length === 3) {
    if (last !== group) return null;
    isDecimal = false;
  } else if (last === group) return null;
  else isDecimal = true;
  const whole = isDecimal ? compact.slice(0, lastAt) : compact;
  const groupMark = isDecimal ? (last === '.' ? ',' : '.') : last;
  if (!groupedByThrees(whole, groupMark)) return null;
  return { whole: whole.replaceAll(groupMark, ''), fraction: isDecimal ? after : '' };
}

/** Digits, or digits grouped by threes after a first group of one to three. */
function groupedByThrees(whole: string, mark: string): boolean {
  if (!whole.includes(mark)) return /^\d*$/.test(whole);
  const [first = '', ...rest] = whole.split(mark);
  return /^\d{1,3}$/.test(first) && rest.every((part) => /^\d{3}$/.test(part));
}

function exampleAmount(decimal: string, digits: number): string {
  return digits === 0 ? '1250' : `1250${decimal}${'5'.padEnd(digits, '0')}`;
}
