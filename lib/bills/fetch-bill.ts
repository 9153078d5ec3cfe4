import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { BillView } from '../messaging/protocol';
import { toBillRecord, toBillView } from './bill-record';

/**
 * The bill on screen, fresh from Clio (ahead of any sync) and cached; when Clio says it is unchanged
 * since the cached copy, the cache answers.
 */
export async function fetchBill(billId: number): Promise<BillView> {
  const api = await clioApi();
  const cached = await db.bills.get(billId);
  const fetched = await api.bill(billId, cached?.etag || undefined);
  if (fetched === 'unchanged' && cached) {
    await db.bills.update(billId, { fetchedAt: Date.now() });
    return toBillView({ ...cached, fetchedAt: Date.now() });
  }
  if (fetched === 'unchanged') throw new Error('Clio answered 304 for a bill Remit has not cached');
  const record = toBillRecord(fetched, Date.now());
  await db.bills.put(record);
  return toBillView(record);
}
