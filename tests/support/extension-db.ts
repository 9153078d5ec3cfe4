import type { BrowserContext, Page } from '@playwright/test';
import type { SyncStatus } from '@/lib/sync/messages';

/**
 * Reads Remit's real IndexedDB from one of its own pages (same origin as the service worker), with
 * the plain IndexedDB API, so the check does not go through Remit's code.
 */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('remit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(name)) {
            database.close();
            resolve([]);
            return;
          }
          const request = database.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** An extension page to read the database and talk to the worker from. */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** Asks the worker for the sync status the way the popup does (this also wakes a stopped worker). */
export async function syncStatusOf(page: Page): Promise<SyncStatus> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value: unknown }> } };
    };
    const reply = await chrome.runtime.sendMessage({ name: 'getSyncStatus', request: {} });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return reply.value as SyncStatus;
  });
}

/** Waits until a sync has completed and none runs. */
export async function waitForSyncToFinish(page: Page, timeoutMs = 60_000, pollMs = 200): Promise<SyncStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await syncStatusOf(page);
    if (!status.running && status.lastCompletedAt !== null && !status.resources.some((r) => r.running))
      return status;
    if (Date.now() > deadline) throw new Error(`Sync did not finish: ${JSON.stringify(status)}`);
    await page.waitForTimeout(pollMs);
  }
}
