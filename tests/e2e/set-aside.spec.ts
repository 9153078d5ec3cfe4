import type { BillRecord } from '../../lib/db/records/bill';
import { expectBillsToMatch } from '../support/cache-matches';
import { extensionPage, readStore, waitForSyncToFinish } from '../support/extension-db';
import { money } from '../support/money-text';
import { sandboxControl } from '../support/sandbox-control';
import { waitForSyncCompletedSince } from '../support/sync-watch';
import { expect, test } from './fixtures';
import { ClioBillPage } from './pages/clio-bill-page';
import { OptionsPage } from './pages/options-page';

test('malformed bills are set aside with their reason; the rest of the page lands', async ({
  context,
  extensionId,
  sandbox,
}) => {
  const control = sandboxControl(sandbox);
  const unpaid = (await control.bills()).filter((bill) => bill.state === 'awaiting_payment');
  const [badTotal, badState] = unpaid;
  if (!badTotal || !badState) throw new Error('The seed needs two unpaid bills');
  await control.corruptBill(badTotal.id, 'total', 'abc');
  await control.corruptBill(badState.id, 'state', 'archived');
  const options = await OptionsPage.open(context, extensionId);

  await options.connectWithSandboxApp();
  await waitForSyncToFinish(options.page);

  await expect(options.setAside).toHaveCount(2);
  await expect(options.setAside.filter({ hasText: `bills ${badTotal.id}` })).toContainText('total:');
  await expect(options.setAside.filter({ hasText: `bills ${badState.id}` })).toContainText('state:');
  const stored = await readStore<BillRecord>(options.page, 'bills');
  const corrupted = new Set([badTotal.id, badState.id]);
  expect(stored.filter((bill) => corrupted.has(bill.id))).toEqual([]);
  expectBillsToMatch(
    stored,
    (await control.bills()).filter((bill) => !corrupted.has(bill.id)),
  );

  // Once Clio sends the bill whole again, it lands and leaves the list.
  await control.corruptBill(badState.id, 'state', badState.state);
  const clicked = Date.now();
  await options.sync.syncNowButton.click();
  await waitForSyncCompletedSince(options.page, clicked);

  await expect(options.setAside).toHaveCount(1);
  await expect(options.setAside).toContainText(`bills ${badTotal.id}`);
  const restored = (await readStore<BillRecord>(options.page, 'bills')).find(
    (bill) => bill.id === badState.id,
  );
  expect(restored?.state).toBe(badState.state);
});

test('the bill on screen, sent malformed, keeps its cached figures and says what Clio sent wrong', async ({
  context,
  extensionId,
  sandbox,
  connected: _,
}) => {
  const control = sandboxControl(sandbox);
  const bill = (await control.bills()).find((candidate) => candidate.state === 'awaiting_payment');
  if (!bill) throw new Error('The seed has no unpaid bill');
  await waitForSyncToFinish(await extensionPage(context, extensionId));
  const page = await ClioBillPage.open(context, bill.id);
  const outstanding = money(bill.balance, bill.currency);
  await expect(page.panelField('outstanding')).toHaveText(outstanding);
  await expect(page.panelField('freshness')).toContainText('Checked with Clio');

  await control.corruptBill(bill.id, 'balance', 'n/a');
  await page.comeBack();

  await expect(page.panelField('freshness')).toContainText('Stale');
  await expect(page.panel.getByRole('alert')).toContainText(
    'Clio answered with something Remit could not read',
  );
  await expect(page.panel.getByRole('alert')).toContainText('balance');
  await expect(page.panelField('outstanding')).toHaveText(outstanding);
});
