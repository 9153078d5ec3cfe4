import type { BillRecord } from '../../lib/db/records/bill';
import type { ConnectionRecord } from '../../lib/db/records/connection';
import { expectBillsToMatch } from '../support/cache-matches';
import { expectedReceivables } from '../support/expected-receivables';
import { readStore, waitForSyncToFinish } from '../support/extension-db';
import { money } from '../support/money-text';
import { expectPopupToShow } from '../support/popup-matches';
import { sandboxControl } from '../support/sandbox-control';
import { waitForSyncCompletedSince } from '../support/sync-watch';
import { expect, test } from './fixtures';
import { ClioBillPage } from './pages/clio-bill-page';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

/**
 * Clio answering in the other ways its description allows (tests/sandbox/variations): fields left
 * out or null, `false` as null, lower-case currency codes, timestamps at an offset, unrequested
 * fields, `next: null`, and a refresh answer without a refresh token. Remit must read them all the same.
 */
test.describe('a Clio that answers in every way its description allows', () => {
  test.use({ sandboxOptions: { size: 120, variations: true } });

  test('connect, sync, the popup and a bill’s panel read the same figures, and the sign-in renews', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const options = await OptionsPage.open(context, extensionId);
    const status = await waitForSyncToFinish(options.page);
    expect(status.setAside).toEqual([]);
    expectBillsToMatch(await readStore<BillRecord>(options.page, 'bills'), await control.bills());

    const popup = await PopupPage.open(context, extensionId);
    await expectPopupToShow(popup, await expectedReceivables(control));

    const bill = (await control.bills()).find(
      (candidate) =>
        candidate.state === 'awaiting_payment' && candidate.paid > 0 && candidate.currency === 'CAD',
    );
    if (!bill) throw new Error('The seed has no partly paid CAD bill');
    const page = await ClioBillPage.open(context, bill.id);
    await expect(page.panelField('total')).toHaveText(money(bill.total, 'CAD'));
    await expect(page.panelField('paid')).toHaveText(money(bill.paid, 'CAD'));
    await expect(page.panelField('outstanding')).toHaveText(money(bill.balance, 'CAD'));
    await expect(page.panelField('freshness')).toContainText('Checked with Clio');

    const [before] = await readStore<ConnectionRecord>(options.page, 'connection');
    await control.expireTokens();
    const clicked = Date.now();
    await options.sync.syncNowButton.click();
    await waitForSyncCompletedSince(options.page, clicked);
    const [after] = await readStore<ConnectionRecord>(options.page, 'connection');
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(after?.refreshToken).toBe(before?.refreshToken);
    await expect(options.page.getByRole('button', { name: 'Reconnect to Clio' })).toHaveCount(0);
  });
});
