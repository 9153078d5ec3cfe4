import type { ClioApi } from '../clio/api';
import { db } from '../db/database';
import type { BankAccountRecord } from '../db/records/bank-account';
import type { BillRecord } from '../db/records/bill';
import { RemitError } from '../errors';
import { fetchRecords } from '../sync/fetch-records';
import { storeBills } from '../sync/store-bills';

export interface Selection {
  selected: BillRecord[];
  /** Every bill of the selection's client that Clio has awaiting payment. */
  clientUnpaid: BillRecord[];
  accounts: BankAccountRecord[];
}

/** The selection as the cache has it: enough to show a plan while the user chooses. */
export async function cachedSelection(billIds: readonly number[]): Promise<Selection> {
  const found = await db.bills.bulkGet([...billIds]);
  const selected = found.filter((bill): bill is BillRecord => bill !== undefined);
  if (selected.length < billIds.length) {
    throw new RemitError('not_found', 'links.not_synced');
  }
  const clientId = soleClient(selected);
  const [clientUnpaid, accounts] = await Promise.all([
    clientId ? db.bills.where('clientId').equals(clientId).filter(isAwaitingPayment).toArray() : [],
    db.bankAccounts.toArray(),
  ]);
  return { selected, clientUnpaid, accounts };
}

/**
 * The selection as Clio has it right now, stored in the cache on the way: a link is made for what
 * is owed today, into the accounts as they are set up today. Three requests, whatever the size.
 */
export async function freshSelection(api: ClioApi, billIds: readonly number[]): Promise<Selection> {
  const selected = await fetchRecords<BillRecord>(api, 'bills', { 'ids[]': billIds });
  if (selected.length < billIds.length) {
    throw new RemitError('not_found', 'links.bills_deleted');
  }
  const clientId = soleClient(selected);
  const [clientUnpaid, accounts] = await Promise.all([
    clientId
      ? fetchRecords<BillRecord>(api, 'bills', { client_id: String(clientId), state: 'awaiting_payment' })
      : [],
    fetchRecords<BankAccountRecord>(api, 'bankAccounts', {}),
  ]);
  await storeBills([...selected, ...clientUnpaid]);
  await db.bankAccounts.bulkPut(accounts);
  return { selected, clientUnpaid, accounts };
}

/** The one client of the selection; none when it has several (the plan then says so). */
function soleClient(bills: readonly BillRecord[]): number | null {
  const clientIds = new Set(bills.map((bill) => bill.clientId));
  return clientIds.size === 1 ? (bills[0]?.clientId ?? null) : null;
}

function isAwaitingPayment(bill: BillRecord): boolean {
  return bill.state === 'awaiting_payment';
}
