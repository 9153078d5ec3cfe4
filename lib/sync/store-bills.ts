import { keepKnownBillFacts } from '../bills/known-bill-facts';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import { noteBillsWithMovedMoney } from './bills-moved';

type BillsListener = (bills: readonly BillRecord[]) => Promise<unknown>;

/** Who wants to know of bills just read from Clio (the outbox: a send a bill now shows). */
const listeners: BillsListener[] = [];

/** Registered as the worker starts, so no stored bill goes unannounced. */
export function onBillsStored(listener: BillsListener): void {
  listeners.push(listener);
}

/**
 * Stores bills read from Clio outside a sync (the bill on screen, a send's check, a link's
 * selection). Those whose money moved are noted for the next sync's payments, as a sync notes them:
 * the cache is updated here first, so the sync would not see them move.
 */
export async function storeBills(bills: readonly BillRecord[]): Promise<void> {
  await db.transaction('rw', db.bills, db.syncState, async () => {
    await keepKnownBillFacts([...bills]);
    await noteBillsWithMovedMoney([...bills]);
    await db.bills.bulkPut([...bills]);
  });
  await announceBills(bills);
}

/** Tells the listeners of bills just stored, by a sync's page or by `storeBills`. */
export async function announceBills(bills: readonly BillRecord[]): Promise<void> {
  for (const listener of listeners) await listener(bills);
}
