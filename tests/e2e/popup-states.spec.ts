import { expectedReceivables } from '../support/expected-receivables';
import { waitForSyncToFinish } from '../support/extension-db';
import { expectPopupToShow } from '../support/popup-matches';
import { sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { AuthorizeWindow } from './pages/authorize-window';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

test('first run: the popup says what it will show and leads to connecting in the options', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.heading).toHaveText('Remit for Clio');
  await expect(popup.body).toContainText('Remit is not connected to Clio yet.');
  await expect(popup.body).toContainText('what clients owe');
  await expect(popup.page.getByRole('region', { name: /^Receivables in / })).toHaveCount(0);
  expect(await serviceWorker.evaluate('chrome.action.getBadgeText({})')).toBe('');

  const opened = context.waitForEvent('page');
  await popup.action('Connect to Clio').click();
  expect((await opened).url()).toBe(`chrome-extension://${extensionId}/options.html`);
});

test.describe('with a cache', () => {
  test.use({ sandboxOptions: { size: 120 } });

  test('reconnect: the cached figures stay, marked with the last sync, and the popup reconnects', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const popup = await PopupPage.open(context, extensionId);
    await waitForSyncToFinish(popup.page);
    const expected = await expectedReceivables(control);
    await expect(popup.body).toContainText('Connected as');
    await expect(popup.sync.lastSynced).toHaveText(/^Last synced /);
    const lastSynced = await popup.sync.lastSynced.textContent();

    await control.revokeTokens();
    await popup.sync.syncNowButton.click();

    await expect(popup.alert).toContainText('Clio no longer accepts Remit’s sign-in.');
    await expect(popup.alert).toContainText('figures below are from the last sync');
    await expect(popup.sync.lastSynced).toHaveText(lastSynced ?? '');
    await expectPopupToShow(popup, expected);

    const authorize = context.waitForEvent('page');
    await popup.action('Reconnect to Clio').click();
    await new AuthorizeWindow(await authorize).allow();
    await expect(popup.action('Reconnect to Clio')).toBeHidden();
    await expect(popup.body).toContainText('Connected as');
    await expect(popup.sync.error).toBeHidden();
  });

  test('offline: with Clio unreachable the popup keeps the cached figures and when they were synced', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const popup = await PopupPage.open(context, extensionId);
    await waitForSyncToFinish(popup.page);
    const expected = await expectedReceivables(control);
    await expect(popup.sync.lastSynced).toHaveText(/^Last synced /);
    const lastSynced = await popup.sync.lastSynced.textContent();

    await control.injectFaults([{ kind: '503', rate: 1, path: '/api/v4/' }]);
    await popup.sync.syncNowButton.click();

    // Every attempt of the first request, with backoff, before the sync gives up.
    await expect(popup.sync.error).toContainText('Remit could not reach Clio', { timeout: 45_000 });
    await expect(popup.sync.lastSynced).toHaveText(lastSynced ?? '');
    await expectPopupToShow(popup, expected);

    const reopened = await PopupPage.open(context, extensionId);
    await expect(reopened.sync.lastSynced).toHaveText(lastSynced ?? '');
    await expect(reopened.figure('USD', 'outstanding')).toHaveText(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
        (expected.currencies.get('USD')?.outstanding ?? 0) / 100,
      ),
    );
  });
});

test.describe('a firm without Clio Payments', () => {
  test.use({ sandboxOptions: { size: 120 } });

  test('the popup’s figures come in and keep syncing, and the popup says what Clio refused', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const control = sandboxControl(sandbox);
    await control.injectFaults([{ kind: '403', rate: 1, path: '/api/v4/clio_payments/' }]);
    const options = await OptionsPage.open(context, extensionId);
    await options.connectWithSandboxApp();
    const popup = await PopupPage.open(context, extensionId);
    await waitForSyncToFinish(popup.page);
    await expect(popup.sync.lastSynced).toHaveText(/^Last synced /);
    await expect(popup.sync.error).toHaveText(
      'Clio does not let Remit read the payment links of this account (You are not permitted to access this resource). The rest is synced; Remit asks again on each sync.',
    );
    const usd = (figures: Awaited<ReturnType<typeof expectedReceivables>>) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
        (figures.currencies.get('USD')?.outstanding ?? 0) / 100,
      );
    await expect(popup.figure('USD', 'outstanding')).toHaveText(usd(await expectedReceivables(control)));

    // Paid in Clio since: Sync now still brings it in.
    const owed = (await control.bills()).find(
      (bill) => bill.state === 'awaiting_payment' && bill.currency === 'USD' && bill.balance > 10,
    );
    if (!owed) throw new Error('The seed has no owed USD bill');
    await control.payBill(owed.id, 10);
    await popup.sync.syncNowButton.click();
    await expect(popup.figure('USD', 'outstanding')).toHaveText(usd(await expectedReceivables(control)));
    await expect(popup.sync.error).toContainText('Clio does not let Remit read the payment links');
  });
});
