import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { cents, money } from '../support/money-text';
import { redrawInOneStep } from '../support/redraw';
import { type SandboxBill, sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { ClioBillsList } from './pages/clio-bills-list';
import { CollectionsPage } from './pages/collections-page';
import { PopupPage } from './pages/popup-page';

/** Today where the browser is, as Remit reckons overdue. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const listed = (bill: SandboxBill) => bill.state !== 'deleted';
const overdue = (bill: SandboxBill) =>
  bill.state === 'awaiting_payment' && bill.balance > 0 && bill.due_at < localToday();

const owed = (bill: SandboxBill) => bill.state === 'awaiting_payment' && bill.balance > 0;
const trust = (bill: SandboxBill) => bill.kind === 'trust_kind';
const issued = (bill: SandboxBill) => bill.state === 'awaiting_payment' || bill.state === 'paid';
const added = (bills: SandboxBill[], amount: (bill: SandboxBill) => number) =>
  bills.reduce((sum, bill) => sum + cents(amount(bill)), 0) / 100;

/**
 * Each currency's line of totals, as the workspace writes it, from the sandbox's own bills: owed bills
 * outstanding, issued ones billed at what their clients were asked to pay, trust requests apart.
 */
function expectedTotals(bills: SandboxBill[]): string[] {
  const currencies = [...new Set(bills.map((bill) => bill.currency))].sort();
  return currencies.map((currency) => {
    const own = bills.filter((bill) => bill.currency === currency);
    const fees = own.filter((bill) => !trust(bill));
    const outstanding = added(fees.filter(owed), (bill) => bill.balance);
    const billed = added(fees.filter(issued), (bill) => bill.due);
    const inTrust = added(own.filter(trust).filter(owed), (bill) => bill.balance);
    const count = own.length === 1 ? '1 bill' : `${own.length} bills`;
    const line = `${currency}: ${count}, ${money(outstanding, currency)} outstanding, ${money(billed, currency)} billed`;
    return inTrust > 0 ? `${line}; trust requests: ${money(inTrust, currency)} awaiting payment` : line;
  });
}

test.describe('the collections workspace', () => {
  test.use({ sandboxOptions: { size: 200 } });

  test('overdue bills: select all that match, totals to the cent, sorted, and a hostile name searched', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const bills = (await control.bills()).filter(listed);
    const due = bills.filter(overdue);
    expect(new Set(due.map((bill) => bill.currency)).size).toBeGreaterThan(1);

    const popup = await PopupPage.open(context, extensionId);
    const opened = context.waitForEvent('page');
    await popup.page.getByRole('button', { name: 'Review and send…' }).click();
    const workspace = CollectionsPage.attach(await opened);
    await expect(workspace.matching).toHaveText(`${bills.length} bills match`);

    await workspace.chooseQueue('Overdue');
    await expect(workspace.matching).toHaveText(`${due.length} bills match`);
    await expect(workspace.selected).toHaveText('No bill selected');
    await workspace.selectAll.click();
    await expect(workspace.selected).toHaveText(`${due.length} bills selected`);
    await expect(workspace.selectionTotals).toHaveText(expectedTotals(due));

    // Every match is selected without being listed; taking one out leaves the rest.
    const [first] = due.sort((a, b) => a.due_at.localeCompare(b.due_at) || a.id - b.id);
    if (!first) throw new Error('The seed has no overdue bill');
    await workspace.checkbox(first.number).uncheck();
    await expect(workspace.selected).toHaveText(`${due.length - 1} bills selected`);
    await expect(workspace.selectionTotals).toHaveText(expectedTotals(due.filter((bill) => bill !== first)));

    await workspace.sortBy('Outstanding');
    await expect(workspace.columnHeader('Outstanding')).toHaveAttribute('aria-sort', 'ascending');
    const smallest = [...due].sort((a, b) => a.balance - b.balance || a.id - b.id)[0] as SandboxBill;
    await expect(workspace.rows.first()).toHaveAttribute('data-bill-id', String(smallest.id));
    await expect(workspace.cell(workspace.rows.first(), 'outstanding')).toHaveText(
      money(smallest.balance, smallest.currency),
    );
    await workspace.sortBy('Outstanding');
    await expect(workspace.columnHeader('Outstanding')).toHaveAttribute('aria-sort', 'descending');
    const largest = [...due].sort((a, b) => b.balance - a.balance || a.id - b.id)[0] as SandboxBill;
    await expect(workspace.rows.first()).toHaveAttribute('data-bill-id', String(largest.id));
    // Sorting keeps the selection: it is of the bills the filter lists, in whatever order.
    await expect(workspace.selected).toHaveText(`${due.length - 1} bills selected`);

    const contacts = await control.contacts();
    const matters = await control.matters();
    const hostileName = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    workspace.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const mentions = (text: string | undefined) => text?.toLowerCase().includes(hostileName.toLowerCase());
    const found = bills.filter(
      (bill) =>
        mentions(contacts.find((contact) => contact.id === bill.clientId)?.name) ||
        mentions(
          matters.find((matter) => matter.id === (bill as SandboxBill & { matterId: number }).matterId)
            ?.description,
        ),
    );
    expect(found.length).toBeGreaterThan(0);
    await workspace.chooseQueue('All bills');
    await workspace.search(hostileName);
    await expect(workspace.matching).toHaveText(
      found.length === 1 ? '1 bill matches' : `${found.length} bills match`,
    );
    const byClient = found.find((bill) =>
      mentions(contacts.find((contact) => contact.id === bill.clientId)?.name),
    );
    if (byClient) {
      await expect(
        workspace.cell(workspace.table.locator(`tr[data-bill-id="${byClient.id}"]`), 'client'),
      ).toHaveText(hostileName);
    }
    await expect(workspace.table.locator('img, script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('opened from Clio’s bills list it lists every bill; from the popup’s bills needing attention, those chosen', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const bills = (await sandboxControl(sandbox).bills()).filter(listed);
    const list = await ClioBillsList.open(context);
    await list.page.locator('.bills-panel').waitFor();
    let opened = context.waitForEvent('page');
    await list.reviewAndSend.click();
    let workspace = CollectionsPage.attach(await opened);
    await expect(workspace.page).toHaveURL(`chrome-extension://${extensionId}/collections.html`);
    await expect(workspace.matching).toHaveText(`${bills.length} bills match`);

    const popup = await PopupPage.open(context, extensionId);
    const group = popup.page.locator('[data-attention="bills"]');
    const total = Number((await group.locator('[data-total]').textContent())?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(1);
    opened = context.waitForEvent('page');
    await group.getByRole('button', { name: `Review and send these ${total} bills…` }).click();
    workspace = CollectionsPage.attach(await opened);
    await expect(workspace.filters.getByLabel('Queue')).toHaveValue('needs_attention');
    await expect(workspace.matching).toHaveText(`${total} bills match`);
    await expect(workspace.selected).toHaveText(`${total} bills selected`);
  });
});

test('Clio drawing its bills list’s heading again in one step brings Remit’s button back once', async ({
  context,
}) => {
  const list = await ClioBillsList.open(context);
  await expect(list.reviewAndSend).toBeVisible();

  for (let round = 0; round < 2; round += 1) {
    await redrawInOneStep(list.page, '#main-view .page-header', 'remit-bills-list-button');
    await expect(list.page.locator('remit-bills-list-button')).toHaveCount(1);
    await expect(list.reviewAndSend).toBeVisible();
  }
});
