import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { launchRemit } from '../support/remit-browser';

/** A page opened again and again at one URL, the element that says it painted, and how to shut down. */
export interface TimedPage {
  page: Page;
  url: string;
  dispose(): Promise<void>;
}

/**
 * Runs in the page before its own scripts: notes, by the page's clock, the first frame in which an
 * element matching `selector` exists. A string, so the page gets exactly this code.
 */
const watchFor = (selector: string) => `(() => {
  const look = () => {
    if (document.querySelector(${JSON.stringify(selector)}))
      document.documentElement.dataset.paintedAt = String(performance.now());
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

export async function timedPage(
  context: BrowserContext,
  url: string,
  selector: string,
  dispose: () => Promise<void>,
): Promise<TimedPage> {
  const page = await context.newPage();
  await page.addInitScript(watchFor(selector));
  return { page, url, dispose };
}

/** From navigation start to the element on screen, by the page's own clock. */
export async function openingMs({ page, url }: TimedPage): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.paintedAt !== undefined, undefined, {
    timeout: 30_000,
  });
  return Number(await page.evaluate(() => document.documentElement.dataset.paintedAt));
}

/**
 * After a large sync, Chromium compacts IndexedDB's store and the worker collects the sync's garbage
 * for a while; any read meanwhile can take hundreds of milliseconds. A page is opened long after a
 * sync in practice, so figures wait until the page's first message answers quickly five times running.
 */
export async function untilSettled(page: Page, message: { name: string; request: unknown }): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quick = 0;
  while (quick < 5 && Date.now() < deadline) {
    quick = (await answerMs(page, message)) < 20 ? quick + 1 : 0;
    await page.waitForTimeout(250);
  }
}

/** How long the background takes to answer one message, asked from a page of Remit's. */
export function answerMs(page: Page, message: { name: string; request: unknown }): Promise<number> {
  return page.evaluate(async (sent) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    };
    const started = performance.now();
    await chrome.runtime.sendMessage(sent);
    return performance.now() - started;
  }, message);
}

/** The floor: an extension page that holds the watched element in its HTML (`body`) and runs nothing. */
export async function blankExtension(body: string, selector: string): Promise<TimedPage> {
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
    `<!doctype html><html lang="en"><title>Blank</title>${body}</html>\n`,
  );
  const sandbox = await startSandbox({ tls: true });
  const browser = await launchRemit({ sandboxPort: sandbox.port, extensionDir: folder });
  const url = `chrome-extension://${browser.extensionId}/blank.html`;
  return timedPage(browser.context, url, selector, async () => {
    await browser.close();
    await sandbox.close();
    await rm(folder, { recursive: true, force: true });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
