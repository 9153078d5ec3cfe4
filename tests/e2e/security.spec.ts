import type { Page } from '@playwright/test';
import type { ConnectionRecord } from '../../lib/db/records/connection';
import { extensionPage, readStore, waitForSyncToFinish } from '../support/extension-db';
import { sandboxControl } from '../support/sandbox-control';
import { waitForSyncCompletedSince } from '../support/sync-watch';
import { expect, test } from './fixtures';
import { ClioBillPage } from './pages/clio-bill-page';
import { OptionsPage } from './pages/options-page';

/**
 * Runs `expression` in Remit's content-script world on this page, as code that took over Remit's
 * content script could: with the extension's messaging, in the page's origin.
 */
async function inRemitContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === 'Remit for Clio') worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.length).toBeGreaterThan(0);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: worlds.at(-1),
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

const ask = (name: string, request: object) =>
  `chrome.runtime.sendMessage(${JSON.stringify({ name, request })})`;

async function unsharedBills(sandbox: { url: string }) {
  return (await sandboxControl(sandbox).bills()).filter(
    (bill) => bill.state === 'awaiting_payment' && !bill.shared && bill.kind === 'revenue_kind',
  );
}

test.describe('what Clio’s page can get from Remit', () => {
  test('a script in Clio’s page can neither reach into the panel nor message Remit', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const [bill] = await unsharedBills(sandbox);
    if (!bill) throw new Error('The seed has no unshared unpaid bill');
    const page = await ClioBillPage.open(context, bill.id);
    const host = page.page.locator('remit-bill-panel');
    await expect(host).toHaveCount(1);
    await expect
      .poll(() => host.evaluate((element) => element.getBoundingClientRect().height))
      .toBeGreaterThan(200);

    // Before any test locator hands the closed root to the page (see tests/support/closed-shadow.ts).
    const reach = await page.page.evaluate(() => {
      const panel = document.querySelector('remit-bill-panel') as HTMLElement;
      panel.click();
      panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return {
        shadowRoot: panel.shadowRoot === null,
        buttons: document.querySelectorAll('button').length,
        messaging: typeof runtime?.sendMessage,
      };
    });
    expect(reach).toEqual({ shadowRoot: true, buttons: expect.any(Number), messaging: 'undefined' });
    expect((await sandboxControl(sandbox).state()).sends).toEqual([]);
    await expect(page.sendAction).toBeVisible();
  });

  test('Remit’s own content script, taken over, gets no token, secret or firm figures, and sends only the bill on screen', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const [bill, other] = await unsharedBills(sandbox);
    if (!bill || !other) throw new Error('The seed needs two unshared unpaid bills');
    const control = sandboxControl(sandbox);
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('bill')).toHaveText(bill.number);

    const refused = await inRemitContentScript(
      page.page,
      `Promise.all([
        ${ask('getConnection', {})},
        ${ask('getReceivables', {})},
        ${ask('getSyncStatus', {})},
        ${ask('getPayableBills', { clientId: bill.clientId })},
        ${ask('saveSettings', { messageTemplate: 'x', settledMessageTemplate: 'y' })},
        ${ask('disconnect', {})},
        ${ask('connect', { region: 'us', clientId: 'a', clientSecret: 'b' })},
        ${ask('getCachedBillPanel', { billId: other.id })},
        ${ask('queueSend', { billId: other.id, portal: true, email: false, message: 'x' })},
        ${ask('createPaymentLinks', { billIds: [other.id], durationDays: 30 })},
      ])`,
    );
    expect(refused).toEqual(
      Array(10).fill({ ok: false, error: expect.objectContaining({ code: 'not_allowed' }) }),
    );

    const own = (await inRemitContentScript(page.page, ask('getCachedBillPanel', { billId: bill.id }))) as {
      ok: boolean;
      value: unknown;
    };
    expect(own.ok).toBe(true);
    const [connection] = await readStore<ConnectionRecord>(
      await extensionPage(context, extensionId),
      'connection',
    );
    if (!connection) throw new Error('Remit is not connected');
    const answer = JSON.stringify(own.value);
    for (const secret of [connection.accessToken, connection.refreshToken, connection.clientSecret]) {
      expect(answer).not.toContain(secret);
    }
    // Its IndexedDB is the page's, not Remit's.
    expect(
      await inRemitContentScript(page.page, 'indexedDB.databases().then((all) => all.map((d) => d.name))'),
    ).not.toContain('remit');
    expect((await control.state()).sends).toEqual([]);
    expect(
      (await control.links()).filter((link) => link.subject.id === other.id && link.subject.type === 'Bill'),
    ).toEqual([]);
  });

  test('a payment link whose address is not Clio’s own https page never becomes a link', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const link = (await control.links()).find(
      (candidate) => candidate.active && candidate.subject.type === 'Bill',
    );
    if (!link) throw new Error('The seed has no active bill link');
    const options = await OptionsPage.open(context, extensionId);
    await waitForSyncToFinish(options.page);

    for (const hostile of ['javascript:alert(document.domain)', 'https://evilclio.com/pay']) {
      await control.setLinkUrl(link.id, hostile);
      const clicked = Date.now();
      await options.sync.syncNowButton.click();
      await waitForSyncCompletedSince(options.page, clicked);
      const page = await ClioBillPage.open(context, link.subject.id);
      await expect(page.paymentLinks.locator(`[data-link-id="${link.id}"]`)).toContainText(
        'Clio gave no address on its own site for this link',
      );
      await expect(page.paymentLinks.locator('a')).toHaveCount(0);
      await page.page.close();
    }
  });
});
