import { Dexie } from 'dexie';
import { db } from '../db/database';
import { BillTable } from './bill-table';
import { LastActions } from './last-action';

/**
 * What is read from IndexedDB once and kept in the worker's memory until a write to one of `tables`
 * commits, by this worker or any other context. A stopped worker loses it and reads it again on the
 * next query; a failed read is not kept.
 */
function keptUntilChanged<T>(tables: readonly string[], read: () => Promise<T>) {
  let kept: Promise<T> | undefined;
  const parts = tables.map((table) => `idb://${db.name}/${table}/`);
  return {
    get(): Promise<T> {
      if (!kept) {
        const reading = read();
        reading.catch(() => {
          if (kept === reading) kept = undefined;
        });
        kept = reading;
      }
      return kept;
    },
    dropOnChange(): void {
      Dexie.on('storagemutated', (changed) => {
        if (Object.keys(changed).some((part) => parts.some((prefix) => part.startsWith(prefix))))
          kept = undefined;
      });
    },
  };
}

const billTable = keptUntilChanged(['bills'], () => db.bills.toArray().then(BillTable.of));
// Both tables stay small: a firm's sends and links, not its bills.
const lastActions = keptUntilChanged(['outbox', 'linkRequests'], async () => {
  const [sends, links] = await Promise.all([db.outbox.toArray(), db.linkRequests.toArray()]);
  return LastActions.of(sends, links);
});

/** The workspace's bills. */
export const cachedBillTable = (): Promise<BillTable> => billTable.get();

/** What Remit last did with each bill. */
export const cachedLastActions = (): Promise<LastActions> => lastActions.get();

/** Drops what the workspace keeps whenever what it was read from changes. */
export function dropWorkspaceCachesOnChange(): void {
  billTable.dropOnChange();
  lastActions.dropOnChange();
}
