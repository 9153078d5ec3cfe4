import type { Page } from '@playwright/test';
import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { connectedRemit } from './connected-remit';
import {
  answerMs,
  blankExtension,
  median,
  openingMs,
  type TimedPage,
  timedPage,
  untilSettled,
} from './extension-page-timing';
import { type Figure, figure } from './figures';

const ROUNDS = 15;
const BILLS = 50_000;
/** A row of the bills table holding a bill; the blank page carries one too, so both are timed alike. */
const FIRST_ROW = 'tbody tr[data-bill-id]';
/** The workspace's first question: every bill, oldest due first. */
const FIRST_QUERY = {
  name: 'queryBills',
  request: {
    filter: { state: null, search: '', currency: null, kind: null, queue: null },
    sort: { column: 'due', direction: 'ascending' },
    offset: 0,
    limit: 100,
  },
};

/**
 * The collections workspace with 50,000 cached bills: from opening to its first rows, against a blank
 * extension page opened the same way, round after round; then from choosing a queue to the rows of
 * that queue on screen.
 */
export async function workspaceFigures(): Promise<Figure[]> {
  const pages: TimedPage[] = [];
  try {
    pages.push(
      await blankExtension('<table><tbody><tr data-bill-id="1"><td>1</td></tr></tbody></table>', FIRST_ROW),
    );
    const workspace = await workspaceWithCache(BILLS);
    pages.push(workspace);
    const times: number[][] = pages.map(() => []);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, page] of pages.entries()) times[index]?.push(await openingMs(page));
    }
    const [floor, openMs] = times.map(median) as [number, number];
    const filterTimes: number[] = [];
    // The page shows every bill after its last opening; each round picks the queue, then goes back.
    for (let round = 0; round < ROUNDS; round += 1) {
      filterTimes.push(await queueChosenMs(workspace.page, 'Overdue'));
      await queueChosenMs(workspace.page, 'All bills');
    }
    // Today's reminders, worked out afresh from the cache on each ask, as the badge and popup ask.
    const reminderTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      reminderTimes.push(await answerMs(workspace.page, { name: 'remindersDueCount', request: {} }));
    }
    // The insight's figures over every bill and its payments, the reads kept from the first ask on.
    const insightTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      insightTimes.push(await answerMs(workspace.page, { name: 'getInsight', request: {} }));
    }
    return [
      figure('bulk.workspace.open_ms.50k', openMs, 'ms', { floor, budget: floor + 300 }),
      figure('bulk.workspace.filter_ms.50k', median(filterTimes), 'ms', { budget: 100 }),
      figure('reminders.due_ms.50k', median(reminderTimes), 'ms', { budget: 200 }),
      figure('insight.compute_ms.50k', median(insightTimes), 'ms', { budget: 300 }),
    ];
  } finally {
    for (const page of pages) await page.dispose();
  }
}

async function workspaceWithCache(bills: number): Promise<TimedPage> {
  // The rate limit is lifted: only the cached bills matter here, not how long Clio takes to send them.
  const session = await connectedRemit({ size: bills, rateLimit: { limit: 1_000_000, windowMs: 60_000 } });
  const { context, extensionId } = session.remit;
  const page = await extensionPage(context, extensionId);
  await waitForSyncToFinish(page, 10 * 60_000, 500);
  await untilSettled(page, FIRST_QUERY);
  await page.close();
  const url = `chrome-extension://${extensionId}/collections.html`;
  return timedPage(context, url, FIRST_ROW, () => session.close());
}

/**
 * Runs in the page: from the change of the queue, as the page hears it, to the frame after the table
 * holds the new count's rows (the count of matches changed, the table no longer busy, a bill's row in
 * it). A string, so the page gets exactly this code.
 */
// `void`: the page is left waiting, not the caller.
const watchQueueChange = `void (window.queueChangeMs = new Promise((resolve) => {
  const count = document.querySelector('[data-count="matching"]');
  const before = count && count.textContent;
  let changedAt;
  addEventListener('change', () => { changedAt = performance.now(); }, { capture: true, once: true });
  const look = () => {
    const table = document.querySelector('table[aria-busy]');
    const updated =
      changedAt !== undefined &&
      count.textContent !== before &&
      table && table.getAttribute('aria-busy') === 'false' &&
      table.querySelector('tbody tr[data-bill-id]');
    if (updated) requestAnimationFrame(() => resolve(performance.now() - changedAt));
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}))`;

async function queueChosenMs(page: Page, queue: string): Promise<number> {
  await page.evaluate(watchQueueChange);
  await page.getByRole('search').getByLabel('Queue').selectOption({ label: queue });
  return Number(await page.evaluate('window.queueChangeMs'));
}
