import { createClioApi } from '../clio/api';
import { loadConnection } from '../connection/store';
import { storedTokens } from '../connection/tokens';
import { db } from '../db/database';
import type { BillView } from '../messaging/protocol';
import { RemitError } from '../messaging/remit-error';
import { toBillRecord, toBillView } from './bill-record';

/** Fetches one bill from Clio for the page on screen, caches it, and returns what the panel shows. */
export async function fetchBill(billId: number): Promise<BillView> {
  const connection = await loadConnection();
  if (!connection)
    throw new RemitError('not_connected', 'Connect Remit to Clio in its options to see this bill.');
  const bill = await createClioApi(storedTokens(connection)).bill(billId);
  const record = toBillRecord(bill, Date.now());
  await db.bills.put(record);
  return toBillView(record);
}
