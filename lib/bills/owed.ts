import type { BillRecord } from '../db/records/bill';

/**
 * A bill the client still owes money on: approved, unpaid, and with a balance left. Clio may keep a
 * balance on a draft, void or deleted bill, and an unpaid bill may have nothing left to pay: neither is
 * outstanding, and neither is ever overdue.
 */
export function isOwed(bill: Pick<BillRecord, 'state' | 'balance'>): boolean {
  return bill.state === 'awaiting_payment' && bill.balance > 0;
}
