import { z } from 'zod';
import { isOwed } from '../bills/owed';
import type { CollectionBill } from './collection-bill';

/** Bills of one currency added up, in its minor units: what is outstanding counts owed bills only. */
export const currencyTotal = z.object({
  currencyCode: z.string(),
  bills: z.number().int(),
  total: z.number().int(),
  paid: z.number().int(),
  outstanding: z.number().int(),
});
export type CurrencyTotal = z.infer<typeof currencyTotal>;

/** Adds bills up per currency, in minor units, so the totals are exact to the cent. */
export class CurrencyTotals {
  private readonly byCurrency = new Map<string, CurrencyTotal>();

  add(bill: CollectionBill): void {
    let sum = this.byCurrency.get(bill.currencyCode);
    if (!sum) {
      sum = { currencyCode: bill.currencyCode, bills: 0, total: 0, paid: 0, outstanding: 0 };
      this.byCurrency.set(bill.currencyCode, sum);
    }
    sum.bills += 1;
    sum.total += bill.total;
    sum.paid += bill.paid;
    if (isOwed(bill)) sum.outstanding += bill.balance;
  }

  /** One total per currency, in the order of currency codes. */
  list(): CurrencyTotal[] {
    return [...this.byCurrency.values()].sort((a, b) => a.currencyCode.localeCompare(b.currencyCode));
  }
}
