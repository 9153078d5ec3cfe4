import type { Worker } from '@playwright/test';
import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { sandboxControl } from '../support/sandbox-control';
import { connectedRemit } from './connected-remit';
import { type Figure, figure } from './figures';

const WATCH_MS = 60_000;

/**
 * What open pages cost the background while nothing happens: the popup and a bill page's panel left
 * open for a minute after a sync, counting every message and port that reaches the service worker.
 * Pages are told of changes; they should not ask when nothing changes.
 */
export async function idleMessages(): Promise<Figure[]> {
  const session = await connectedRemit({ size: 200 });
  try {
    const { context, extensionId } = session.remit;
    const watcher = await extensionPage(context, extensionId);
    await waitForSyncToFinish(watcher);
    await watcher.close();
    const bill = (await sandboxControl(session.sandbox).bills()).find(
      (candidate) => candidate.state === 'awaiting_payment',
    );
    if (!bill) throw new Error('The sandbox has no unpaid bill');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('[data-figure="outstanding"] [data-value]').first().waitFor();
    const clio = await context.newPage();
    await clio.goto(`https://app.clio.com/nc/#/bills/${bill.id}`);
    await clio.locator('remit-bill-panel').waitFor({ state: 'attached' });
    // Let the panel's first check with Clio finish: only what follows is idle.
    await clio.waitForTimeout(5_000);

    const worker = context.serviceWorkers().find((candidate) => candidate.url().includes(extensionId));
    if (!worker) throw new Error('Remit’s service worker is not running');
    await startCounting(worker);
    await clio.waitForTimeout(WATCH_MS);
    const count = await worker.evaluate(() => (globalThis as { remitBenchCount?: number }).remitBenchCount);
    if (count === undefined) throw new Error('The service worker restarted while it was watched');
    return [figure('ui.idle_messages_per_minute', (count * 60_000) / WATCH_MS, 'messages', { budget: 2 })];
  } finally {
    await session.close();
  }
}

/**
 * Counts, inside the worker, each message and each port opened to it from now on. A string, so the
 * worker gets exactly this code (the bench's own compiler would wrap named functions in helpers).
 */
const countInWorker = `(() => {
  globalThis.remitBenchCount = 0;
  const count = () => {
    globalThis.remitBenchCount += 1;
    return false;
  };
  chrome.runtime.onMessage.addListener(count);
  chrome.runtime.onConnect.addListener(count);
})()`;

async function startCounting(worker: Worker): Promise<void> {
  await worker.evaluate(countInWorker);
}
