import type { BrowserContext } from '@playwright/test';

/**
 * Stops the extension's service worker as Chrome does when it idles out, through the DevTools
 * protocol (Chrome never idles it while Playwright is attached), and wakes it with a message.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const cdp = await context.newCDPSession(page);
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((version) =>
          version.scriptURL.startsWith(`chrome-extension://${extensionId}/`),
        );
        if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/** Wakes a stopped worker the way a real event would: a runtime message from an extension page. */
export async function wakeServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate(() => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return chrome.runtime.sendMessage({ name: 'getConnection', request: {} });
    });
  } finally {
    await page.close();
  }
}

interface ExtensionGlobals {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}
