import { expectedReceivables } from '../support/expected-receivables';
import { waitForSyncToFinish } from '../support/extension-db';
import { expectPopupToShow } from '../support/popup-matches';
import { sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { AuthorizeWindow } from './pages/authorize-window';
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
