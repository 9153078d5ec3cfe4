import type { BrowserContext } from '@playwright/test';
import type { Fault } from '../sandbox/faults/faults';
import { expectedReceivables } from '../support/expected-receivables';
import { waitForSyncToFinish } from '../support/extension-db';
import { usd } from '../support/money-text';
import { expectPopupToShow } from '../support/popup-matches';
import { type SandboxBill, sandboxControl } from '../support/sandbox-control';
import { waitForSyncCompletedSince } from '../support/sync-watch';
import { expect, test } from './fixtures';
import { ClientPortal } from './pages/client-portal';
import { ClioBillPage } from './pages/clio-bill-page';
import { PopupPage } from './pages/popup-page';

const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.now() + days * 86_400_000,
  );

/** Unpaid invoices in USD with nothing paid, pending or linked yet, the first `count` of them. */
async function unpaidInvoices(sandbox: { url: string }, count: number): Promise<SandboxBill[]> {
  const control = sandboxControl(sandbox);
  const linked = new Set((await control.links()).map((link) => link.subject.id));
  const bills = (await control.bills()).filter(
    (bill) =>
      bill.state === 'awaiting_payment' &&
      bill.kind === 'revenue_kind' &&
      bill.currency === 'USD' &&
      bill.paid === 0 &&
      bill.pending === 0 &&
      !linked.has(bill.id),
  );
  if (bills.length < count) throw new Error(`The seed has fewer than ${count} unpaid invoices`);
  return bills.slice(0, count);
}

async function linksOf(sandbox: { url: string }, billId: number) {
  return (await sandboxControl(sandbox).links()).filter(
    (link) => link.subject.type === 'Bill' && link.subject.id === billId,
  );
}

test.describe('a payment link for one bill', () => {
  test('is made for the outstanding balance into operating, copied, and expired', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://app.clio.com' });
    const [bill] = (await unpaidInvoices(sandbox, 1)) as [SandboxBill];
    const control = sandboxControl(sandbox);
    const operating = (await control.bankAccounts()).find(
      (account) =>
        account.type === 'Operating' && account.currency === 'USD' && account.clio_payments_enabled,
    );
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('bill')).toHaveText(bill.number);

    await page.createLink();

    await expect(page.linkItems).toHaveCount(1);
    await expect(page.linkItems.first()).toContainText(
      `Active for ${usd(bill.balance)}, until ${inDays(30)}`,
    );
    const [link] = await linksOf(sandbox, bill.id);
    expect(link).toMatchObject({ amount: bill.balance, active: true, destinationAccountId: operating?.id });

    await page.linkItems.first().getByRole('button', { name: 'Copy link' }).click();
    await expect(page.linkItems.first().getByRole('status')).toHaveText('Link copied');
    // The link as Clio gives it to the browser: on Clio's own host.
    const copied = new URL(await page.page.evaluate(() => navigator.clipboard.readText()));
    expect(`${copied.host}${copied.pathname}`).toBe(`app.clio.com${new URL(link?.url ?? '').pathname}`);

    await page.linkItems.first().getByRole('button', { name: 'Expire' }).click();
    await expect(page.linkItems.first()).toContainText(`Expired for ${usd(bill.balance)}`);
    expect(await linksOf(sandbox, bill.id)).toMatchObject([{ active: false, expiredManually: true }]);
  });

  test('paid in the client portal, in full and in part: the panel and the popup follow to the cent', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const [full, partial] = (await unpaidInvoices(sandbox, 2)) as [SandboxBill, SandboxBill];
    const popup = await PopupPage.open(context, extensionId);
    await waitForSyncToFinish(popup.page);

    const fullPage = await ClioBillPage.open(context, full.id);
    await fullPage.createLink();
    await expect(fullPage.linkItems.first()).toContainText(`Active for ${usd(full.balance)}`);
    const partPage = await ClioBillPage.open(context, partial.id);
    await partPage.createLink({ amount: '100.25' });
    await expect(partPage.linkItems.first()).toContainText(`Active for ${usd(100.25)}`);

    const portal = await ClientPortal.open(context, full.clientId);
    await portal.pay((await linksOf(sandbox, full.id))[0]?.url as string);
    const otherPortal = await ClientPortal.open(context, partial.clientId);
    await otherPortal.pay((await linksOf(sandbox, partial.id))[0]?.url as string);

    await fullPage.comeBack();
    await expect(fullPage.panelField('outstanding')).toHaveText(usd(0));
    await expect(fullPage.panelField('paid')).toHaveText(usd(full.total));
    await expect(fullPage.linkItems.first()).toContainText(`Used for ${usd(full.balance)}`);
    await expect(fullPage.onlinePayments).toHaveCount(1);
    await expect(fullPage.onlinePayments.first()).toContainText(`${usd(full.balance)}Completed`);

    await partPage.comeBack();
    const partLeft = Math.round(partial.balance * 100 - 10_025) / 100;
    await expect(partPage.panelField('outstanding')).toHaveText(usd(partLeft));
    await expect(partPage.linkItems.first()).toContainText(`Used for ${usd(100.25)}`);
    await expect(partPage.onlinePayments.first()).toContainText(`${usd(100.25)}Completed`);
    expect((await control.bill(partial.id)).balance).toBe(partLeft);

    await popup.page.bringToFront();
    const clicked = Date.now();
    await popup.sync.syncNowButton.click();
    await waitForSyncCompletedSince(popup.page, clicked);
    await expectPopupToShow(popup, await expectedReceivables(control));
  });
});

/** An unlinked bill's panel, open, with every request about payment links meeting `fault` from now on. */
async function billWithFaultyLinks(
  context: BrowserContext,
  sandbox: { url: string },
  fault: Pick<Fault, 'kind' | 'latencyMs'>,
) {
  const control = sandboxControl(sandbox);
  const [bill] = (await unpaidInvoices(sandbox, 1)) as [SandboxBill];
  const page = await ClioBillPage.open(context, bill.id);
  await expect(page.panelField('bill')).toHaveText(bill.number);
  await control.resetRequestCounters();
  await control.injectFaults([{ ...fault, rate: 1, path: '/api/v4/clio_payments/links' }]);
  return { control, bill, page };
}

/**
 * After a lost answer Remit gives Clio 8 seconds to finish the link before it looks (create-links'
 * SETTLE_MS), then looks and may ask again: the panel shows the link well after that, on a busy machine.
 */
const LINK_AFTER_LOST_ANSWER_MS = 45_000;

test.describe('an answer from Clio that never arrives', () => {
  test.describe.configure({ timeout: 90_000 });

  test('leaves exactly one link, which the panel then shows', async ({
    context,
    sandbox,
    worker,
    connected: _,
  }) => {
    const { control, bill, page } = await billWithFaultyLinks(context, sandbox, {
      kind: 'latency',
      latencyMs: 3000,
    });

    await page.createLink();
    // Clio has the request, and holds its answer.
    await expect
      .poll(async () => (await control.state()).requests.arrived['POST /api/v4/clio_payments/links'] ?? 0)
      .toBe(1);
    await worker.stop();
    await control.clearFaults();
    await expect.poll(async () => (await linksOf(sandbox, bill.id)).length, { timeout: 10_000 }).toBe(1);

    await expect(page.linkItems.first()).toContainText(`Active for ${usd(bill.balance)}`, {
      timeout: LINK_AFTER_LOST_ANSWER_MS,
    });
    await expect(page.linkItems).toHaveCount(1);
    expect(await linksOf(sandbox, bill.id)).toHaveLength(1);
    expect((await control.state()).requests.byPath['POST /api/v4/clio_payments/links']).toBe(1);
  });

  test('a connection lost on the way to Clio: Remit looks, finds none, asks once more, and one link exists', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const { control, bill, page } = await billWithFaultyLinks(context, sandbox, { kind: 'reset' });

    await page.createLink();
    await expect.poll(async () => (await control.state()).requests.byStatus.reset ?? 0).toBeGreaterThan(0);
    // Chromium may send a reset POST again by itself, at once: that one must be lost too, or Remit gets
    // an answer and has nothing to look for. Remit looks only after giving Clio 8 seconds.
    await page.page.waitForTimeout(1_500);
    await control.clearFaults();

    await expect(page.linkItems.first()).toContainText(`Active for ${usd(bill.balance)}`, {
      timeout: LINK_AFTER_LOST_ANSWER_MS,
    });
    expect(await linksOf(sandbox, bill.id)).toHaveLength(1);
    const { byPath, byStatus } = (await control.state()).requests;
    // Chromium itself may send a POST again once after a reset; every reset one, then one that made the link.
    expect(byPath['POST /api/v4/clio_payments/links']).toBe((byStatus.reset ?? 0) + 1);
    expect(byPath['GET /api/v4/clio_payments/links']).toBe(1);
  });
});
