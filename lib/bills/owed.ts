import type { BillRecord } from '../db/records/bill';

/**
 * A bill the client still owes money on: approved, unpaid, and with a balance left. Clio may keep a
 * balance on a draft, void or deleted bill, and an unpaid bill may have nothing left to pay: neither is
 * outstanding, and neither is ever overdue.
 */
export function isOwed(bill: Pick<BillRecord, 'state' | 'balance'>): boolean {
  return bill.state === 'awaiting_payment' && bill.balance > 0;
}

/** A bill Clio issued to a client: approved, and not voided or deleted since. */
export function isIssued(bill: Pick<BillRecord, 'state'>): boolean {
  return bill.state === 'awaiting_payment' || bill.state === 'paid';
}

/** What is outstanding on a bill: its balance while the client owes it, nothing otherwise. */
export function outstandingOn(bill: Pick<BillRecord, 'state' | 'balance'>): number {
  return isOwed(bill) ? bill.balance : 0;
}
