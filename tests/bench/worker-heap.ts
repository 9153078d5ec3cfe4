import type { BrowserContext } from '@playwright/test';

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Samples the JS heap of Remit's service worker through the DevTools protocol while work runs, and
 * reports the peak. The worker has no page of its own, so the protocol is reached through an
 * extension page's session and the worker's target.
 */
export async function watchWorkerHeap(context: BrowserContext, extensionId: string, everyMs = 100) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) =>
      target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) throw new Error('Remit’s service worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  const pending = new Map<number, Pending>();
  let lastId = 0;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter || message.id === undefined) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });
  const call = <T>(method: string) =>
    new Promise<T>((resolve, reject) => {
      lastId += 1;
      pending.set(lastId, { resolve: resolve as (result: unknown) => void, reject });
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: lastId, method }),
      });
    });

  let peakBytes = 0;
  let stopped = false;
  const sampling = (async () => {
    while (!stopped) {
      const { usedSize } = await call<{ usedSize: number }>('Runtime.getHeapUsage');
      peakBytes = Math.max(peakBytes, usedSize);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();

  return {
    /** Stops sampling and returns the peak heap in MB. */
    async stop(): Promise<number> {
      stopped = true;
      await sampling;
      await page.close();
      return peakBytes / (1024 * 1024);
    },
  };
}
