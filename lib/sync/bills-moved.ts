import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import type { SyncedResource } from '../db/records/sync-state';

/**
 * The resources that look again at bills whose money moved, as their indexes cannot tell them: Clio
 * Payments payments cannot be asked what changed (see payments-delta), and the allocations index never
 * returns an allocation Clio destroyed with its payment (see allocations-recheck).
 */
const NOTED_ON: readonly SyncedResource[] = ['allocations', 'payments'];

/** Whether `resource`'s sync row keeps a list of bills whose money moved (`billsChanged`). */
export function notesMovedBills(resource: SyncedResource): boolean {
  return NOTED_ON.includes(resource);
}

/**
 * Called as bills read from Clio are stored, inside their transaction: those whose money moved are
 * noted for the resources that look again, so a stopped worker loses none.
 */
export async function noteBillsWithMovedMoney(fresh: BillRecord[]): Promise<void> {
  const before = await db.bills.bulkGet(fresh.map((bill) => bill.id));
  const moved = fresh.filter((bill, index) => {
    const old = before[index];
    if (!old) return bill.paid !== 0 || bill.pending !== 0;
    return old.paid !== bill.paid || old.pending !== bill.pending || old.balance !== bill.balance;
  });
  if (moved.length === 0) return;
  const rows = await db.syncState.bulkGet([...NOTED_ON]);
  await db.syncState.bulkPut(
    rows.flatMap((row) =>
      row ? [{ ...row, billsChanged: [...(row.billsChanged ?? []), ...moved.map((bill) => bill.id)] }] : [],
    ),
  );
}
