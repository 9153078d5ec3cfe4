import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { cents, money, usd } from '../support/money-text';
import { type SandboxBill, sandboxControl } from '../support/sandbox-control';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ClientLinkPage } from './pages/client-link-page';
import { ClientPortal } from './pages/client-portal';
import { ClioBillPage } from './pages/clio-bill-page';

const payable = (bill: SandboxBill) =>
  bill.state === 'awaiting_payment' && bill.balance > 0 && bill.currency === 'USD';
const oldestFirst = (a: SandboxBill, b: SandboxBill) => a.due_at.localeCompare(b.due_at) || a.id - b.id;

/** A client with at least `invoices` unpaid USD invoices and `trust` unpaid USD trust requests, oldest first. */
async function clientWith(sandbox: { url: string }, invoices: number, trust = 0) {
  const bills = (await sandboxControl(sandbox).bills()).filter(payable).sort(oldestFirst);
  for (const clientId of new Set(bills.map((bill) => bill.clientId))) {
    const own = bills.filter((bill) => bill.clientId === clientId);
    const ofKind = (kind: string) => own.filter((bill) => bill.kind === kind);
    if (ofKind('revenue_kind').length >= invoices && ofKind('trust_kind').length >= trust) {
      return { clientId, invoices: ofKind('revenue_kind'), trust: ofKind('trust_kind') };
    }
  }
  throw new Error(`The seed has no client with ${invoices} invoices and ${trust} trust requests unpaid`);
}

test.describe('one link for several bills of a client', () => {
  test.use({ sandboxOptions: { size: 200 } });

  test('three bills that are not the oldest: the warning and the order shown are how the payment settles', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const { clientId, invoices } = await clientWith(sandbox, 4);
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const chosen = invoices.slice(1, 4);
    const page = await ClientLinkPage.open(context, extensionId, clientId);
    for (const bill of chosen) await page.choose(bill.number);

    const preview = page.preview('invoices');
    const total = chosen.reduce((sum, bill) => sum + Math.round(bill.balance * 100), 0) / 100;
    await expect(preview.root.getByRole('heading')).toContainText(usd(total));
    await expect(preview.warning).toContainText('not the client’s oldest unpaid invoices');
    const shownOrder = await preview.settles.evaluateAll((items) =>
      items.map((item) => Number(item.getAttribute('data-bill-id'))),
    );
    const shownText = await preview.settles.allTextContents();
    await expectNoAxeViolations(page.page);
    expect(shownOrder[0]).toBe(invoices[0]?.id);

    await page.createButton.click();
    await expect(page.created('invoices').url).toContainText('/clio_payments/pay/');
    const url = (await page.created('invoices').url.textContent()) ?? '';
    const [link] = (await control.links()).filter((candidate) =>
      url.endsWith(new URL(candidate.url).pathname),
    );
    expect(link).toMatchObject({ subject: { type: 'Contact', id: clientId }, amount: total });

    const portal = await ClientPortal.open(context, clientId);
    await portal.pay(link?.url ?? '');

    const payment = (await control.payments()).find((candidate) => candidate.linkId === link?.id);
    const allocations = (await control.allocations()).filter(
      (allocation) => allocation.parent.type === 'Payment' && allocation.parent.id === payment?.id,
    );
    expect(payment?.billIds).toEqual(shownOrder);
    for (const [index, allocation] of allocations.entries())
      expect(shownText[index]).toContain(usd(allocation.amount));
    for (const bill of invoices.slice(0, 2)) expect((await control.bill(bill.id)).state).toBe('paid');

    // A bill it paid shows the payment whole, as the client paid it, and that it paid them all.
    const settled = await ClioBillPage.open(context, shownOrder[0] ?? 0);
    await expect(settled.onlinePayments).toHaveCount(1);
    await expect(settled.onlinePayments.first()).toContainText(
      `${usd(total)} for ${shownOrder.length} billsCompleted`,
    );
  });

  test('trust requests and invoices together give two links, each into its own account', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const { clientId, invoices, trust } = await clientWith(sandbox, 2, 1);
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const accounts = await control.bankAccounts();
    const account = (type: string) =>
      accounts.find(
        (candidate) =>
          candidate.type === type && candidate.currency === 'USD' && candidate.clio_payments_enabled,
      );
    const billPage = await ClioBillPage.open(context, trust[0]?.id ?? 0);
    const opened = context.waitForEvent('page');
    await billPage.paymentLinks.getByRole('button', { name: 'One link with other bills…' }).click();
    const page = ClientLinkPage.attach(await opened);
    for (const bill of invoices.slice(0, 2)) await page.choose(bill.number);

    await expect(page.previews).toHaveCount(2);
    await expect(page.preview('invoices').root.getByRole('heading')).toContainText(
      `into ${account('Operating')?.name}`,
    );
    await expect(page.preview('trust').root.getByRole('heading')).toContainText(
      `into ${account('Trust')?.name}`,
    );
    await expect(page.createButton).toHaveText('Create 2 links');
    await page.createButton.click();

    const [first, second] = invoices as [SandboxBill, SandboxBill];
    const total = (cents(first.balance) + cents(second.balance)) / 100;
    await expect(page.created('invoices').item).toContainText(
      `Invoices: ${money(total, first.currency)} into ${account('Operating')?.name}`,
    );
    await expect(page.created('trust').item).toContainText(
      `Trust requests: ${usd(trust[0]?.balance ?? 0)} into ${account('Trust')?.name}`,
    );
    const links = (await control.links()).filter(
      (link) => link.active && [clientId, trust[0]?.id].includes(link.subject.id),
    );
    const made = links.filter((link) => link.subject.type === 'Contact' || link.subject.id === trust[0]?.id);
    expect(made.map((link) => [link.subject.type, link.destinationAccountId]).sort()).toEqual(
      [
        ['Bill', account('Trust')?.id],
        ['Contact', account('Operating')?.id],
      ].sort(),
    );
  });
});
