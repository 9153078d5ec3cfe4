import type { Worker } from '@playwright/test';
import { type Figure, figure } from './figures';

/**
 * The floor for storing what a full sync stored: the same records written again, in pages of 200, by
 * plain IndexedDB calls into a fresh database with the same stores and indexes, in the same worker.
 * Written as a string: the worker runs it as is, untouched by this script's compiler.
 */
const rewriteEverything = `(async () => {
  const open = (name, upgrade) => new Promise((resolve, reject) => {
    const request = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
    if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  const source = await open('remit');
  const stores = ['bills', 'contacts', 'matters', 'bankAccounts', 'allocations', 'paymentLinks', 'payments']
    .filter((name) => source.objectStoreNames.contains(name));
  const plans = [];
  for (const name of stores) {
    const tx = source.transaction(name);
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].map((index) => [index, store.index(index).keyPath, store.index(index).multiEntry]);
    const records = await new Promise((resolve) => { const r = store.getAll(); r.onsuccess = () => resolve(r.result); });
    plans.push({ name, keyPath: store.keyPath, indexes, records });
  }
  source.close();
  const target = await open('remit-store-floor', (db) => {
    for (const plan of plans) {
      const store = db.createObjectStore(plan.name, { keyPath: plan.keyPath });
      for (const [index, keyPath, multiEntry] of plan.indexes) store.createIndex(index, keyPath, { multiEntry });
    }
  });
  const started = performance.now();
  for (const plan of plans) {
    for (let at = 0; at < plan.records.length; at += 200) {
      const tx = target.transaction(plan.name, 'readwrite');
      const store = tx.objectStore(plan.name);
      for (const record of plan.records.slice(at, at + 200)) store.put(record);
      await done(tx);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  target.close();
  await new Promise((resolve) => { const r = indexedDB.deleteDatabase('remit-store-floor'); r.onsuccess = resolve; r.onerror = resolve; });
  return { seconds, records: plans.reduce((sum, plan) => sum + plan.records.length, 0) };
})()`;

export async function storeFloor(serviceWorker: Worker): Promise<Figure[]> {
  const { seconds, records } = (await serviceWorker.evaluate(rewriteEverything)) as {
    seconds: number;
    records: number;
  };
  return [
    figure('sync.store_floor.seconds', seconds, 's'),
    figure('sync.store_floor.records', records, 'records'),
  ];
}
