import { numberFormat } from './intl-formats';

/** Money travels as integer minor units (cents, or yen, or fils) from parse to display, so totals add up exactly. */
export type MinorUnits = number & { readonly __brand: 'MinorUnits' };

/** An amount Remit cannot hold exactly: beyond 2^53 minor units, or not a finite number. */
export class UnsafeAmountError extends RangeError {
  constructor(readonly amount: number | string) {
    super(`${amount} is beyond what Remit can count exactly`);
    this.name = 'UnsafeAmountError';
  }
}

/**
 * ISO 4217's minor units where they are not two. Intl's digits are what CLDR shows in everyday use,
 * which drops decimals ISO keeps (forint, rupiah, Colombian peso, Iraqi dinar): an amount Clio sends
 * with them would be rounded, and totals would lose money.
 */
const withDigits = (codes: string, digits: number) => codes.split(' ').map((code) => [code, digits] as const);
const MINOR_UNITS = new Map<string, number>([
  ...withDigits('BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF', 0),
  ...withDigits('BHD IQD JOD KWD LYD OMR TND', 3),
  ...withDigits('CLF UYW', 4),
]);

/** How many decimals a currency has (USD 2, JPY 0, KWD 3), as ISO 4217 sets them. */
export function minorDigits(currencyCode: string): number {
  return MINOR_UNITS.get(currencyCode.toUpperCase()) ?? 2;
}

/**
 * Clio's JSON number in minor units of its currency. The number's shortest decimal text ("1.005") is
 * what Clio wrote, so the conversion works on that text, rounding half away from zero: multiplying the
 * binary float by 100 would turn 1.005 into 1.00 and -2.675 into -2.67.
 */
export function toMinorUnits(amount: number, currencyCode: string): MinorUnits {
  const digits = minorDigits(currencyCode);
  // Nearly every amount has no more decimals than its currency: scaled, it lies within a float's
  // error of a whole number, which is then the exact answer. Only the rest take the decimal's path,
  // which also refuses NaN and Infinity.
  const scaled = amount * 10 ** digits;
  const whole = Math.round(scaled);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a shortcut, changing speed, not answers
  if (Math.abs(scaled) < 2 ** 52 && Math.abs(scaled - whole) < 1e-6)
    return (whole === 0 ? 0 : whole) as MinorUnits;
  return decimalToMinor(String(amount), digits, amount);
}

/**
 * A decimal written as digits, an optional fraction and an optional exponent ("12.5", "1e+21") in minor
 * units with `digits` decimals, rounded half away from zero.
 */
export function decimalToMinor(text: string, digits: number, shown: number | string = text): MinorUnits {
  const match = /^(-)?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match || `${match[2]}${match[3] ?? ''}` === '') throw new UnsafeAmountError(shown);
  const [, sign, paddedWhole = '', fraction = '', exponent = '0'] = match;
  // Leading zeros are no size: "0000012.5" is twelve and a half, not too large to hold.
  const whole = paddedWhole.replace(/^0+/, '');
  // Shift the decimal point: the exponent moves it, and so do the currency's minor digits.
  const shift = Number(exponent) + digits;
  const allDigits = `${whole}${fraction}`;
  const pointAt = whole.length + shift;
  if (pointAt > 20) throw new UnsafeAmountError(shown);
  const integerPart = pointAt <= 0 ? '0' : allDigits.slice(0, pointAt).padEnd(pointAt, '0');
  const firstDropped = allDigits[pointAt] ?? '0';
  let units = BigInt(integerPart) + (firstDropped >= '5' ? 1n : 0n);
  if (units > BigInt(Number.MAX_SAFE_INTEGER)) throw new UnsafeAmountError(shown);
  if (sign) units = -units;
  // Never a negative zero: -0.001 dollars is no money at all, and must not show as "-$0.00".
  return (units === 0n ? 0 : Number(units)) as MinorUnits;
}

export function formatMoney(amount: MinorUnits, currencyCode: string, locale?: string): string {
  const major = toMajorUnits(amount, currencyCode);
  // Every digit held is shown: Intl's own digits would round a forint amount to the whole forint.
  const digits = minorDigits(currencyCode);
  return numberFormat(locale, {
    style: 'currency',
    currency: currencyCode,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(major);
}

/**
 * An amount as plain decimal text in its currency's minor digits ("1234.50", "-0.05", "1200" in
 * yen): exact, with no grouping or symbol, for files other programs read.
 */
export function decimalText(amount: MinorUnits, currencyCode: string): string {
  const digits = minorDigits(currencyCode);
  const whole = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  const sign = amount < 0 ? '-' : '';
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole.slice(0, -digits)}.${whole.slice(-digits)}`;
}

/** Clio takes money as a JSON number of major units; never -0, as `${-0}` is "0". */
export function toMajorUnits(amount: MinorUnits, currencyCode: string): number {
  return Number(`${amount}e-${minorDigits(currencyCode)}`);
}
