import type { BillRecord } from '../../lib/db/records/bill';
import type { Fault } from '../sandbox/faults/faults';
import { expectBillsToMatch } from '../support/cache-matches';
import { readStore, waitForSyncToFinish } from '../support/extension-db';
import { sandboxControl } from '../support/sandbox-control';
import { quietExtensionPage, storedSyncState, waitForStoredPages } from '../support/sync-watch';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

/** Slows every page of bills, so a first sync is still running when the test steps in. */
const slowBills = (latencyMs: number): Fault => ({
  kind: 'latency',
  rate: 1,
  latencyMs,
  path: '/api/v4/bills',
});

/** Remit's rate budget is tested elsewhere; here the limit must not stretch a long sync. */
const roomyRateLimit = { limit: 1_000, windowMs: 60_000 };

test.describe('a stopped service worker', () => {
  // Fifteen pages of bills: room to stop the worker at several points of one run.
  test.use({ sandboxOptions: { size: 3000, rateLimit: roomyRateLimit } });

  test('stopped again and again mid-sync, the sync resumes by itself and ends identical to Clio', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    const control = sandboxControl(sandbox);
    await control.injectFaults([slowBills(400)]);
    const options = await OptionsPage.open(context, extensionId);
    await options.connectWithSandboxApp();
    await options.page.close();
    const page = await quietExtensionPage(context, extensionId);

    const stops = [2, 6, 10];
    for (const pages of stops) {
      await waitForStoredPages(page, 'bills', pages);
      await worker.stop();
      expect((await storedSyncState(page, 'bills'))?.nextUrl, 'a run cut short').not.toBeNull();
      await worker.wake();
    }
    const status = await waitForSyncToFinish(page);

    expect(status.error).toBeNull();
    const bills = await control.bills();
    expectBillsToMatch(await readStore<BillRecord>(page, 'bills'), bills);
    // Resumed at its checkpoint: each stop costs at most the pages in flight, never a fresh start.
    const listed = bills.filter((bill) => bill.state !== 'deleted');
    // Those awaiting payment first, then every bill.
    const owed = listed.filter((bill) => bill.state === 'awaiting_payment');
    const pages = Math.ceil(owed.length / 200) + Math.ceil(listed.length / 200);
    const requested = (await control.state()).requests.byPath['GET /api/v4/bills'] ?? 0;
    expect(requested).toBeLessThanOrEqual(pages + 2 * stops.length);
  });
});

test.describe('tokens', () => {
  test.use({ sandboxOptions: { size: 600 } });

  test('an access token that expires mid-sync is refreshed and the sync completes', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const control = sandboxControl(sandbox);
    await control.injectFaults([slowBills(500)]);
    const options = await OptionsPage.open(context, extensionId);
    await options.connectWithSandboxApp();
    await waitForStoredPages(options.page, 'bills', 1);

    await control.expireTokens();
    const status = await waitForSyncToFinish(options.page);

    expect(status.error).toBeNull();
    expectBillsToMatch(await readStore<BillRecord>(options.page, 'bills'), await control.bills());
    // The sign-in's code exchange, then one refresh.
    expect((await control.state()).requests.byPath['POST /oauth/token']).toBe(2);
    await expect(options.reconnectButton).toBeHidden();
  });

  test('revoked tokens ask to reconnect and keep the cache; reconnecting resumes where it was', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const options = await OptionsPage.open(context, extensionId);
    await waitForSyncToFinish(options.page);

    await control.revokeTokens();
    await options.sync.syncNowButton.click();

    await expect(options.reconnectButton).toBeVisible();
    await expect(options.connection.getByRole('alert')).toContainText(
      'Clio no longer accepts Remit’s sign-in.',
    );
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.alert).toContainText('Reconnect to Clio');
    await expect(popup.action('Reconnect to Clio')).toBeVisible();
    await popup.page.close();
    const bills = await control.bills();
    expectBillsToMatch(await readStore<BillRecord>(options.page, 'bills'), bills);

    await control.resetRequestCounters();
    const reconnected = Date.now();
    await options.reconnect();

    await expect(options.connectionDetail('Connected as')).toBeVisible();
    const status = await waitForSyncToFinish(options.page);
    expect(status.lastCompletedAt).toBeGreaterThanOrEqual(reconnected);
    expect(status.error).toBeNull();
    expectBillsToMatch(await readStore<BillRecord>(options.page, 'bills'), bills);
    // The cache was kept: only changes are asked for, one page of bills where a full sync needs three.
    expect((await control.state()).requests.byPath['GET /api/v4/bills']).toBe(1);
  });
});

test.describe('an unreliable Clio', () => {
  test.use({ sandboxOptions: { size: 1200 } });

  test('429s, 5xx, resets and cut-off answers on a fifth of requests: the sync still matches Clio', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const control = sandboxControl(sandbox);
    const faults: Fault[] = (['429', '500', '502', '503', 'reset', 'truncated'] as const).map((kind) => ({
      kind,
      // Six independent draws of 3.65% each: one request in five meets a fault.
      rate: 0.0365,
      path: '/api/v4/',
    }));
    await control.injectFaults(faults, 7);
    const options = await OptionsPage.open(context, extensionId);
    await options.connectWithSandboxApp();

    const status = await waitForSyncToFinish(options.page, 120_000);

    expect(status.error).toBeNull();
    expectBillsToMatch(await readStore<BillRecord>(options.page, 'bills'), await control.bills());
    const { byStatus } = (await control.state()).requests;
    const faulted = ['429', '500', '502', '503', 'reset'].reduce(
      (sum, code) => sum + (byStatus[code] ?? 0),
      0,
    );
    expect(faulted, 'faults met on the way').toBeGreaterThan(0);
  });
});
