import { Dexie } from 'dexie';
import { db } from './database';

/**
 * What is read from IndexedDB once and kept in the worker's memory until a write to one of `tables`
 * commits, by this worker or any other context. A stopped worker loses it and reads it again on the
 * next query; a failed read is not kept. A read that depends on a key (the day, say) is kept for the
 * last key asked only.
 */
export function keptUntilChanged<T, K = void>(tables: readonly string[], read: (key: K) => Promise<T>) {
  let kept: Promise<T> | undefined;
  let keptKey: K | undefined;
  let following = false;
  const parts = tables.map((table) => `idb://${db.name}/${table}/`);
  // Heard from the first read on, before it starts: a write committing while it reads drops it too.
  const followChanges = () => {
    following = true;
    Dexie.on('storagemutated', (changed) => {
      if (Object.keys(changed).some((part) => parts.some((prefix) => part.startsWith(prefix))))
        kept = undefined;
    });
  };
  return {
    get(key: K): Promise<T> {
      if (!following) followChanges();
      if (!kept || keptKey !== key) {
        const reading = read(key);
        keptKey = key;
        reading.catch(() => {
          if (kept === reading) kept = undefined;
        });
        kept = reading;
      }
      return kept;
    },
  };
}
