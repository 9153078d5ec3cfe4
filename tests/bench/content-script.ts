import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { billPageElements } from '../../features/bill-panel/selectors';
import { CLIO_APP_MATCHES } from '../../lib/clio/regions';
import { startSandbox } from '../sandbox/server';
import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { launchRemit } from '../support/remit-browser';
import { sandboxControl } from '../support/sandbox-control';
import { scriptMainThreadMs, traceEvents } from './chrome-trace';
import { connectedRemit } from './connected-remit';
import { type Figure, figure } from './figures';

const RUNS = 9;

const SUMMARY = billPageElements.billSummary.selector;

/**
 * What Remit costs Clio's page: the loader's main-thread time on a page without a bill, and the time
 * from opening a bill page to the panel's cached figures, against an empty content script that waits
 * for the same anchor.
 */
export async function contentScriptCost(bundles: Figure[]): Promise<Figure[]> {
  const floor = await emptyContentScriptAnchoredMs();
  const session = await connectedRemit({ size: 200 });
  try {
    const { context, extensionId } = session.remit;
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const bill = (await sandboxControl(session.sandbox).bills()).find(
      (candidate) => candidate.state === 'awaiting_payment',
    );
    if (!bill) throw new Error('The sandbox has no unpaid bill');
    const page = await context.newPage();

    const cdp = await context.newCDPSession(page);
    const loaderUrl = `chrome-extension://${extensionId}/content-scripts/clio.js`;
    const loaderTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const events = await traceEvents(cdp, async () => {
        await page.goto('https://app.clio.com/nc/#/matters');
        await page.getByRole('heading', { name: 'Matters' }).waitFor();
      });
      loaderTimes.push(scriptMainThreadMs(events, loaderUrl));
    }

    await page.addInitScript(watchForPanel);
    const paints: number[] = [];
    const afterSummary: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto('about:blank');
      await page.goto(`https://app.clio.com/nc/#/bills/${bill.id}`);
      const { painted, summaryShown } = await panelPaintedAt(page);
      paints.push(painted);
      afterSummary.push(painted - summaryShown);
    }

    const size = (name: string) => bundles.find((f) => f.name === name)?.value ?? Number.NaN;
    return [
      figure('content.loader.gzip_bytes', size('bundle.clio-loader.gzip_bytes'), 'bytes', { budget: 5120 }),
      figure('content.loader.main_thread_ms', median(loaderTimes), 'ms'),
      figure('panel.cached_paint_ms', median(paints), 'ms', { floor, budget: floor + 50 }),
      // The page's own share: Clio renders the bill's summary (the panel's anchor) after loading its data.
      figure('panel.after_clio_summary_ms', median(afterSummary), 'ms'),
      figure('panel.chunk.gzip_bytes', size('bundle.clio-features.gzip_bytes'), 'bytes'),
    ];
  } finally {
    await session.close();
  }
}

/**
 * Runs in the page before Clio's own scripts: notes when Remit's panel first shows a figure. A string,
 * so the page gets exactly this code.
 */
const watchForPanel = `(() => {
  const mark = (name) => { document.documentElement.dataset[name] = String(performance.now()); };
  new MutationObserver((_, observer) => {
    if (!document.querySelector(${JSON.stringify(SUMMARY)})) return;
    mark('summaryShownAt');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  // The panel's shadow root is closed to the page; its host grows to the full panel once the figures
  // are painted (the loading state is a single line).
  const look = () => {
    const host = document.querySelector('remit-bill-panel');
    if (host && host.getBoundingClientRect().height > 200) mark('panelPaintedAt');
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

async function panelPaintedAt(page: Page): Promise<{ painted: number; summaryShown: number }> {
  await page.waitForFunction(() => document.documentElement.dataset.panelPaintedAt !== undefined, undefined, {
    timeout: 30_000,
  });
  const marks = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  return { painted: Number(marks.panelPaintedAt), summaryShown: Number(marks.summaryShownAt) };
}

/**
 * The floor: a content script on the same bill page that does nothing but note when both it and
 * Clio's bill summary are there. The panel goes beside the summary, which Clio draws only once it has
 * loaded the bill, so no panel can paint before that; a floor of the script's arrival alone would
 * count Clio's own loading as Remit's.
 */
async function emptyContentScriptAnchoredMs(): Promise<number> {
  const folder = await mkdtemp(path.join(tmpdir(), 'remit-empty-content-script-'));
  await writeFile(
    path.join(folder, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [{ matches: CLIO_APP_MATCHES, js: ['anchored.js'], run_at: 'document_idle' }],
      // An idle worker only so the browser harness finds the extension as it finds Remit.
      background: { service_worker: 'worker.js' },
    }),
  );
  await writeFile(path.join(folder, 'worker.js'), '');
  await writeFile(
    path.join(folder, 'anchored.js'),
    `const anchored = () => {
  if (!document.querySelector(${JSON.stringify(SUMMARY)})) return false;
  document.documentElement.dataset.anchoredAt = String(performance.now());
  return true;
};
if (!anchored())
  new MutationObserver((_, observer) => anchored() && observer.disconnect()).observe(document, {
    childList: true,
    subtree: true,
  });
`,
  );
  const sandbox = await startSandbox({ tls: true, size: 200 });
  const browser = await launchRemit({ sandboxPort: sandbox.port, extensionDir: folder });
  try {
    const bill = (await sandboxControl(sandbox).bills()).find(
      (candidate) => candidate.state === 'awaiting_payment',
    );
    const page = await browser.context.newPage();
    const anchorings: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto('about:blank');
      await page.goto(`https://app.clio.com/nc/#/bills/${bill?.id ?? 1}`);
      await page.waitForFunction(() => document.documentElement.dataset.anchoredAt !== undefined);
      anchorings.push(Number(await page.evaluate(() => document.documentElement.dataset.anchoredAt)));
    }
    return median(anchorings);
  } finally {
    await browser.close();
    await sandbox.close();
    await rm(folder, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
