import { numberFormat } from './intl-formats';

/** Money travels as integer minor units (cents) from parse to display, so totals add up exactly. */
export type MinorUnits = number & { readonly __brand: 'MinorUnits' };

/** Clio sends money as JSON numbers with at most two decimals. */
export function toMinorUnits(amount: number): MinorUnits {
  return Math.round(amount * 100) as MinorUnits;
}

export function formatMoney(amount: MinorUnits, currencyCode: string, locale?: string): string {
  return numberFormat(locale, { style: 'currency', currency: currencyCode }).format(amount / 100);
}

/** Clio takes money as a JSON number of major units. */
export function toMajorUnits(amount: MinorUnits): number {
  return amount / 100;
}
