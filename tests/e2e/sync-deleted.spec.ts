import type { BillRecord } from '../../lib/db/records/bill';
import { extensionPage, readStore, waitForSyncToFinish } from '../support/extension-db';
import { sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';

test('the daily sweep drops bills deleted in Clio, which incremental syncs never hear of', async ({
  context,
  extensionId,
  sandbox,
  serviceWorker,
  connected: _,
}) => {
  const page = await extensionPage(context, extensionId);
  await waitForSyncToFinish(page);
  const control = sandboxControl(sandbox);
  const draft = (await control.bills()).find((bill) => bill.state === 'draft');
  if (!draft) throw new Error('The seed has no draft bill');
  expect((await readStore<BillRecord>(page, 'bills')).map((bill) => bill.id)).toContain(draft.id);

  await control.deleteBill(draft.id);
  await serviceWorker.evaluate(
    `chrome.alarms.onAlarm.dispatch({ name: 'remit-sweep-deleted-bills', scheduledTime: Date.now() })`,
  );

  await expect
    .poll(async () => (await readStore<BillRecord>(page, 'bills')).map((bill) => bill.id))
    .not.toContain(draft.id);
  const live = (await control.bills()).filter((bill) => bill.state !== 'deleted').map((bill) => bill.id);
  expect((await readStore<BillRecord>(page, 'bills')).map((bill) => bill.id).sort()).toEqual(live.sort());
});
