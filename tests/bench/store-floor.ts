import type { Worker } from '@playwright/test';
import { type Figure, figure } from './figures';
import { busyCpuSeconds } from './machine-cpu';

/**
 * The floor for storing what a full sync stored: the same records written again, in pages of 200, by
 * plain IndexedDB calls into a fresh database with the same stores and indexes, in the same worker.
 * They are read first and kept in the worker, so that the machine's CPU time counted around the
 * writing is the writing's. Written as strings: the worker runs them as they are, untouched by this
 * script's compiler.
 */
const readEverything = `(async () => {
  const source = await new Promise((resolve, reject) => {
    const request = indexedDB.open('remit');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
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
  globalThis.storeFloorPlans = plans;
})()`;

const writeEverything = `(async () => {
  const plans = globalThis.storeFloorPlans;
  delete globalThis.storeFloorPlans;
  const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  const target = await new Promise((resolve, reject) => {
    const request = indexedDB.open('remit-store-floor', 1);
    request.onupgradeneeded = () => {
      for (const plan of plans) {
        const store = request.result.createObjectStore(plan.name, { keyPath: plan.keyPath });
        for (const [index, keyPath, multiEntry] of plan.indexes) store.createIndex(index, keyPath, { multiEntry });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
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
  await serviceWorker.evaluate(readEverything);
  const cpuBefore = busyCpuSeconds();
  const { seconds, records } = (await serviceWorker.evaluate(writeEverything)) as {
    seconds: number;
    records: number;
  };
  return [
    figure('sync.store_floor.seconds', seconds, 's'),
    figure('sync.store_floor.cpu_seconds', busyCpuSeconds() - cpuBefore, 's'),
    figure('sync.store_floor.records', records, 'records'),
  ];
}
