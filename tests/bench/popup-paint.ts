import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { connectedRemit } from './connected-remit';
import {
  blankExtension,
  median,
  openingMs,
  type TimedPage,
  timedPage,
  untilSettled,
} from './extension-page-timing';
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
    pages.push(
      await blankExtension(`<p data-figure="outstanding"><span data-value>$0.00</span></p>`, TOTALS),
    );
    pages.push(await popupWithCache(1_000));
    pages.push(await popupWithCache(50_000));
    const times: number[][] = pages.map(() => []);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, page] of pages.entries()) times[index]?.push(await openingMs(page));
    }
    const [floor, smallMs, largeMs] = times.map(median) as [number, number, number];
    const gzipBytes = bundles.find((f) => f.name === 'bundle.popup.gzip_bytes')?.value ?? Number.NaN;
    return [
      figure('popup.totals_paint_ms.1k', smallMs, 'ms', { floor, budget: floor + 50 }),
      figure('popup.totals_paint_ms.50k', largeMs, 'ms', { floor, budget: floor + 50 }),
      figure('popup.gzip_bytes', gzipBytes, 'bytes'),
    ];
  } finally {
    for (const page of pages) await page.dispose();
  }
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
  await untilSettled(page, { name: 'getReceivables', request: {} });
  await page.close();
  return timedPage(context, `chrome-extension://${extensionId}/popup.html`, TOTALS, () => session.close());
}
