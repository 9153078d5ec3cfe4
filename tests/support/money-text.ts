/** An amount in dollars as Remit's pages show it (en-US). */
export const usd = (amount: number) => money(amount, 'USD');

/** An amount in a currency as Remit's pages show it (en-US). */
export const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);

/** The sandbox's amounts (JSON numbers of two decimals) in cents, to add them exactly. */
export const cents = (amount: number) => Math.round(amount * 100);
