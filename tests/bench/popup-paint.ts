import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { launchRemit } from '../support/remit-browser';
import { connectedRemit } from './connected-remit';
import { type Figure, figure } from './figures';

const ROUNDS = 15;
/** The popup's outstanding figure; the blank page carries the same element, so both are timed alike. */
const TOTALS = '[data-figure="outstanding"] [data-value]';

/**
 * How long the popup takes from opening to its totals on screen, with 1,000 and with 50,000 cached
 * bills (it reads a summary, so the two should match), against a blank extension page opened the same
 * way. The three are opened in turn, round after round, so a busy moment of the machine weighs on all
 * of them alike.
 */
export async function popupPaint(bundles: Figure[]): Promise<Figure[]> {
  const pages: TimedPage[] = [];
  try {
    pages.push(await blankExtension());
    pages.push(await popupWithCache(1_000));
    pages.push(await popupWithCache(50_000));
    const times: number[][] = pages.map(() => []);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, page] of pages.entries()) times[index]?.push(await openingMs(page));
    }
    const [floor, smallMs, largeMs] = times.map(median) as [number, number, number];
    const gzipBytes = bundles.find((f) => f.name === 'bundle.popup.gzip_bytes')?.value ?? Number.NaN;
    return [
      figure('popup.totals_paint_ms.1k', smallMs, 'ms', { floor, budget: floor + 100 }),
      figure('popup.totals_paint_ms.50k', largeMs, 'ms', { floor, budget: floor + 100 }),
      figure('popup.gzip_bytes', gzipBytes, 'bytes'),
    ];
  } finally {
    for (const page of pages) await page.dispose();
  }
}

/** A page opened again and again at one URL, and how to shut down the browser it lives in. */
interface TimedPage {
  page: Page;
  url: string;
  dispose(): Promise<void>;
}

/**
 * Runs in the page before its own scripts: notes, by the page's clock, the first frame in which the
 * totals exist. A string, so the page gets exactly this code.
 */
const watchForTotals = `(() => {
  const look = () => {
    if (document.querySelector('${TOTALS}'))
      document.documentElement.dataset.totalsPaintedAt = String(performance.now());
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

async function timedPage(
  context: BrowserContext,
  url: string,
  dispose: () => Promise<void>,
): Promise<TimedPage> {
  const page = await context.newPage();
  await page.addInitScript(watchForTotals);
  return { page, url, dispose };
}

/** From navigation start to the totals on screen, by the page's own clock. */
async function openingMs({ page, url }: TimedPage): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(
    () => document.documentElement.dataset.totalsPaintedAt !== undefined,
    undefined,
    {
      timeout: 30_000,
    },
  );
  return Number(await page.evaluate(() => document.documentElement.dataset.totalsPaintedAt));
}

async function popupWithCache(bills: number): Promise<TimedPage> {
  // The rate limit is lifted: only the cached figures matter here, not how long Clio takes to send them.
  const session = await connectedRemit({
    size: bills,
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
  });
  const { context, extensionId } = session.remit;
  const page = await extensionPage(context, extensionId);
  await waitForSyncToFinish(page, 10 * 60_000, 500);
  await untilSettled(page);
  await page.close();
  return timedPage(context, `chrome-extension://${extensionId}/popup.html`, () => session.close());
}

/**
 * After a large sync, Chromium compacts IndexedDB's store and the worker collects the sync's garbage
 * for a while; any read meanwhile can take hundreds of milliseconds. The popup is opened long after a
 * sync in practice, so the figure waits until the popup's own message answers quickly five times running.
 */
async function untilSettled(page: Page): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quick = 0;
  while (quick < 5 && Date.now() < deadline) {
    quick = (await receivablesAnswerMs(page)) < 20 ? quick + 1 : 0;
    await page.waitForTimeout(250);
  }
}

/** How long the background takes to answer the popup's one message, asked from a page of Remit's. */
function receivablesAnswerMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    };
    const started = performance.now();
    await chrome.runtime.sendMessage({ name: 'getReceivables', request: {} });
    return performance.now() - started;
  });
}

/** The floor: an extension page that holds the same element in its HTML and runs nothing. */
async function blankExtension(): Promise<TimedPage> {
  const folder = await mkdtemp(path.join(tmpdir(), 'remit-blank-page-'));
  await writeFile(
    path.join(folder, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Blank page',
      version: '1.0',
      // An idle worker only so the browser harness finds the extension as it finds Remit.
      background: { service_worker: 'worker.js' },
    }),
  );
  await writeFile(path.join(folder, 'worker.js'), '');
  await writeFile(
    path.join(folder, 'blank.html'),
    '<!doctype html><html lang="en"><title>Blank</title><p data-figure="outstanding"><span data-value>$0.00</span></p></html>\n',
  );
  const sandbox = await startSandbox({ tls: true });
  const browser = await launchRemit({ sandboxPort: sandbox.port, extensionDir: folder });
  return timedPage(browser.context, `chrome-extension://${browser.extensionId}/blank.html`, async () => {
    await browser.close();
    await sandbox.close();
    await rm(folder, { recursive: true, force: true });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
