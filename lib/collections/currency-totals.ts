import { z } from 'zod';
import { isIssued, outstandingOn } from '../bills/owed';
import type { CollectionBill } from './collection-bill';

/**
 * Bills of one currency added up, in its minor units. What is outstanding counts the bills owed, and
 * what was billed the bills issued (not drafts, not voided), as the popup and the insight count them;
 * trust requests ask for money to hold in trust, not for fees, and are added up apart.
 */
export const currencyTotal = z.object({
  currencyCode: z.string(),
  bills: z.number().int(),
  billed: z.number().int(),
  outstanding: z.number().int(),
  trustOutstanding: z.number().int(),
});
export type CurrencyTotal = z.infer<typeof currencyTotal>;

/** Adds bills up per currency, in minor units, so the totals are exact to the cent. */
export class CurrencyTotals {
  private readonly byCurrency = new Map<string, CurrencyTotal>();

  add(bill: CollectionBill): void {
    let sum = this.byCurrency.get(bill.currencyCode);
    if (!sum) {
      sum = { currencyCode: bill.currencyCode, bills: 0, billed: 0, outstanding: 0, trustOutstanding: 0 };
      this.byCurrency.set(bill.currencyCode, sum);
    }
    sum.bills += 1;
    if (bill.trust) {
      sum.trustOutstanding += outstandingOn(bill);
      return;
    }
    if (isIssued(bill)) sum.billed += bill.due;
    sum.outstanding += outstandingOn(bill);
  }

  /** One total per currency, in the order of currency codes. */
  list(): CurrencyTotal[] {
    return [...this.byCurrency.values()].sort((a, b) => a.currencyCode.localeCompare(b.currencyCode));
  }
}
