import type { AllocationRecord } from '../../lib/db/records/allocation';
import type { BillRecord } from '../../lib/db/records/bill';
import type { ContactRecord } from '../../lib/db/records/contact';
import type { MatterRecord } from '../../lib/db/records/matter';
import type { PaymentRecord } from '../../lib/db/records/payment';
import type { PaymentLinkRecord } from '../../lib/db/records/payment-link';
import { cents, expectBillsToMatch } from '../support/cache-matches';
import { expectedReceivables } from '../support/expected-receivables';
import { extensionPage, readStore, waitForSyncToFinish } from '../support/extension-db';
import { usd } from '../support/money-text';
import { sandboxControl } from '../support/sandbox-control';
import { waitForSyncCompletedSince } from '../support/sync-watch';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

test.describe('sync', () => {
  test.use({ sandboxOptions: { size: 600 } });

  test('a full sync stores every bill’s total, paid and balance to the cent', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const page = await extensionPage(context, extensionId);
    await waitForSyncToFinish(page);

    expectBillsToMatch(await readStore<BillRecord>(page, 'bills'), await sandboxControl(sandbox).bills());
  });

  test('a full sync stores every client, matter, bank account and payment, linked as in Clio', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const page = await extensionPage(context, extensionId);
    await waitForSyncToFinish(page);

    const { counts } = await control.state();
    expect((await readStore<ContactRecord>(page, 'contacts')).length).toBe(counts.contacts);
    expect((await readStore<MatterRecord>(page, 'matters')).length).toBe(counts.matters);
    expect((await readStore(page, 'bankAccounts')).length).toBe(counts.bankAccounts);

    const allocations = await readStore<AllocationRecord>(page, 'allocations');
    expect(
      allocations.sort(byId).map(({ id, billId, contactId, amountDecimal, source }) => ({
        id,
        billId,
        contactId,
        amount: cents(Number(amountDecimal)),
        source,
      })),
    ).toEqual(
      (await control.allocations()).map(({ id, billId, contactId, amount, parent }) => ({
        id,
        billId,
        contactId,
        amount: cents(amount),
        source: parent.type === 'Payment' ? 'payment' : 'credit',
      })),
    );

    const links = await readStore<PaymentLinkRecord>(page, 'paymentLinks');
    expect(
      links.sort(byId).map(({ id, billId, amount, active, url }) => ({
        id,
        billId,
        amount,
        active,
        path: url === null ? null : new URL(url).pathname,
      })),
    ).toEqual(
      (await control.links()).map(({ id, subject, amount, active, url }) => ({
        id,
        billId: subject.type === 'Bill' ? subject.id : null,
        amount: amount === null ? null : cents(amount),
        active,
        path: url === null ? null : new URL(url).pathname,
      })),
    );

    const payments = await readStore<PaymentRecord>(page, 'payments');
    expect(
      payments.sort(byId).map(({ id, billIds, contactId, linkId, amount, state }) => ({
        id,
        billIds,
        contactId,
        linkId,
        amount,
        state,
      })),
    ).toEqual(
      (await control.payments()).map(({ id, billIds, contactId, linkId, amount, state }) => ({
        id,
        billIds,
        contactId,
        linkId,
        amount: cents(amount),
        state,
      })),
    );
  });

  test('Sync now brings in changed, paid and voided bills without fetching everything again', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const options = await OptionsPage.open(context, extensionId);
    await waitForSyncToFinish(options.page);
    const unpaid = (await control.bills())
      .filter((bill) => bill.state === 'awaiting_payment' && bill.paid === 0 && bill.pending === 0)
      .sort(byId);
    const [repriced, paidInPart, voided] = [unpaid[0], unpaid[1], unpaid[unpaid.length - 1]];
    if (!repriced || !paidInPart || !voided || voided === paidInPart)
      throw new Error('The seed needs three unpaid bills without payments');
    await control.updateBill(repriced.id, { total: 4321.09 });
    await control.payBill(paidInPart.id, Math.min(100.01, paidInPart.balance));
    await control.voidBill(voided.id);
    await control.resetRequestCounters();

    const clicked = Date.now();
    await options.sync.syncNowButton.click();
    await waitForSyncCompletedSince(options.page, clicked);

    expectBillsToMatch(await readStore<BillRecord>(options.page, 'bills'), await control.bills());
    const stored = new Map(
      (await readStore<BillRecord>(options.page, 'bills')).map((bill) => [bill.id, bill]),
    );
    expect(stored.get(repriced.id)?.total).toBe(432_109);
    expect(stored.get(paidInPart.id)?.paid).toBe(cents(Math.min(100.01, paidInPart.balance)));
    expect(stored.get(voided.id)?.state).toBe('void');
    expect((await readStore(options.page, 'allocations')).length).toBe((await control.allocations()).length);
    // Changes only: one page per resource, where a full sync needs three pages of bills alone.
    const { requests } = await control.state();
    expect(requests.byPath['GET /api/v4/bills']).toBe(1);
    expect(requests.total).toBe(7);
    await expect(options.sync.lastSynced).toHaveText(/^Last synced /);
  });
});

test.describe('hostile strings', () => {
  // Fifteen clients: enough for every hostile name in the seed.
  test.use({ sandboxOptions: { size: 120 } });

  test('client names and matter descriptions arrive intact, as data', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const page = await extensionPage(context, extensionId);
    await waitForSyncToFinish(page);
    const contacts = await control.contacts();
    expect(contacts.map((contact) => contact.name)).toEqual(
      expect.arrayContaining(['<img src=x onerror=alert(1)>', '🦄 Unicorn Ventures 💸']),
    );
    expect(contacts.some((contact) => contact.name.length === 300)).toBe(true);
    expect(contacts.some((contact) => contact.name.includes('\u202E'))).toBe(true);

    const storedContacts = await readStore<ContactRecord>(page, 'contacts');
    expect(storedContacts.sort(byId).map(({ id, name }) => ({ id, name }))).toEqual(
      contacts.map(({ id, name }) => ({ id, name })),
    );
    const nameOf = new Map(contacts.map((contact) => [contact.id, contact.name]));
    const bills = (await control.bills()).filter((bill) => bill.state !== 'deleted');
    const storedBills = await readStore<BillRecord>(page, 'bills');
    expect(storedBills.sort(byId).map(({ id, clientName }) => ({ id, clientName }))).toEqual(
      bills.map(({ id, clientId }) => ({ id, clientName: nameOf.get(clientId) })),
    );
    const matters = await control.matters();
    const storedMatters = await readStore<MatterRecord>(page, 'matters');
    expect(storedMatters.sort(byId).map(({ id, description }) => ({ id, description }))).toEqual(
      matters.map(({ id, description }) => ({ id, description })),
    );
  });
});

test.describe('sync progress', () => {
  test.use({ sandboxOptions: { size: 1200 } });

  test('the first sync shows a growing count, the current figures before the history, then when it last synced', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const control = sandboxControl(sandbox);
    // Bills come slowly until the progress has been seen; then Clio answers at its usual pace.
    await control.injectFaults([{ kind: 'latency', rate: 1, latencyMs: 1500, path: '/api/v4/bills' }]);
    const options = await OptionsPage.open(context, extensionId);
    await options.connectWithSandboxApp();

    await expect(options.sync.inProgress).toContainText('First sync with Clio in progress…');
    await expect.poll(() => options.sync.recordsSoFar('bills')).toBeGreaterThan(0);
    const seen = await options.sync.recordsSoFar('bills');
    await expect.poll(() => options.sync.recordsSoFar('bills')).toBeGreaterThan(seen);
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.sync.inProgress).toContainText('First sync with Clio in progress…');
    await expect(popup.sync.root.getByRole('progressbar')).toBeVisible();

    // The bills awaiting payment come first: the popup's current figures are whole while the rest of
    // the bills are still on their way, and the paid figure says it is not yet a figure.
    await expect(popup.sync.currentFigures).toContainText('are complete', { timeout: 20_000 });
    const expected = (await expectedReceivables(control)).currencies.get('USD');
    await expect(popup.figure('USD', 'outstanding')).toHaveText(usd((expected?.outstanding ?? 0) / 100));
    await expect(popup.figure('USD', 'overdue')).toHaveText(usd((expected?.overdue ?? 0) / 100));
    await expect(popup.figure('USD', 'paid')).toHaveText('Still reading');
    await expect(popup.sync.inProgress).toBeVisible();
    await control.clearFaults();

    await expect(options.sync.lastSynced).toHaveText(/^Last synced /, { timeout: 30_000 });
    await expect(options.sync.inProgress).toBeHidden();
    await expect(popup.sync.lastSynced).toHaveText(/^Last synced /);
    await expect(popup.figure('USD', 'paid')).toHaveText(usd((expected?.paid.thisMonth ?? 0) / 100));
    // Days to pay, which need the paid bills and their payments, come to the popup opened meanwhile.
    const daysToPay = popup.page.locator('[data-figure="days-to-pay"][data-currency="USD"]');
    await expect(daysToPay).toHaveText(/^USD · Days to pay, last 90 days: [\d.]+ days?$/);
  });
});
