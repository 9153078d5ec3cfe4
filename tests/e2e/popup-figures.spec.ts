import { expectedReceivables } from '../support/expected-receivables';
import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { cents } from '../support/money-text';
import { expectPopupToShow } from '../support/popup-matches';
import { type SandboxBill, sandboxControl } from '../support/sandbox-control';
import { waitForSyncCompletedSince } from '../support/sync-watch';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';

const DAY_MS = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const shifted = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const revenue = (bill: SandboxBill) => bill.state === 'awaiting_payment' && bill.kind === 'revenue_kind';

test.describe('popup figures', () => {
  test.use({ sandboxOptions: { size: 200 } });

  test('every figure equals the sandbox’s bills to the cent, per currency, bucket and period', async ({
    context,
    extensionId,
    sandbox,
    serviceWorker,
    connected: _,
  }) => {
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const expected = await expectedReceivables(sandboxControl(sandbox));
    expect([...expected.currencies.keys()].sort()).toEqual(['CAD', 'USD']);

    const popup = await PopupPage.open(context, extensionId);
    await expectPopupToShow(popup, expected);
    expect(await serviceWorker.evaluate('chrome.action.getBadgeText({})')).toBe(
      String(expected.overdueBills),
    );
  });
});

test.describe('popup after a sync', () => {
  test.use({ sandboxOptions: { size: 120 } });

  test('paying, voiding and re-dating bills in Clio changes the popup and the badge after Sync now', async ({
    context,
    extensionId,
    sandbox,
    serviceWorker,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const popup = await PopupPage.open(context, extensionId);
    await waitForSyncToFinish(popup.page);
    await expectPopupToShow(popup, await expectedReceivables(control));
    const before = await serviceWorker.evaluate('chrome.action.getBadgeText({})');

    const bills = await control.bills();
    const pick = (why: string, matches: (bill: SandboxBill) => boolean, taken: SandboxBill[]) => {
      const bill = bills.find((candidate) => matches(candidate) && !taken.includes(candidate));
      if (!bill) throw new Error(`The seed has no bill to ${why}`);
      taken.push(bill);
      return bill;
    };
    const taken: SandboxBill[] = [];
    const overdue = (bill: SandboxBill) => revenue(bill) && bill.due_at < today() && bill.pending === 0;
    const partly = pick('pay in part', (bill) => overdue(bill) && bill.currency === 'USD', taken);
    const settled = pick('settle', (bill) => overdue(bill) && bill.currency === 'USD', taken);
    const canadian = pick('pay in CAD', (bill) => revenue(bill) && bill.currency === 'CAD', taken);
    const voided = pick('void', (bill) => overdue(bill) && bill.paid === 0, taken);
    const late = pick('make overdue', (bill) => revenue(bill) && bill.due_at >= today(), taken);
    const early = pick('make current', overdue, taken);
    await control.payBill(partly.id, 100.01);
    const { allocation: settlement } = await control.payBill(settled.id, settled.balance);
    await control.payBill(canadian.id, 0.07);
    await control.voidBill(voided.id);
    await control.updateBill(late.id, { due_at: shifted(-45) });
    await control.updateBill(early.id, { due_at: shifted(10) });

    const clicked = Date.now();
    await popup.sync.syncNowButton.click();
    await waitForSyncCompletedSince(popup.page, clicked);

    const expected = await expectedReceivables(control);
    await expectPopupToShow(popup, expected);
    // Settled and voided leave the overdue bills, the re-dated pair swap places: two fewer.
    expect(String(expected.overdueBills)).toBe(String(Number(before) - 2));
    await expect
      .poll(() => serviceWorker.evaluate('chrome.action.getBadgeText({})'))
      .toBe(String(expected.overdueBills));

    // The settling cheque was entered by mistake and deleted in Clio: no index shows it any more, yet
    // it is no longer paid, and the bill is overdue again.
    await control.deleteAllocation(settlement.id);
    const deleted = Date.now();
    await popup.sync.syncNowButton.click();
    await waitForSyncCompletedSince(popup.page, deleted);
    const afterDeletion = await expectedReceivables(control);
    expect(afterDeletion.currencies.get('USD')?.paid.thisMonth).toBe(
      (expected.currencies.get('USD')?.paid.thisMonth ?? 0) - cents(settled.balance),
    );
    await expectPopupToShow(popup, afterDeletion);
    await expect
      .poll(() => serviceWorker.evaluate('chrome.action.getBadgeText({})'))
      .toBe(String(expected.overdueBills + 1));
  });
});
