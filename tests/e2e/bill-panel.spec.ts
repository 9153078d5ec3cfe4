import { usd } from '../support/money-text';
import { redrawInOneStep } from '../support/redraw';
import { type SandboxBill, sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { ClioBillPage } from './pages/clio-bill-page';

async function unpaidBills(sandbox: { url: string }): Promise<SandboxBill[]> {
  const bills = await sandboxControl(sandbox).bills();
  return bills.filter((bill) => bill.state === 'awaiting_payment' && bill.currency === 'USD');
}

test.describe('bill page panel', () => {
  test('shows the bill’s figures from Clio, to the cent', async ({ context, sandbox, connected: _ }) => {
    const bill = (await unpaidBills(sandbox)).find((candidate) => candidate.paid > 0);
    if (!bill) throw new Error('The seed has no partly paid USD bill');

    const client = (await sandboxControl(sandbox).contacts()).find((contact) => contact.id === bill.clientId);
    const page = await ClioBillPage.open(context, bill.id);

    await expect(page.summary).toBeVisible();
    await expect(page.panelField('bill')).toHaveText(bill.number);
    await expect(page.panelField('client')).toHaveText(client?.name ?? 'missing client');
    await expect(page.panelField('total')).toHaveText(usd(bill.total));
    await expect(page.panelField('paid')).toHaveText(usd(bill.paid));
    await expect(page.panelField('outstanding')).toHaveText(usd(bill.balance));
  });

  test('follows Clio’s navigation: one panel per bill page, none elsewhere', async ({
    context,
    sandbox,
    connected: _,
  }) => {
    const [first, second] = await unpaidBills(sandbox);
    if (!first || !second) throw new Error('The seed needs two unpaid USD bills');
    const page = await ClioBillPage.open(context, first.id);
    await expect(page.panelField('bill')).toHaveText(first.number);

    await page.goToBill(second.id);
    await expect(page.panelField('bill')).toHaveText(second.number);
    await expect(page.panel).toHaveCount(1);

    await page.goTo('#/matters');
    await expect(page.page.getByRole('heading', { name: 'Matters' })).toBeVisible();
    await expect(page.panel).toHaveCount(0);
    await expect(page.page.locator('remit-bill-panel')).toHaveCount(0);
  });

  test('says so when Remit is not connected', async ({ context, sandbox }) => {
    const [bill] = await unpaidBills(sandbox);
    if (!bill) throw new Error('The seed has no unpaid bill');
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panel.getByRole('alert')).toHaveText(/Connect Remit to Clio/);
  });

  test('answers after its service worker was stopped', async ({ context, sandbox, worker, connected: _ }) => {
    const [bill] = await unpaidBills(sandbox);
    if (!bill) throw new Error('The seed has no unpaid bill');
    await worker.stop();
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('outstanding')).toHaveText(usd(bill.balance));
  });
});

test('hostile client names render as text: no element, no script', async ({
  context,
  sandbox,
  connected: _,
}) => {
  const control = sandboxControl(sandbox);
  const hostile = (await control.contacts()).filter((contact) => /[<>]/.test(contact.name));
  const bill = (await control.bills()).find(
    (candidate) =>
      candidate.state !== 'deleted' && hostile.some((contact) => contact.id === candidate.clientId),
  );
  const client = hostile.find((contact) => contact.id === bill?.clientId);
  if (!bill || !client) throw new Error('The seed has no bill for a client with markup in its name');
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const page = await ClioBillPage.open(context, bill.id);

  await expect(page.panelField('client')).toHaveText(client.name);
  await expect(page.panel.locator('img, script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('navigating between bills and away leaves no panels, nodes or listeners behind', async ({
  context,
  sandbox,
  connected: _,
}) => {
  const [first, second] = await unpaidBills(sandbox);
  if (!first || !second) throw new Error('The seed needs two unpaid USD bills');
  const page = await ClioBillPage.open(context, first.id);
  const cdp = await context.newCDPSession(page.page);
  // Remit's listeners live in its content scripts' world, which the page's own world cannot see.
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    if (created.name === 'Remit for Clio') worlds.push(created.id);
  });
  await cdp.send('Runtime.enable');
  const listenerCount = async () => {
    let total = 0;
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: worlds.at(-1) });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId ?? '',
      });
      total += listeners.length;
    }
    return total;
  };
  const cycle = async () => {
    await page.goToBill(second.id);
    await expect(page.panelField('bill')).toHaveText(second.number);
    await page.goTo('#/matters');
    await expect(page.panel).toHaveCount(0);
    await page.goToBill(first.id);
    await expect(page.panelField('bill')).toHaveText(first.number);
  };

  await cycle();
  expect(worlds, 'Remit’s content-script world').not.toHaveLength(0);
  const listeners = await listenerCount();
  const nodes = await page.page.evaluate(() => document.getElementsByTagName('*').length);
  for (let round = 0; round < 4; round += 1) await cycle();

  await expect(page.page.locator('remit-bill-panel')).toHaveCount(1);
  expect(await listenerCount()).toBe(listeners);
  expect(await page.page.evaluate(() => document.getElementsByTagName('*').length)).toBe(nodes);
});

test('Clio drawing the bill again in place, as after its own actions, brings the panel back once', async ({
  context,
  sandbox,
  connected: _,
}) => {
  const [bill] = await unpaidBills(sandbox);
  if (!bill) throw new Error('The seed needs an unpaid USD bill');
  const page = await ClioBillPage.open(context, bill.id);
  await expect(page.panelField('outstanding')).toHaveText(usd(bill.balance));

  for (let round = 0; round < 2; round += 1) {
    await redrawInOneStep(page.page, '.bill-show', 'remit-bill-panel');
    await expect(page.page.locator('remit-bill-panel')).toHaveCount(1);
    await expect(page.panelField('bill')).toHaveText(bill.number);
    await expect(page.panelField('outstanding')).toHaveText(usd(bill.balance));
  }
});

test('a Clio page without the bill’s summary gets the panel at its top, saying what Remit could not find', async ({
  context,
  sandbox,
  connected: _,
}) => {
  const [bill] = await unpaidBills(sandbox);
  if (!bill) throw new Error('The seed needs an unpaid USD bill');
  const page = await context.newPage();
  // A Clio that changed its markup: the summary is drawn under a class Remit does not know.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      for (const summary of document.querySelectorAll('.bill-summary')) summary.className = 'bill-overview';
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`https://app.clio.com/nc/#/bills/${bill.id}`);
  const billPage = ClioBillPage.attach(page);

  await expect(billPage.panel.getByRole('alert')).toHaveText(
    'Clio’s page changed; Remit could not find the bill’s summary (total, paid, balance).',
    { timeout: 30_000 },
  );
  await expect(page.locator('remit-bill-panel')).toHaveCount(1);
  await expect(billPage.panelField('outstanding')).toHaveText(usd(bill.balance));
});

test('a bill Clio does not have says so on its page', async ({ context, connected: _ }) => {
  const page = await ClioBillPage.open(context, 987654321);
  await expect(page.page.getByRole('heading', { name: 'Bill not found' })).toBeVisible();
  // Once Clio says it has no such bill, there is no summary to wait for: the panel goes at the top.
  await expect(page.panel.getByRole('alert')).toContainText('Clio has no such bill');
  await expect(page.panel).not.toContainText('page changed');
});

test('a form closed without acting gives the keyboard back to the button that opened it', async ({
  context,
  sandbox,
  connected: _,
}) => {
  const bill = (await unpaidBills(sandbox)).find(
    (candidate) => candidate.kind === 'revenue_kind' && candidate.balance > 0,
  );
  if (!bill) throw new Error('The seed has no unpaid USD invoice');
  const page = await ClioBillPage.open(context, bill.id);
  await expect(page.panelField('bill')).toHaveText(bill.number);

  await page.sendAction.focus();
  await page.page.keyboard.press('Enter');
  await expect(page.sendForm).toBeVisible();
  await page.page.keyboard.press('Escape');
  await expect(page.sendForm).toBeHidden();
  await expect(page.sendAction).toBeFocused();

  const createLink = page.paymentLinks.getByRole('button', { name: 'Create payment link…' });
  await createLink.focus();
  await page.page.keyboard.press('Enter');
  await expect(page.linkForm).toBeVisible();
  await page.linkForm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.linkForm).toBeHidden();
  await expect(createLink).toBeFocused();
});
