import { Dexie } from 'dexie';
import { db } from '../db/database';
import { BillTable } from './bill-table';

let loaded: Promise<BillTable> | undefined;

/**
 * The workspace's bills, read from IndexedDB once and kept in the worker's memory until the bills
 * table changes. A stopped worker loses it and reads it again on the next query.
 */
export function cachedBillTable(): Promise<BillTable> {
  if (!loaded) {
    const loading = db.bills.toArray().then(BillTable.of);
    // A failed read is not kept: the next query tries again.
    loading.catch(() => {
      if (loaded === loading) loaded = undefined;
    });
    loaded = loading;
  }
  return loaded;
}

/** Drops the table whenever a write to the bills table commits, by this worker or any other context. */
export function dropBillTableOnChange(): void {
  const billsPart = `idb://${db.name}/bills/`;
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => part.startsWith(billsPart))) loaded = undefined;
  });
}
