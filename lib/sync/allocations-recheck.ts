import type { ClioApi } from '../clio/api';
import type { Priority } from '../clio/request-budget';
import { db } from '../db/database';
import type { AllocationRecord } from '../db/records/allocation';
import type { BillRecord } from '../db/records/bill';
import { decimalToMinor, minorDigits } from '../money';
import { fetchRecords } from './fetch-records';
import { keepVoidedFigures } from './voided-allocations';

/**
 * A payment deleted in Clio takes its allocation with it, and the allocations index never returns a
 * record it no longer has: only the bill, owing that money again, shows it. After an incremental run
 * has read the allocations that changed, each bill whose money moved is checked against the
 * allocations cached for it; where they do not add up to what Clio says the bill received, the bill's
 * allocations are read again whole. Nearly always they add up, and nothing is asked of Clio.
 */
export async function recheckAllocations(api: ClioApi, signal: AbortSignal): Promise<void> {
  const noted = [...new Set((await db.syncState.get('allocations'))?.billsChanged ?? [])];
  if (noted.length === 0) return;
  const [bills, cached] = await Promise.all([
    db.bills.bulkGet(noted),
    db.allocations.where('billId').anyOf(noted).toArray(),
  ]);
  for (const bill of bills) {
    if (!bill || addsUp(bill, cached)) continue;
    signal.throwIfAborted();
    await replaceBillAllocations(api, bill.id, 'background');
  }
  // Only the bills checked: those noted meanwhile (by a bill read outside the sync) wait for the next run.
  await db.transaction('rw', db.syncState, async () => {
    const row = await db.syncState.get('allocations');
    if (row)
      await db.syncState.put({
        ...row,
        billsChanged: (row.billsChanged ?? []).filter((id) => !noted.includes(id)),
      });
  });
}

/** Reads every allocation of a bill from Clio and puts them in place of those cached: none is left over. */
export async function replaceBillAllocations(
  api: ClioApi,
  billId: number,
  priority: Priority,
): Promise<void> {
  const fresh = await fetchRecords<AllocationRecord>(
    api,
    'allocations',
    { bill_id: String(billId) },
    priority,
  );
  await db.transaction('rw', db.allocations, async () => {
    await keepVoidedFigures(fresh);
    await db.allocations.where('billId').equals(billId).delete();
    await db.allocations.bulkPut(fresh);
  });
}

/**
 * Whether the bill's standing allocations come to what Clio counts as received on it. Clio's
 * description leaves open whether `paid` includes credit notes, so either reading agrees.
 */
function addsUp(bill: BillRecord, cached: readonly AllocationRecord[]): boolean {
  const digits = minorDigits(bill.currencyCode);
  const applied = cached
    .filter((allocation) => allocation.billId === bill.id && allocation.voidedAt === null)
    .reduce((sum, allocation) => sum + decimalToMinor(allocation.amountDecimal, digits), 0);
  return applied === bill.paid || applied === bill.paid + bill.creditsIssued;
}
