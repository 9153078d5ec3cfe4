import type { Page } from '@playwright/test';
import { extensionPage, syncStatusOf, waitForSyncToFinish } from '../support/extension-db';
import { loopbackJson } from '../support/loopback-https';
import { sandboxControl } from '../support/sandbox-control';
import { apiRequests, connectedRemit } from './connected-remit';
import { type Figure, figure } from './figures';

/** Enough data for about seventy requests: the sync has to wait out Clio's 50-a-minute window. */
const BILLS = 8_000;
const LATENCY_MS = 300;

/**
 * A full sync under Clio's real rate limit (50 requests a minute): how many 429s it causes, and how
 * many background requests a bill opened meanwhile waits for. Every API answer is slowed a little
 * while the bill is asked for, so the request in flight is easy to tell from the ones after it.
 */
export async function syncRateLimited(): Promise<Figure[]> {
  const session = await connectedRemit({ size: BILLS });
  try {
    const { sandbox } = session;
    const page = await extensionPage(session.remit.context, session.remit.extensionId);
    const bill = (await sandboxControl(sandbox).bills()).find(
      (candidate) => candidate.state === 'awaiting_payment',
    );
    if (!bill) throw new Error('The sandbox has no unpaid bill');

    await setLatency(sandbox.url, LATENCY_MS);
    await waitForBillPages(page, 3);
    const before = await backgroundRequests(sandbox);
    await askForBill(page, bill.id);
    const waited = (await backgroundRequests(sandbox)) - before;
    await setLatency(sandbox.url, 0);

    await waitForSyncToFinish(page, 10 * 60_000, 500);
    const { status429 } = await apiRequests(sandbox);
    return [
      figure('sync.ratelimited.status_429', status429, 'responses', { budget: 0 }),
      figure('sync.interactive_wait.requests', waited, 'requests', { budget: 1 }),
    ];
  } finally {
    await session.close();
  }
}

async function setLatency(sandboxUrl: string, latencyMs: number): Promise<void> {
  const faults = latencyMs > 0 ? [{ kind: 'latency', rate: 1, latencyMs, path: '/api/v4/' }] : [];
  await loopbackJson(`${sandboxUrl}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
}

async function waitForBillPages(page: Page, pages: number): Promise<void> {
  for (;;) {
    const status = await syncStatusOf(page);
    const bills = status.resources.find((resource) => resource.resource === 'bills');
    if (bills && bills.pages >= pages) return;
    await page.waitForTimeout(50);
  }
}

/** Every API request answered so far except single-bill reads. */
async function backgroundRequests(sandbox: { url: string }): Promise<number> {
  const { requests } = await loopbackJson<{ requests: { byPath: Record<string, number> } }>(
    `${sandbox.url}/__sandbox/state`,
  );
  return Object.entries(requests.byPath)
    .filter(([route]) => route.includes(' /api/v4/') && !route.includes('/bills/:id'))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** What the bill panel does when a bill page opens. */
async function askForBill(page: Page, billId: number): Promise<void> {
  await page.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
    };
    const reply = await chrome.runtime.sendMessage({ name: 'refreshBillPanel', request: { billId: id } });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
  }, billId);
}
