/** State keeps integer cents; the API speaks JSON numbers with at most two decimals. */
export function centsToAmount(cents: number): number {
  return Math.round(cents) / 100;
}

export function amountToCents(amount: number): number {
  return Math.round(amount * 100);
}
