import type { BrowserContext } from '@playwright/test';
import { sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { ClioBillPage } from './pages/clio-bill-page';
import { OptionsPage } from './pages/options-page';

async function unsentBill(sandbox: { url: string }) {
  const bill = (await sandboxControl(sandbox).bills()).find(
    (candidate) => candidate.state === 'awaiting_payment' && !candidate.shared,
  );
  if (!bill) throw new Error('The seed has no unshared unpaid bill');
  return bill;
}

async function sendsOf(sandbox: { url: string }, billId: number) {
  return (await sandboxControl(sandbox).state()).sends.filter((send) => send.billId === billId);
}

/**
 * Sends an unsent bill with Clio's answers slowed, and returns once Clio has recorded the send, while
 * Remit's confirmation through the API is still under way.
 */
async function sendWithSlowConfirmation(context: BrowserContext, sandbox: { url: string }) {
  const bill = await unsentBill(sandbox);
  const control = sandboxControl(sandbox);
  const page = await ClioBillPage.open(context, bill.id);
  await expect(page.panelField('bill')).toHaveText(bill.number);
  await control.injectFaults([{ kind: 'latency', rate: 1, latencyMs: 1500, path: '/api/v4/bills/' }]);
  await page.sendToPortal();
  await expect
    .poll(() => sendsOf(sandbox, bill.id).then((sends) => sends.length), { timeout: 20_000 })
    .toBe(1);
  return { bill, page, control };
}

/** Clio's Send dialog takes this long to answer Send bill. */
const holdClioAnswer = (latencyMs: number) => ({
  kind: 'latency' as const,
  rate: 1,
  latencyMs,
  path: '^/nc/data/bills/\\d+/send$',
});

test.describe('Send to portal', () => {
  test('a double click sends once; the Send pressed stays in place, disabled, until Clio confirms', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const bill = await unsentBill(sandbox);
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('shared')).toHaveText('No');
    await sandboxControl(sandbox).injectFaults([holdClioAnswer(1500)]);

    await page.sendToPortal({ clicks: 2 });

    const pressed = page.sendForm.getByRole('button', { name: 'Sending…' });
    await expect(pressed).toBeDisabled();
    await expect(page.sendStatus).toContainText('Send bill pressed in Clio; waiting for Clio…');
    await expect(pressed).toBeDisabled();
    await expect(page.sendStatus).toContainText('Sent, and confirmed by Clio', { timeout: 20_000 });
    await expect(page.sendForm).toHaveCount(0);
    const sends = await sendsOf(sandbox, bill.id);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({ portal: true, email: false });
    expect(sends[0]?.message).toContain(bill.number);
    await expect(page.panelField('shared')).toHaveText('Yes');
  });

  test('Clio refusing the send says so at once in Clio’s words, closes its dialog, and a second send goes', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const bill = await unsentBill(sandbox);
    const control = sandboxControl(sandbox);
    await control.refuseSends('This client has no access to Clio for Clients.');
    const page = await ClioBillPage.open(context, bill.id);

    await page.sendToPortal();

    await expect(page.sendStatus).toContainText('Not sent: This client has no access to Clio for Clients.', {
      timeout: 5000,
    });
    await expect(page.page.getByRole('dialog', { name: 'Send bill' })).toHaveCount(0);
    expect(await sendsOf(sandbox, bill.id)).toEqual([]);

    await control.refuseSends(null);
    await page.sendToPortal();
    await expect(page.sendStatus).toContainText('Sent, and confirmed by Clio', { timeout: 20_000 });
    expect(await sendsOf(sandbox, bill.id)).toHaveLength(1);
  });

  test('Send bill pressed by the user as Remit fills Clio’s dialog is the send, even once a restarted worker had given it up: confirmed, and Clio gets the bill once', async ({
    context,
    sandbox,
    worker,
    connected: _,
  }) => {
    const bill = await unsentBill(sandbox);
    // Clio's dialog loads the client's details for a while before Send bill is enabled.
    await sandboxControl(sandbox).injectFaults([
      { kind: 'latency', rate: 1, latencyMs: 8000, path: '/nc/data/bills/\\d+/send-options$' },
    ]);
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('shared')).toHaveText('No');
    // The user presses Send bill the moment it is enabled, once Remit has written the message: before Remit can.
    await page.page.evaluate(() => {
      const pressWhenEnabled = () => {
        const button = document.querySelector<HTMLButtonElement>('.send-bill-window button[type="submit"]');
        if (button && !button.disabled) {
          button.click();
          return true;
        }
        return false;
      };
      document.addEventListener('input', (event) => {
        if ((event.target as Element).id !== 'send-bill-message' || pressWhenEnabled()) return;
        const observer = new MutationObserver(() => {
          if (pressWhenEnabled()) observer.disconnect();
        });
        observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
      });
    });

    await page.sendToPortal();
    await expect(
      page.page.getByRole('dialog', { name: 'Send bill' }).getByRole('textbox', { name: 'Message' }),
    ).not.toBeEmpty();
    // Remit's worker stops while Send bill is still disabled, and starts again: it gives up the send it
    // was filling, as after any restart, before the user presses Send bill.
    await worker.stop();
    await worker.wake();
    await expect(page.sendStatus).toContainText('Not sent: Remit stopped before Send bill was pressed.');

    await expect(page.sendStatus).toContainText('Sent, and confirmed by Clio', { timeout: 30_000 });
    expect(await sendsOf(sandbox, bill.id)).toHaveLength(1);
  });

  test('a tab reloaded before Send bill was pressed is “Not sent” at once, and nothing reaches Clio', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const bill = await unsentBill(sandbox);
    // Clio's dialog is still loading the client's details, so Send bill is not pressed yet.
    await sandboxControl(sandbox).injectFaults([
      { kind: 'latency', rate: 1, latencyMs: 8000, path: '/nc/data/bills/\\d+/send-options$' },
    ]);
    const page = await ClioBillPage.open(context, bill.id);
    await page.sendToPortal();
    await expect(page.page.getByRole('dialog', { name: 'Send bill' })).toBeVisible();

    await page.page.reload();

    await expect(page.sendStatus).toContainText('Not sent: the Clio tab closed, reloaded or moved on', {
      timeout: 5000,
    });
    expect(await sendsOf(sandbox, bill.id)).toEqual([]);
  });

  test('a worker stopped while Clio holds its answer to Send bill confirms once it wakes; Clio gets the bill once', async ({
    context,
    sandbox,
    worker,
    connected: _,
  }) => {
    const bill = await unsentBill(sandbox);
    await sandboxControl(sandbox).injectFaults([holdClioAnswer(3000)]);
    const page = await ClioBillPage.open(context, bill.id);
    await page.sendToPortal();
    await expect(page.sendStatus).toContainText('Send bill pressed in Clio; waiting for Clio…');

    await worker.stop();
    // What the panel knew stays on screen while the worker is away.
    await expect(page.sendStatus).toContainText('Send bill pressed in Clio; waiting for Clio…');
    await worker.wake();

    await expect(page.sendStatus).toContainText('Sent, and confirmed by Clio', { timeout: 30_000 });
    expect(await sendsOf(sandbox, bill.id)).toHaveLength(1);
  });

  test('a page reloaded mid-send neither sends twice nor loses the send', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const { bill, page, control } = await sendWithSlowConfirmation(context, sandbox);
    await page.page.reload();
    await control.clearFaults();

    await expect(page.sendStatus).toContainText('Sent, and confirmed by Clio', { timeout: 30_000 });
    expect(await sendsOf(sandbox, bill.id)).toHaveLength(1);
  });

  test('the message set in the options is filled in for the bill and sent as edited', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const bill = await unsentBill(sandbox);
    const client = (await sandboxControl(sandbox).contacts()).find((contact) => contact.id === bill.clientId);
    const options = await OptionsPage.open(context, extensionId);
    const template = options.page.getByRole('textbox', { name: 'Message sent with bills' });
    await template.fill('Hello {client}: bill {bill_number}, {balance} due {due_date}.');
    await options.page.getByRole('button', { name: 'Save message' }).click();
    await expect(options.page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    const page = await ClioBillPage.open(context, bill.id);
    await page.sendAction.click();
    const message = page.sendForm.getByLabel('Message');
    const balance = new Intl.NumberFormat('en-US', { style: 'currency', currency: bill.currency }).format(
      bill.balance,
    );
    const due = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.parse(bill.due_at),
    );
    await expect(message).toHaveValue(`Hello ${client?.name}: bill ${bill.number}, ${balance} due ${due}.`);
    await message.fill('Edited before sending.');
    // Coming back to the tab refreshes the figures, never the message being written.
    await page.comeBack();
    await expect(page.panelField('freshness')).toContainText('Checked with Clio');
    await expect(message).toHaveValue('Edited before sending.');
    await page.sendForm.getByRole('button', { name: 'Send', exact: true }).click();

    await expect(page.sendStatus).toContainText('Sent, and confirmed by Clio', { timeout: 20_000 });
    expect((await sendsOf(sandbox, bill.id)).map((send) => send.message)).toEqual(['Edited before sending.']);
  });

  test('bills Clio would not send explain why instead of offering the action', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const bills = await sandboxControl(sandbox).bills();
    for (const [state, reason] of [
      ['draft', 'draft'],
      ['awaiting_approval', 'awaiting approval'],
      ['void', 'voided'],
    ] as const) {
      const bill = bills.find((candidate) => candidate.state === state);
      if (!bill) throw new Error(`The seed has no ${state} bill`);
      const page = await ClioBillPage.open(context, bill.id);
      await expect(page.panelField('not-sendable')).toContainText(reason);
      await expect(page.sendAction).toHaveCount(0);
      await page.page.close();
    }
  });

  test('a paid bill is sent as a receipt, with the message for paid bills and no amount to pay', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const paid = (await sandboxControl(sandbox).bills()).find(
      (bill) => bill.state === 'paid' && bill.kind === 'revenue_kind',
    );
    if (!paid) throw new Error('The seed has no paid bill');
    const page = await ClioBillPage.open(context, paid.id);
    await page.sendAction.click();

    await expect(page.panelField('settled-note')).toContainText('sent as a receipt');
    const message = page.sendForm.getByLabel('Message');
    await expect(message).toHaveValue(/paid in full/);
    await expect(message).not.toHaveValue(/\$0\.00|pay it/);
  });
});
