import type { Worker } from '@playwright/test';
import { sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { ClioBillPage } from './pages/clio-bill-page';
import { ClioBillsList } from './pages/clio-bills-list';

const MENU_ID = 'remit-send-to-portal';
const WORKSPACE_MENU_ID = 'remit-open-workspace';

/** Records what the worker asks of the menu item; Chrome offers no way to read a menu back. */
async function recordMenuUpdates(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(`(() => {
    const update = chrome.contextMenus.update.bind(chrome.contextMenus);
    globalThis.menuUpdates = [];
    chrome.contextMenus.update = (id, changes) => {
      globalThis.menuUpdates.push({ id, visible: changes.visible });
      return update(id, changes);
    };
  })()`);
}

/** Whether the worker last showed or hid this item; 'none' before it was told anything. */
const lastVisibility = (serviceWorker: Worker, id = MENU_ID) =>
  serviceWorker.evaluate(
    `globalThis.menuUpdates.filter((update) => update.id === ${JSON.stringify(id)}).at(-1)?.visible ?? 'none'`,
  ) as Promise<boolean | 'none'>;

test.describe('context menu', () => {
  test('“Send” shows only for bills, the workspace only on the bills list, which it opens', async ({
    context,
    sandbox,
    serviceWorker,
  }) => {
    await expect
      .poll(() =>
        serviceWorker.evaluate(`chrome.contextMenus.update('${MENU_ID}', {}).then(() => true, () => false)`),
      )
      .toBe(true);
    await recordMenuUpdates(serviceWorker);
    const [bill] = (await sandboxControl(sandbox).bills()).filter(
      (candidate) => candidate.state !== 'deleted',
    );
    if (!bill) throw new Error('The seed has no bills');
    const list = await ClioBillsList.open(context);

    await list.billLink(bill.number).click({ button: 'right' });
    await expect.poll(() => lastVisibility(serviceWorker)).toBe(true);
    await expect.poll(() => lastVisibility(serviceWorker, WORKSPACE_MENU_ID)).toBe(true);

    await list.page.getByRole('link', { name: 'Matters' }).click({ button: 'right' });
    await expect.poll(() => lastVisibility(serviceWorker)).toBe(false);
    await expect.poll(() => lastVisibility(serviceWorker, WORKSPACE_MENU_ID)).toBe(true);

    const billPage = await ClioBillPage.open(context, bill.id);
    await billPage.page.getByRole('heading', { level: 1 }).click({ button: 'right' });
    await expect.poll(() => lastVisibility(serviceWorker)).toBe(true);
    await expect.poll(() => lastVisibility(serviceWorker, WORKSPACE_MENU_ID)).toBe(false);

    const workspace = context.waitForEvent('page', {
      predicate: (page) => page.url().endsWith('/collections.html'),
    });
    await serviceWorker.evaluate(
      `chrome.contextMenus.onClicked.dispatch(${JSON.stringify({
        menuItemId: WORKSPACE_MENU_ID,
        pageUrl: 'https://app.clio.com/nc/#/bills',
        frameId: 0,
        editable: false,
      })})`,
    );
    await expect((await workspace).getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('sending from a bill link sends that bill once; a non-bill link sends nothing', async ({
    context,
    sandbox,
    serviceWorker,
    connected: _,
  }) => {
    const bill = (await sandboxControl(sandbox).bills()).find(
      (candidate) => candidate.state === 'awaiting_payment' && !candidate.shared,
    );
    if (!bill) throw new Error('The seed has no unshared unpaid bill');
    const list = await ClioBillsList.open(context);
    await list.billLink(bill.number).waitFor();
    const listTab = await serviceWorker.evaluate(
      `chrome.tabs.query({ url: 'https://app.clio.com/nc/*' }).then((tabs) => tabs[0])`,
    );
    const click = (linkUrl: string) =>
      serviceWorker.evaluate(
        `chrome.contextMenus.onClicked.dispatch(${JSON.stringify({
          menuItemId: MENU_ID,
          linkUrl,
          pageUrl: 'https://app.clio.com/nc/#/bills',
          frameId: 0,
          editable: false,
        })}, ${JSON.stringify(listTab)})`,
      );

    await click('https://app.clio.com/nc/#/matters/1');
    await click(`https://app.clio.com/nc/#/bills/${bill.id}`);

    await expect
      .poll(async () => (await sandboxControl(sandbox).state()).sends.map((send) => send.billId), {
        timeout: 30_000,
      })
      .toEqual([bill.id]);
    const opened = context.pages().find((page) => page.url().endsWith(`#/bills/${bill.id}`));
    if (!opened) throw new Error('The bill did not open in a tab of its own');
    await expect(ClioBillPage.attach(opened).sendStatus).toContainText('Sent, and confirmed by Clio', {
      timeout: 20_000,
    });
  });
});
