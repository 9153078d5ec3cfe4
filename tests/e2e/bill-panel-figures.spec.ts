import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { type SandboxBill, sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { ClioBillPage } from './pages/clio-bill-page';

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);

const today = () => new Date().toISOString().slice(0, 10);
const daysSince = (date: string) => Math.round((Date.parse(today()) - Date.parse(date)) / 86_400_000);

/** One bill of each kind a clerk meets, picked from the sandbox's own data. */
const kinds: Record<string, (bill: SandboxBill) => boolean> = {
  unpaid: (bill) =>
    bill.state === 'awaiting_payment' &&
    bill.paid === 0 &&
    bill.due_at >= today() &&
    bill.kind === 'revenue_kind',
  'partly paid': (bill) => bill.state === 'awaiting_payment' && bill.paid > 0 && bill.kind === 'revenue_kind',
  paid: (bill) => bill.state === 'paid' && bill.kind === 'revenue_kind',
  overdue: (bill) =>
    bill.state === 'awaiting_payment' && bill.due_at < today() && bill.kind === 'revenue_kind',
  'trust request': (bill) => bill.kind === 'trust_kind' && bill.state === 'awaiting_payment',
  'credited in full': (bill) => bill.state === 'awaiting_payment' && bill.balance === 0,
  discounted: (bill) => bill.state === 'awaiting_payment' && bill.due < bill.total,
  void: (bill) => bill.state === 'void' && bill.balance > 0,
  draft: (bill) => bill.state === 'draft' && bill.balance > 0,
};

const stateLabels: Record<string, string> = {
  awaiting_payment: 'Unpaid',
  paid: 'Paid',
  void: 'Void',
  draft: 'Draft',
};

/** What the panel says is owed: Clio's balance only for an approved bill, whatever Clio keeps on others. */
function outstandingText(bill: SandboxBill): string {
  if (bill.state === 'void') return 'Nothing: the bill was voided';
  if (bill.state === 'draft') return 'Nothing yet: a draft is not owed until approved';
  return money(bill.balance, bill.currency);
}

test.describe('bill panel figures', () => {
  test.use({ sandboxOptions: { size: 120 } });

  test('equal the sandbox’s bill to the cent across states', async ({ context, sandbox, connected: _ }) => {
    const bills = await sandboxControl(sandbox).bills();
    const page = await ClioBillPage.open(context, bills[0]?.id ?? 0);
    for (const [kind, matches] of Object.entries(kinds)) {
      const bill = bills.find(matches);
      if (!bill) throw new Error(`The seed has no ${kind} bill`);
      await page.goToBill(bill.id);
      await expect(page.panelField('bill'), kind).toHaveText(bill.number);
      await expect(page.panelField('state'), kind).toHaveText(stateLabels[bill.state] ?? bill.state);
      await expect(page.panelField('total'), kind).toHaveText(money(bill.total, bill.currency));
      await expect(page.panelField('paid'), kind).toHaveText(money(bill.paid, bill.currency));
      // A discount and credit notes show where there are any: the figures add up to what is owed.
      const discount = page.panelField('discount');
      if (bill.due === bill.total) await expect(discount, kind).toHaveCount(0);
      else await expect(discount, kind).toHaveText(money(bill.due - bill.total, bill.currency));
      const credited = page.panelField('credited');
      if (bill.credits === 0) await expect(credited, kind).toHaveCount(0);
      else await expect(credited, kind).toHaveText(money(bill.credits, bill.currency));
      await expect(page.panelField('outstanding'), kind).toHaveText(outstandingText(bill));
      await expect(page.panelField('pending'), kind).toHaveText(money(bill.pending, bill.currency));
      // Only money still owed is ever overdue.
      const owed = bill.state === 'awaiting_payment' && bill.balance > 0;
      const overdueDays = owed ? daysSince(bill.due_at) : 0;
      await expect(page.panelField('overdue'), kind).toHaveText(
        overdueDays > 0 ? `${overdueDays} ${overdueDays === 1 ? 'day' : 'days'}` : 'No',
      );
      await expect(page.panelField('kind'), kind).toHaveCount(bill.kind === 'trust_kind' ? 1 : 0);
      await expect(page.panelField('shared'), kind).toHaveText(bill.shared ? 'Yes' : 'No');
    }
  });

  test('a change made in Clio shows in an open panel once the tab regains focus', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const bill = (await control.bills()).find(kinds.unpaid ?? (() => false));
    if (!bill) throw new Error('The seed has no unpaid bill');
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('outstanding')).toHaveText(money(bill.balance, bill.currency));

    await control.payBill(bill.id, 100.01);
    await page.page.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));

    // Worked out here from the bill before the payment, in cents: what the panel shows is Remit's reading.
    const cents = (amount: number) => Math.round(amount * 100);
    await expect(page.panelField('paid')).toHaveText(money((cents(bill.paid) + 10_001) / 100, bill.currency));
    await expect(page.panelField('outstanding')).toHaveText(
      money((cents(bill.balance) - 10_001) / 100, bill.currency),
    );
  });

  test('Clio refusing what was applied to the bill: its fresh figures show, with what is missing', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const bill = (await control.bills()).find(kinds['partly paid'] ?? (() => false));
    if (!bill) throw new Error('The seed has no partly paid bill');
    // A user without the permission to see payments, paid in Clio since the last sync.
    await control.injectFaults([{ kind: '403', rate: 1, path: '/api/v4/allocations' }]);
    await control.payBill(bill.id, 0.99);

    const page = await ClioBillPage.open(context, bill.id);

    await expect(page.panelField('outstanding')).toHaveText(
      money((Math.round(bill.balance * 100) - 99) / 100, bill.currency),
    );
    await expect(page.panelField('freshness')).toContainText('Checked with Clio');
    await expect(page.panel.getByRole('alert')).toContainText(
      'Clio does not let Remit read the payments applied to this bill or its Clio Payments activity (You are not permitted to access this resource). The bill’s figures are Clio’s, just checked.',
    );
  });

  test('offline: cached figures stay, marked stale', async ({ context, sandbox, connected: _ }) => {
    const control = sandboxControl(sandbox);
    const bill = (await control.bills()).find(kinds['partly paid'] ?? (() => false));
    if (!bill) throw new Error('The seed has no partly paid bill');
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('freshness')).toContainText('Checked with Clio');

    await control.injectFaults([{ kind: '503', rate: 1, path: '/api/v4/' }]);
    await page.page.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));

    await expect(page.panelField('freshness')).toContainText('Stale', { timeout: 30_000 });
    await expect(page.panelField('outstanding')).toHaveText(money(bill.balance, bill.currency));
  });
});
