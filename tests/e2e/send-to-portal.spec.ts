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

test.describe('Send to portal', () => {
  test('a double click sends once, through Clio’s dialog, confirmed by Clio', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const bill = await unsentBill(sandbox);
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('shared')).toHaveText('No');

    await page.sendToPortal({ clicks: 2 });

    await expect(page.sendStatus).toContainText('Sent, and confirmed by Clio', { timeout: 20_000 });
    const sends = await sendsOf(sandbox, bill.id);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({ portal: true, email: false });
    expect(sends[0]?.message).toContain(bill.number);
    await expect(page.panelField('shared')).toHaveText('Yes');
  });

  test('a worker stopped between the dialog and the confirmation confirms once it wakes', async ({
    context,
    sandbox,
    worker,
    connected: _,
  }) => {
    const { bill, page, control } = await sendWithSlowConfirmation(context, sandbox);
    await worker.stop();
    await control.clearFaults();
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
});
