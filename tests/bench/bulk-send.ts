import type { BrowserContext, Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { sandboxControl } from '../support/sandbox-control';
import { apiRequests, connectedRemit, resetRequestCounts } from './connected-remit';
import { type Figure, figure } from './figures';

const BATCH = 50;
/** Bills sent by hand for the floor: enough for a steady time per bill. */
const FLOOR_BILLS = 10;
const RUN_MS = 20 * 60_000;

/**
 * Send all with 50 bills against the sandbox under Clio's real 50-a-minute limit: seconds per bill
 * against the floor of the replica's own Send dialog driven directly, bill after bill; the API
 * requests per bill until Clio confirms every send; and 429s meanwhile.
 */
export async function bulkSendFigures(): Promise<Figure[]> {
  const session = await connectedRemit({ size: 400 });
  try {
    const { context, extensionId } = session.remit;
    const page = await extensionPage(context, extensionId);
    await waitForSyncToFinish(page, 10 * 60_000, 500);
    const unpaid = (await sandboxControl(session.sandbox).bills())
      .filter((bill) => bill.state === 'awaiting_payment' && bill.balance > 0)
      .map((bill) => bill.id);
    if (unpaid.length < BATCH + FLOOR_BILLS) throw new Error('The sandbox has too few unpaid bills');
    const floor = await dialogSecondsPerBill(context, unpaid.slice(BATCH, BATCH + FLOOR_BILLS));
    // The floor's page showed Remit's panel, whose last look at Clio may still be under way: only
    // the batch's own requests are counted.
    await untilClioQuiet(session.sandbox);

    await resetRequestCounts(session.sandbox);
    const started = performance.now();
    const { mailingId } = await ask<{ mailingId: string }>(page, 'startReview', {
      filter: { state: null, search: '', currency: null, kind: null, queue: null },
      selection: { kind: 'bills', ids: unpaid.slice(0, BATCH) },
    });
    await ask(page, 'sendAll', { mailingId });
    await untilProgress(page, (progress) => progress.sent + progress.failed + progress.skipped === BATCH);
    const seconds = (performance.now() - started) / 1000;
    await untilProgress(
      page,
      (progress) => progress.confirmed + progress.failed + progress.skipped === BATCH,
    );
    const { requests, status429 } = await apiRequests(session.sandbox);
    const { mailing } = await ask<{ mailing: { progress: Progress | null } | null }>(
      page,
      'currentMailing',
      {},
    );
    // A run that failed its bills fast is no measure of sending them.
    if (mailing?.progress?.confirmed !== BATCH)
      throw new Error(`Send all did not send every bill: ${JSON.stringify(mailing?.progress)}`);
    await page.close();
    return [
      figure('bulk.send.floor_seconds_per_bill', floor, 's'),
      figure('bulk.send.seconds_per_bill', seconds / BATCH, 's', { floor, budget: floor * 1.5 }),
      figure('bulk.confirm.requests_per_bill', requests / BATCH, 'requests', { budget: 0.05 }),
      figure('bulk.status_429', status429, 'responses', { budget: 0 }),
    ];
  } finally {
    await session.close();
  }
}

/** The replica's Send dialog as a person drives it: open the bill, Send, portal and email, Send bill. */
async function dialogSecondsPerBill(context: BrowserContext, billIds: number[]): Promise<number> {
  const page = await context.newPage();
  const started = performance.now();
  for (const id of billIds) {
    await page.goto(`https://app.clio.com/nc/#/bills/${id}`);
    await page
      .getByRole('toolbar', { name: 'Bill actions' })
      .getByRole('button', { name: 'Send', exact: true })
      .click();
    await page.getByLabel('Share via Clio for Clients').check();
    await page.getByLabel('Send via email').check();
    await page.getByLabel('Email subject').fill('Your bill');
    await page.getByLabel('Message').fill('Please find your bill.');
    await page.getByRole('button', { name: 'Send bill' }).click();
    await page.getByRole('dialog', { name: 'Send bill' }).waitFor({ state: 'detached' });
  }
  const seconds = (performance.now() - started) / 1000 / billIds.length;
  await page.close();
  return seconds;
}

/** Until the sandbox has answered no API request for two seconds. */
async function untilClioQuiet(sandbox: Sandbox): Promise<void> {
  let last = -1;
  for (;;) {
    const { requests } = await apiRequests(sandbox);
    if (requests === last) return;
    last = requests;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

interface Progress {
  sent: number;
  confirmed: number;
  failed: number;
  skipped: number;
}

async function untilProgress(page: Page, done: (progress: Progress) => boolean): Promise<void> {
  const deadline = Date.now() + RUN_MS;
  for (;;) {
    const { mailing } = await ask<{ mailing: { progress: Progress | null } | null }>(
      page,
      'currentMailing',
      {},
    );
    if (mailing?.progress && done(mailing.progress)) return;
    if (Date.now() > deadline)
      throw new Error(`Send all did not finish: ${JSON.stringify(mailing?.progress)}`);
    await page.waitForTimeout(500);
  }
}

/** One message to the background from Remit's own page, as its pages send them. */
async function ask<T>(page: Page, name: string, request: unknown): Promise<T> {
  const reply = await page.evaluate(
    (sent) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(sent),
    { name, request },
  );
  const answer = reply as { ok: boolean; value?: T; error?: unknown };
  if (!answer.ok) throw new Error(`${name} was refused: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}
