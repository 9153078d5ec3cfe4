import { db } from '../../lib/db/database';
import type { BillRecord } from '../../lib/db/records/bill';

/** What the synced cache holds owed in US dollars: the tests' payment links pay into USD accounts. */
export function owedInDollars(): Promise<BillRecord[]> {
  return db.bills
    .filter((bill) => bill.state === 'awaiting_payment' && bill.balance > 0 && bill.currencyCode === 'USD')
    .toArray();
}

/** An invoice and a trust request one client owes, from the synced cache: money that never shares a link. */
export async function invoiceAndTrustRequest(): Promise<{ invoice: BillRecord; trustRequest: BillRecord }> {
  const owed = await owedInDollars();
  for (const trustRequest of owed.filter((bill) => bill.kind === 'trust_kind')) {
    const invoice = owed.find(
      (bill) => bill.kind === 'revenue_kind' && bill.clientId === trustRequest.clientId,
    );
    if (invoice) return { invoice, trustRequest };
  }
  throw new Error('The seed has no client owing both an invoice and a trust request');
}
