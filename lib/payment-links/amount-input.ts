import { type MinorUnits, toMinorUnits } from '../money';

/** Minor units as a person types them: digits, a decimal point, no grouping. */
export function amountText(amount: MinorUnits): string {
  return (amount / 100).toFixed(2);
}

/** What a person typed as an amount, in minor units; null when it is not an amount. */
export function parseAmount(text: string): MinorUnits | null {
  const cleaned = text
    .trim()
    .replace(/[\s,]/g, '')
    .replace(/^[$€£]/, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return toMinorUnits(Number(cleaned));
}
