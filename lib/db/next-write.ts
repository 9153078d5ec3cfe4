import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from './database';

/**
 * Settles at the next committed write to one of `tables`, by this context or another, or after
 * `timeoutMs` at the latest. Asked before a read, it cannot miss a write made after that read.
 */
export function nextWrite(tables: readonly string[], timeoutMs: number): Promise<void> {
  const parts = tables.map((table) => `idb://${db.name}/${table}/`);
  return new Promise((resolve) => {
    const listener = (changed: ObservabilitySet) => {
      if (Object.keys(changed).some((part) => parts.some((prefix) => part.startsWith(prefix)))) done();
    };
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(listener);
      resolve();
    }
    Dexie.on.storagemutated.subscribe(listener);
  });
}
