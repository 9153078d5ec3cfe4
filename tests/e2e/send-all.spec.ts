import type { BrowserContext, Page } from '@playwright/test';
import { extensionPage, readStore, waitForSyncToFinish } from '../support/extension-db';
import { type SandboxBill, type SandboxControl, sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { CollectionsPage } from './pages/collections-page';
import { PopupPage } from './pages/popup-page';
import { ReviewPage } from './pages/review-page';

/** Enough bills for a run to be paused, resumed and cancelled with some still to go. */
const BATCH = 4;
/**
 * The run stopped three times, its tab closed and the browser restarted: every unpaid bill of a
 * sandbox this size (43), so bills are left after each.
 */
const LONG_RUN_SANDBOX = 70;
/** Bills sent between two stops of that run, so the stops fall through it. */
const SENT_BETWEEN_STOPS = 6;
/** Paused, resumed and cancelled, with seconds' worth of bills still to go when Cancel is pressed. */
const CANCELLED_BATCH = 12;

/** The sandbox's count of sends once it has stayed the same for two seconds: the bill in flight has gone. */
async function settledSendCount(control: SandboxControl): Promise<number> {
  let last = -1;
  for (;;) {
    const now = (await control.state()).sends.length;
    if (now === last) return now;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/**
 * Holds Clio's Send dialog loading the client's details for the bill two turns ahead (no dialog of it
 * has opened yet), until the run's send of it has that dialog open, Send bill busy: its tab is then
 * certainly short of Send bill for seconds, however the test cuts it short. No other bill's dialog is
 * held. The tab of the bill held.
 */
async function holdDialogAhead(control: SandboxControl, context: BrowserContext, page: Page): Promise<Page> {
  const waiting = (await readStore<{ billId: number; state: string; position: number }>(page, 'mailingItems'))
    .filter((item) => item.state === 'waiting')
    .sort((a, b) => a.position - b.position);
  const held = waiting[1]?.billId;
  if (held === undefined) throw new Error('fewer than two bills left to send');
  await control.injectFaults([
    { kind: 'latency', rate: 1, latencyMs: 20_000, path: `^/nc/data/bills/${held}/send-options$` },
  ]);
  const inDialog = async () =>
    (await readStore<{ billId: number; state: string }>(page, 'outbox')).some(
      (send) => send.billId === held && send.state === 'in_dialog',
    );
  await expect.poll(inDialog, { timeout: 60_000 }).toBe(true);
  const tab = clioTabOf(context, held);
  await expect(tab.getByRole('button', { name: 'Send bill', exact: true })).toHaveAttribute(
    'aria-busy',
    'true',
    { timeout: 30_000 },
  );
  return tab;
}

/** The bill of the one send in Remit's outbox pressed: the run's first, before any is confirmed. */
async function billOfThePressedSend(page: Page): Promise<number> {
  const sends = await readStore<{ billId: number; state: string }>(page, 'outbox');
  const [send, ...others] = sends.filter((one) => one.state === 'pressed');
  if (!send || others.length > 0) throw new Error('not one send pressed in the outbox');
  return send.billId;
}

/**
 * Until each bill a stop or a closed tab cut short has gone again (none waits with an attempt behind
 * it, none is on its second), so the next cut falls on another bill.
 */
async function untilCutBillsWentAgain(page: Page): Promise<void> {
  const cutAndNotSent = async () =>
    (await readStore<{ state: string; attempts: number }>(page, 'mailingItems')).filter(
      (item) =>
        (item.state === 'waiting' && item.attempts > 0) || (item.state === 'sending' && item.attempts > 1),
    ).length;
  await expect.poll(cutAndNotSent, { timeout: 60_000 }).toBe(0);
}

/** The Clio tab a run opened for this bill. */
function clioTabOf(context: BrowserContext, billId: number): Page {
  const tab = context.pages().find((page) => page.url().endsWith(`/nc/#/bills/${billId}`));
  if (!tab) throw new Error(`no Clio tab shows bill ${billId}`);
  return tab;
}

test.describe('Send all', () => {
  test.use({ sandboxOptions: { size: 120 } });
  // Each bill opens Clio in a tab of its own and goes through its dialog, as a person's would.
  test.describe.configure({ timeout: 240_000 });

  /** The workspace with the first unpaid bills chosen by hand, reviewed, their envelopes listed. */
  /** The first unpaid bills chosen by hand, or every one (the sandbox's) with "Select all", reviewed. */
  async function reviewUnpaid(
    context: Parameters<typeof CollectionsPage.open>[0],
    extensionId: string,
    chosen: number | { every: number[] } = BATCH,
  ) {
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const workspace = await CollectionsPage.open(context, extensionId);
    await workspace.filters.getByLabel('State').selectOption({ label: 'Unpaid' });
    await expect(workspace.rows.first()).toBeVisible();
    const ids: number[] = [];
    if (typeof chosen === 'object') {
      await workspace.selectAll.click();
      ids.push(...chosen.every);
    } else {
      for (let row = 0; row < chosen; row += 1) {
        const line = workspace.rows.nth(row);
        ids.push(Number(await line.getAttribute('data-bill-id')));
        await line.getByRole('checkbox').check();
      }
    }
    const count = ids.length;
    await expect(workspace.selected).toHaveText(`${count} bills selected`);
    await workspace.page.getByRole('button', { name: `Review ${count} bills` }).click();
    const review = new ReviewPage(workspace.page);
    await expect(review.summary).toContainText(`with ${count} bills`);
    return { workspace, review, ids };
  }

  test('sends each chosen bill once through Clio’s dialog, with its envelope’s subject and message, all confirmed', async ({
    context,
    extensionId,
    sandbox,
    serviceWorker,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const { workspace, review, ids } = await reviewUnpaid(context, extensionId);
    const bills = (await control.bills()).filter((bill) => ids.includes(bill.id));
    const contacts = await control.contacts();
    const [first] = bills;
    if (!first) throw new Error('no bill chosen');
    const envelope = await review.open(first.clientId);
    await envelope.getByLabel('Email subject').fill('Bills {bill_numbers} for {client}');
    await envelope.getByLabel('Email subject').press('Tab');
    const ownBills = bills.filter((bill) => bill.clientId === first.clientId);
    const client = contacts.find((contact) => contact.id === first.clientId)?.name ?? '';
    const numbers = new Intl.ListFormat('en-US', { type: 'conjunction' }).format(
      [...ownBills]
        .sort(
          (a, b) =>
            a.due_at.localeCompare(b.due_at) || a.number.localeCompare(b.number, 'en', { numeric: true }),
        )
        .map((bill) => bill.number),
    );
    await expect(envelope.locator('[data-preview-part="subject"]').first()).toHaveText(
      `Bills ${numbers} for ${client}`,
    );

    const badgeTitle = () => serviceWorker.evaluate('chrome.action.getTitle({})') as Promise<string>;
    const overdueTitle = await badgeTitle();
    await control.resetRequestCounters();
    await review.page.getByRole('button', { name: `Send all ${BATCH} bills through Clio` }).click();
    // The toolbar badge counts the bills still to send while the run goes, then the overdue bills again.
    await expect
      .poll(badgeTitle, { intervals: [100] })
      .toMatch(/^Remit for Clio: Send all has [1-4] bills? still to send$/);
    await expect(review.progress).toHaveText(
      `${BATCH} of ${BATCH} sent, ${BATCH} confirmed by Clio; 0 failed, 0 skipped, 0 left`,
      { timeout: 120_000 },
    );
    await expect(review.page.getByText('Finished', { exact: true })).toBeVisible();
    await expect.poll(badgeTitle).toBe(overdueTitle);
    // Clio's 50 requests a minute are the firm's: the bills were checked before and confirmed after
    // in one request each, and the run's Clio tabs asked the API nothing about their bills.
    const { byPath } = (await control.state()).requests;
    expect(Object.entries(byPath).filter(([route]) => route.includes('/api/v4/'))).toEqual([
      ['GET /api/v4/bills', 2],
    ]);

    const sends = (await control.state()).sends;
    expect(sends.map((send) => send.billId).sort()).toEqual([...ids].sort());
    for (const send of sends.filter((one) => ownBills.some((bill) => bill.id === one.billId))) {
      expect(send).toMatchObject({ portal: true, email: true, subject: `Bills ${numbers} for ${client}` });
      expect(send.message).toContain(`Dear ${client},`);
    }
    for (const bill of await control.bills()) {
      if (ids.includes(bill.id)) expect((bill as SandboxBill).shared).toBe(true);
    }
    // Remit's own tabs for Clio's dialog are closed once done with.
    expect(context.pages().filter((page) => page.url().includes('/nc/#/bills/'))).toEqual([]);

    // Back among the bills, Remit's last action on each is the send Clio confirmed.
    await review.page.getByRole('button', { name: 'Back to the bills' }).click();
    for (const id of ids) {
      await expect(
        workspace.cell(workspace.table.locator(`tr[data-bill-id="${id}"]`), 'last_action'),
      ).toHaveText(/^Sent [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    }
  });

  test('a payment link per envelope: made once, in every message of it, the trust request on a link of its own; a hostile name typed as written', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const owed = (await control.bills()).filter(
      (bill) => bill.state === 'awaiting_payment' && bill.balance > 0 && bill.currency === 'USD',
    );
    const ofClient = (clientId: number, kind: string) =>
      owed.filter((bill) => bill.clientId === clientId && bill.kind === kind);
    // A client named like markup and a placeholder, if one owes both: its name must go as written.
    const client = (await control.contacts())
      .filter(
        (contact) =>
          ofClient(contact.id, 'trust_kind').length > 0 && ofClient(contact.id, 'revenue_kind').length > 0,
      )
      .sort((a, b) => Number(/[<{]/.test(b.name)) - Number(/[<{]/.test(a.name)))[0];
    if (!client) throw new Error('The seed has no client owing both an invoice and a trust request');
    const chosen = [...ofClient(client.id, 'revenue_kind'), ...ofClient(client.id, 'trust_kind')].slice(0, 4);

    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const workspace = await CollectionsPage.open(context, extensionId);
    await workspace.filters.getByLabel('State').selectOption({ label: 'Unpaid' });
    await workspace.search(client.name);
    for (const bill of chosen) await workspace.checkbox(bill.number).check();
    await workspace.page.getByRole('button', { name: `Review ${chosen.length} bills` }).click();
    const review = new ReviewPage(workspace.page);
    const envelope = await review.open(client.id);
    const asked = envelope.getByRole('checkbox', { name: 'Add a Clio Payments link' });
    // Ticked once the background has it: the box shows what the review holds.
    await asked.click();
    await expect(asked).toBeChecked();
    await expect(envelope.getByLabel('Message')).toHaveValue(/\n\nYou can pay online: \{payment_link\}$/);
    // What each link will pay, in the order Clio applies the money: invoices and trust apart.
    await expect(envelope.locator('section[data-purpose]')).toHaveCount(2);
    await expect(envelope.locator('[data-preview-part="message"]').first()).toContainText(
      'You can pay online: [Clio Payments link, made when this envelope is sent]',
    );

    const seeded = new Set((await control.links()).map((link) => link.id));
    await review.page.getByRole('button', { name: `Send all ${chosen.length} bills through Clio` }).click();
    await expect(review.progress).toHaveText(
      `${chosen.length} of ${chosen.length} sent, ${chosen.length} confirmed by Clio; 0 failed, 0 skipped, 0 left`,
      { timeout: 120_000 },
    );

    const made = (await control.links()).filter((link) => !seeded.has(link.id));
    const paid = (kind: string) =>
      Math.round(
        chosen.filter((bill) => bill.kind === kind).reduce((sum, bill) => sum + bill.balance, 0) * 100,
      );
    const [invoices, trust] = ['revenue_kind', 'trust_kind'].map((kind) => {
      const link = made.find((one) => Math.round((one.amount ?? 0) * 100) === paid(kind));
      if (!link) throw new Error(`No link for the ${kind} bills`);
      return new URL(link.url).pathname;
    });
    expect(made).toHaveLength(2);
    const sends = (await control.state()).sends;
    expect(sends.map((send) => send.billId).sort()).toEqual(chosen.map((bill) => bill.id).sort());
    for (const send of sends) {
      expect(send.message.startsWith(`Dear ${client.name},\n`)).toBe(true);
      expect(send.message).toContain(`You can pay online: Invoices: https://app.clio.com${invoices}\n`);
      expect(send.message).toContain(`Trust request: https://app.clio.com${trust}`);
    }
  });

  test('a Clio tab closed after Send bill, before Clio answered: the run goes on at once, and that bill is confirmed, once', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const { review, ids } = await reviewUnpaid(context, extensionId, 2);
    // Clio takes seconds to answer Send bill: long enough to close its tab before it does.
    await control.injectFaults([
      { kind: 'latency', rate: 1, latencyMs: 4000, path: '^/nc/data/bills/\\d+/send$' },
    ]);
    await review.page.getByRole('button', { name: 'Send all 2 bills through Clio' }).click();
    // Clio has the send: what the tab does next cannot take it back.
    await expect
      .poll(async () => (await control.state()).requests.arrived['POST /nc/data/bills/:id/send'] ?? 0)
      .toBe(1);
    await clioTabOf(context, await billOfThePressedSend(review.page)).close();

    // The run does not wait for that bill's first look in Clio, a minute after Send bill: the other
    // bill goes well before it.
    await expect.poll(async () => (await control.state()).sends.length, { timeout: 30_000 }).toBe(2);
    const allConfirmed = '2 of 2 sent, 2 confirmed by Clio; 0 failed, 0 skipped, 0 left';
    await expect(review.progress).toHaveText(allConfirmed, { timeout: 30_000 });
    const sent = (await control.state()).sends.map((send) => send.billId).sort();
    expect(sent).toEqual([...ids].sort());
  });

  test.describe('a long run', () => {
    test.use({ sandboxOptions: { size: LONG_RUN_SANDBOX } });

    test('stopped three times mid-run, its Clio tab closed and the browser restarted: resumed when asked, still one send per bill', async ({
      context,
      extensionId,
      sandbox,
      worker,
      remit,
      connected: _,
    }) => {
      const control = sandboxControl(sandbox);
      const sends = async () => (await control.state()).sends.length;
      const every = (await control.bills())
        .filter((bill) => bill.state === 'awaiting_payment')
        .map((bill) => bill.id);
      const { review, ids } = await reviewUnpaid(context, extensionId, { every });
      const count = ids.length;
      await review.page.getByRole('button', { name: `Send all ${count} bills through Clio` }).click();
      const restarted = 'The browser or Remit restarted mid-run.';
      const pausedBecause = (page: typeof review.page) => page.locator('[data-field="paused-because"]');

      // Each stop cuts short a bill the one before did not: the next comes once bills went after it.
      let sentAtStop = 0;
      for (let stop = 0; stop < 3; stop += 1) {
        await expect.poll(sends, { timeout: 60_000 }).toBeGreaterThanOrEqual(sentAtStop + SENT_BETWEEN_STOPS);
        await worker.stop();
        // Read once stopped; a send pressed just before the stop may still reach Clio after.
        sentAtStop = await sends();
        await worker.wake();
        await expect(review.page.getByText('Paused', { exact: true })).toBeVisible();
        await expect(pausedBecause(review.page)).toHaveText(
          `Remit paused the sending: ${restarted} Nothing more goes until you resume.`,
        );
        await review.page.getByRole('button', { name: 'Resume' }).click();
      }
      // A Clio tab Remit opened for a send, closed under it while Clio's dialog loads: that bill goes
      // again, once (closed after Clio had Send bill, the run goes on: the test above). Closed once the
      // run went on and the bill the last stop cut short has gone again, so no one bill is cut short
      // three times (it would then be reported failed, as it should).
      await expect.poll(sends, { timeout: 60_000 }).toBeGreaterThan(sentAtStop);
      await untilCutBillsWentAgain(review.page);
      const heldTab = await holdDialogAhead(control, context, review.page);
      // Its next dialog is not held: the bill goes again moments later.
      await control.clearFaults();
      await heldTab.close();

      // The browser quit mid-run, a bill in Clio's dialog, and started again: the run waits, paused,
      // for the user to resume it.
      await expect
        .poll(sends, { timeout: 60_000, intervals: [100] })
        .toBeGreaterThanOrEqual(sentAtStop + SENT_BETWEEN_STOPS);
      await untilCutBillsWentAgain(review.page);
      await holdDialogAhead(control, context, review.page);
      await control.clearFaults();
      await remit.restart();
      const after = await remit.context.newPage();
      await after.goto(`chrome-extension://${remit.extensionId}/collections.html#review`);
      const resumed = new ReviewPage(after);
      await expect(pausedBecause(after)).toHaveText(
        `Remit paused the sending: ${restarted} Nothing more goes until you resume.`,
      );
      await after.getByRole('button', { name: 'Resume' }).click();

      await expect(resumed.progress).toHaveText(/ 0 left$/, { timeout: 180_000 });
      // No bill is reported not sent (the report would say why).
      expect(await after.getByRole('list', { name: 'Not sent' }).allTextContents()).toEqual([]);
      await expect(resumed.progress).toHaveText(
        `${count} of ${count} sent, ${count} confirmed by Clio; 0 failed, 0 skipped, 0 left`,
        { timeout: 60_000 },
      );
      const sent = (await control.state()).sends.map((send) => send.billId).sort();
      expect(sent).toEqual([...ids].sort());
    });
  });

  test('a bill Clio refuses is reported with Clio’s words and the rest go; Pause, Resume and Cancel', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const { review, ids } = await reviewUnpaid(context, extensionId, CANCELLED_BATCH);
    // Clio refuses the second bill to go: bills go envelope by envelope, in the order each lists them.
    const order: number[] = [];
    for (const envelope of (await review.envelopes.all()).slice(0, 2)) {
      await envelope.locator('button[aria-expanded]').click();
      const rows = envelope.locator('tr[data-bill]');
      order.push(
        ...(await rows.evaluateAll((all) => all.map((row) => Number(row.getAttribute('data-bill'))))),
      );
    }
    const refused = order[1];
    if (refused === undefined) throw new Error('no second bill in the review');
    await control.refuseSends('The client has no portal access.', refused);
    await review.page.getByRole('button', { name: `Send all ${CANCELLED_BATCH} bills through Clio` }).click();
    await expect.poll(async () => review.progressText(), { timeout: 60_000 }).toMatch(/; 1 failed/);
    await review.page.getByRole('button', { name: 'Pause' }).click();
    await expect(review.page.getByText('Paused', { exact: true })).toBeVisible();
    // Paused by the user: nothing to explain.
    await expect(review.page.locator('[data-field="paused-because"]')).toHaveCount(0);
    // The button pressed turns into Resume and keeps the focus, for a keyboard user to press again.
    await expect(review.page.getByRole('button', { name: 'Resume' })).toBeFocused();
    // The bill already in Clio's dialog finishes, as a person's click would; then nothing more goes.
    const whilePaused = await settledSendCount(control);
    await review.page.waitForTimeout(3_000);
    expect((await control.state()).sends.length).toBe(whilePaused);
    // The popup shows the paused run as the workspace does, and leads back to it.
    const popup = await PopupPage.open(context, extensionId);
    const run = popup.page.getByRole('region', { name: 'Send all' });
    await expect(run.getByText('Paused', { exact: true })).toBeVisible();
    await expect(run.getByRole('status')).toHaveText(await review.progressText());
    await popup.page.close();

    await review.page.getByRole('button', { name: 'Resume' }).click();
    await expect
      .poll(async () => (await control.state()).sends.length, { timeout: 60_000, intervals: [100] })
      .toBeGreaterThan(whilePaused);
    await review.page.getByRole('button', { name: 'Cancel the rest' }).click();
    await expect(review.page.getByText('Cancelled', { exact: true })).toBeVisible();
    const atCancel = await settledSendCount(control);
    await review.page.waitForTimeout(3_000);
    expect((await control.state()).sends.length).toBe(atCancel);
    expect(atCancel).toBeLessThan(CANCELLED_BATCH);

    const report = review.page.getByRole('list', { name: 'Not sent' });
    await expect(report).toContainText('Not sent: The client has no portal access.');
    const sent = new Set((await control.state()).sends.map((send) => send.billId));
    expect(sent.size).toBe((await control.state()).sends.length);
    expect([...sent].every((id) => ids.includes(id))).toBe(true);
  });
});
