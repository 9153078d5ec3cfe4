import { fillFromCachedCopies } from '../db/cached-copies';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import { minorDigits } from '../money';
import { NO_CURRENCY, NO_KIND } from './bill-record';

const MONEY = ['total', 'due', 'paid', 'balance', 'pending', 'creditsIssued'] as const;

/**
 * A bill's currency and kind do not change when Clio voids it: where Clio's answer left them out, the
 * bill keeps those Remit knew, so it stays in its own currency and kind in the workspace, the exports
 * and the insight. Its figures, read in no currency's two decimals, are put in that currency's. Called
 * inside the transaction that stores `bills`, before they are written.
 */
export function keepKnownBillFacts(bills: BillRecord[]): Promise<void> {
  return fillFromCachedCopies(
    db.bills,
    bills,
    (bill) => bill.currencyCode === NO_CURRENCY || bill.kind === NO_KIND,
    (bill, known) => {
      if (!known) return;
      if (bill.kind === NO_KIND) bill.kind = known.kind;
      if (bill.currencyCode !== NO_CURRENCY || known.currencyCode === NO_CURRENCY) return;
      const scale = 10 ** (minorDigits(known.currencyCode) - minorDigits(NO_CURRENCY));
      for (const field of MONEY) bill[field] = Math.round(bill[field] * scale);
      bill.currencyCode = known.currencyCode;
    },
  );
}
