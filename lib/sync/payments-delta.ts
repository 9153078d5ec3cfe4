import { db } from '../db/database';
import { filteredPageUrl, firstPageUrl } from './page-url';
import type { ResourceSync } from './resources';

/** The payments' checkpoint until the run reaches them and works out what to read. */
export const PAYMENTS_DELTA = 'remit:payments-delta';

const IDS_PER_REQUEST = 100;
const PAGE_SIZE = 200;
/** States a payment moves on from: Remit reads each such payment again until it has. */
const UNSETTLED = ['pending', 'authorized', 'requires_confirmation', 'completed_requiring_allocation'];

/**
 * Clio's payments index takes neither `updated_since` nor `order`, so an incremental run cannot ask
 * for what changed. It reads what may have: the payments of every bill whose money moved since the
 * last run (a payment moves its bill's paid, pending or balance), the payments Remit holds that were
 * still under way, and those Clio could not allocate to any bill (which move no bill). When that
 * takes more requests than reading every payment, it reads every payment.
 */
export async function paymentsDeltaUrls(resource: ResourceSync, billsChanged: number[]): Promise<string[]> {
  const [held, unsettled] = await Promise.all([
    db.payments.count(),
    db.payments.where('state').anyOf(UNSETTLED).primaryKeys(),
  ]);
  const urls = [
    filteredPageUrl(resource, [['state', 'completed_requiring_allocation']]),
    ...chunks(
      unsettled.sort((a, b) => a - b),
      IDS_PER_REQUEST,
    ).map((ids) =>
      filteredPageUrl(
        resource,
        ids.map((id) => ['ids[]', String(id)]),
      ),
    ),
    ...[...new Set(billsChanged)].map((billId) => filteredPageUrl(resource, [['bill_id', String(billId)]])),
  ];
  const fullRead = Math.max(1, Math.ceil(held / PAGE_SIZE));
  return urls.length >= fullRead ? [firstPageUrl(resource, null)] : urls;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
