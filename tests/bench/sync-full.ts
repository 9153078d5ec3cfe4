import { resourceSyncs } from '../../lib/sync/resources';
import type { Sandbox } from '../sandbox/server';
import { extensionPage, syncStatusOf, waitForSyncToFinish } from '../support/extension-db';
import { apiRequests, connectedRemit, resetRequestCounts } from './connected-remit';
import { type Figure, figure } from './figures';
import { busyCpuSeconds, CORES } from './machine-cpu';
import { storeFloor } from './store-floor';
import { SYNC_BENCH_BILLS } from './sync-floor';
import { watchWorkerHeap } from './worker-heap';

/**
 * The first full sync of a 20,000-bill firm into real IndexedDB in real Chromium, timed from the
 * moment the connection shows to the sync's end; then an incremental sync with nothing changed.
 * The rate limit is lifted here: its own figures come from the rate-limited run. The machine's CPU
 * time over the sync (browser, Remit's worker and the sandbox serving the pages, which share these
 * cores) gives the least time the sync could take here with every core busy throughout.
 */
export async function syncFull(floor: { seconds: number; requests: number }): Promise<Figure[]> {
  const session = await connectedRemit({
    size: SYNC_BENCH_BILLS,
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
  });
  const cpuBefore = busyCpuSeconds();
  try {
    const { context, extensionId } = session.remit;
    const heap = await watchWorkerHeap(context, extensionId);
    const page = await extensionPage(context, extensionId);
    await waitForSyncToFinish(page, 10 * 60_000, 100);
    const seconds = (performance.now() - session.connectedAt) / 1000;
    const cpuSeconds = busyCpuSeconds() - cpuBefore;
    const heapPeakMb = await heap.stop();
    // Connecting asks Clio who the user is; that request is not part of the sync.
    const full = (await apiRequests(session.sandbox)).requests - 1;

    await resetRequestCounts(session.sandbox);
    const before = (await syncStatusOf(page)).lastCompletedAt ?? 0;
    await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        name: 'syncNow',
        request: {},
      }),
    );
    for (;;) {
      const status = await waitForSyncToFinish(page);
      if ((status.lastCompletedAt ?? 0) > before) break;
    }
    const incremental = (await apiRequests(session.sandbox)).requests;
    const stored = await storeFloor(session.remit.serviceWorker);
    // The slower of fetching the same pages and writing the same records is what a sync cannot beat.
    const slower = Math.max(
      floor.seconds,
      stored.find((f) => f.name === 'sync.store_floor.seconds')?.value ?? 0,
    );

    return [
      figure('sync.full.seconds', seconds, 's', { floor: slower, budget: slower * 1.3 }),
      figure('sync.full.cpu_seconds', cpuSeconds, 's'),
      figure('sync.full.least_seconds_on_cores', cpuSeconds / CORES, 's', { floor: slower }),
      figure('sync.full.requests', full, 'requests', { floor: floor.requests, budget: floor.requests }),
      figure('sync.incremental.requests', incremental, 'requests', {
        floor: incrementalFloor(session.sandbox),
        budget: incrementalFloor(session.sandbox),
      }),
      figure('sync.heap_peak_mb', heapPeakMb, 'MB', { budget: 40 }),
      ...stored,
    ];
  } finally {
    await session.close();
  }
}

/** Payment states a payment moves on from, which an incremental sync reads again (lib/sync/payments-delta). */
const UNSETTLED = ['pending', 'authorized', 'requires_confirmation', 'completed_requiring_allocation'];

/**
 * The fewest requests an incremental sync with nothing changed can make with what Clio documents: one
 * `updated_since` page per index that takes it; for payments, which take neither `updated_since` nor
 * `order`, the unallocated ones and, 100 ids at a time, those still under way.
 */
function incrementalFloor(sandbox: Sandbox): number {
  const sinceIndexes = resourceSyncs.filter((resource) => resource.query.updatedSince).length;
  const unsettled = sandbox.state.data.payments.rows.filter((payment) =>
    UNSETTLED.includes(payment.state),
  ).length;
  return sinceIndexes + 1 + Math.ceil(unsettled / 100);
}
