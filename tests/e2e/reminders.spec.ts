import type { Page, Worker } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { addDays } from '../../lib/format';
import { extensionPage, syncStatusOf, waitForSyncToFinish } from '../support/extension-db';
import { type SandboxBill, type SandboxControl, sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { ClioBillPage } from './pages/clio-bill-page';
import { CollectionsPage } from './pages/collections-page';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { ReviewPage } from './pages/review-page';

test.use({ sandboxOptions: { size: 30 } });
test.describe.configure({ timeout: 180_000 });

/** Bills owed with nothing under way: those a reminder can be for. */
async function owedBills(control: SandboxControl): Promise<SandboxBill[]> {
  return (await control.bills()).filter((bill) => bill.state === 'awaiting_payment' && bill.pending === 0);
}

/**
 * Leaves the bills in `due` the only ones a reminder can be for: every other bill owed was never
 * sent, and each of these was sent 40 days ago and falls due on the day given. Then syncs, as the
 * alarm does, and waits for the run to end.
 */
async function remindOnly(
  { control, page, serviceWorker }: { control: SandboxControl; page: Page; serviceWorker: Worker },
  due: [SandboxBill, string][],
): Promise<void> {
  const { lastCompletedAt } = await waitForSyncToFinish(page);
  const sentLongAgo = `${addDays(new Date().toISOString().slice(0, 10), -40)}T15:00:00Z`;
  for (const bill of await owedBills(control)) await control.updateBill(bill.id, { last_sent_at: null });
  for (const [bill, dueAt] of due)
    await control.updateBill(bill.id, { due_at: dueAt, last_sent_at: sentLongAgo });
  await serviceWorker.evaluate(
    `chrome.alarms.onAlarm.dispatch({ name: 'remit-sync', scheduledTime: Date.now() })`,
  );
  await expect.poll(async () => (await syncStatusOf(page)).lastCompletedAt).not.toBe(lastCompletedAt);
  await waitForSyncToFinish(page);
}

test('the day’s reminders: counted and notified, reviewed on their step’s words, sent once, kept in the history and the export', async ({
  context,
  extensionId,
  sandbox,
  serviceWorker,
  connected: _,
}) => {
  const control = sandboxControl(sandbox);
  const page = await extensionPage(context, extensionId);
  const today = new Date().toISOString().slice(0, 10);

  // Four clients' bills owed and sent 40 days ago: one 7 days past due, one due in 3 days, one 7 days
  // past due whose client Clio reminds itself, one 7 days past due the client will pay meanwhile.
  // Every other unpaid bill was never sent, so it is no one's to remind.
  const owed = await owedBills(control);
  const oneEach = [...new Map(owed.map((bill) => [bill.clientId, bill])).values()];
  const [overdue, dueSoon, clioReminded, paidMeanwhile] = oneEach;
  if (!overdue || !dueSoon || !clioReminded || !paidMeanwhile) throw new Error('too few clients owe');
  await control.setClioReminders(clioReminded.clientId, true);
  const weekLate = addDays(today, -7);
  await remindOnly({ control, page, serviceWorker }, [
    [overdue, weekLate],
    [clioReminded, weekLate],
    [paidMeanwhile, weekLate],
    [dueSoon, addDays(today, 3)],
  ]);

  // The firm words its 7-day step itself in the options.
  const options = await OptionsPage.open(context, extensionId);
  const reminders = options.page.getByRole('form', { name: 'Reminders' });
  const sevenDays = reminders.locator('details', { hasText: '7 days after the due date · on' });
  await sevenDays.locator('summary').click();
  await sevenDays.getByLabel('Email subject').fill('Seven days late: {bill_numbers}');
  await reminders.getByRole('button', { name: 'Save reminders' }).click();
  await expect(reminders.getByRole('status')).toHaveText('Saved.');
  await options.page.close();

  // The morning's alarm: Clio is asked whose reminders it sends, three are due, one notice says so.
  const badgeTitle = () => serviceWorker.evaluate('chrome.action.getTitle({})') as Promise<string>;
  const notices = () => serviceWorker.evaluate('chrome.notifications.getAll()') as Promise<object>;
  await serviceWorker.evaluate(
    `chrome.alarms.onAlarm.dispatch({ name: 'remit-reminders', scheduledTime: Date.now() })`,
  );
  await expect.poll(badgeTitle).toBe('Remit for Clio: 3 reminders due today');
  await expect.poll(notices).toEqual({ 'remit-reminders-due': true });
  // The popup offers them too, with the same count.
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.locator('[data-figure="reminders-due"]')).toHaveText('3 reminders due today');
  await expect(popup.page.getByRole('button', { name: 'Review and send reminders…' })).toBeVisible();
  await popup.page.close();

  // Paid in full before the review: Send all finds it paid with Clio and leaves it out.
  await control.payBill(paidMeanwhile.id, paidMeanwhile.balance);

  await serviceWorker.evaluate(`chrome.notifications.onClicked.dispatch('remit-reminders-due')`);
  const workspacePage = await context.waitForEvent('page', (opened) => opened.url().endsWith('#reminders'));
  const workspace = CollectionsPage.attach(workspacePage);
  await expect(workspace.filters.getByLabel('Queue')).toHaveValue('reminders_due');
  await expect(workspace.selected).toHaveText('3 bills selected');
  await workspacePage.getByRole('button', { name: 'Review 3 bills' }).click();
  const review = new ReviewPage(workspacePage);
  const envelope = await review.open(overdue.clientId);
  await expect(envelope.locator('[data-field="reminder-step"]')).toHaveText(
    'Reminder: 7 days after the due date',
  );
  await expect(envelope.locator('[data-preview-part="subject"]').first()).toHaveText(
    `Seven days late: ${overdue.number}`,
  );
  const soon = await review.open(dueSoon.clientId);
  await expect(soon.locator('[data-field="reminder-step"]')).toHaveText(
    'Reminder: 3 days before the due date',
  );

  await workspacePage.getByRole('button', { name: 'Send all 3 bills through Clio' }).click();
  await expect(review.progress).toHaveText('2 of 3 sent, 2 confirmed by Clio; 0 failed, 1 skipped, 0 left', {
    timeout: 120_000,
  });

  // Each reminder went once, on its step's words; the paid bill did not go.
  const sends = (await control.state()).sends;
  expect(sends.map((send) => send.billId).sort()).toEqual([overdue.id, dueSoon.id].sort());
  const overdueSend = sends.find((send) => send.billId === overdue.id);
  expect(overdueSend?.subject).toBe(`Seven days late: ${overdue.number}`);
  expect(overdueSend?.message).toContain('due since');
  expect(sends.find((send) => send.billId === dueSoon.id)?.subject).toMatch(/^Reminder: bills .* are due /);

  // Sent today, so none is due again today, and the morning's alarm, run again, repeats none.
  await serviceWorker.evaluate(`chrome.notifications.clear('remit-reminders-due')`);
  await serviceWorker.evaluate(
    `chrome.alarms.onAlarm.dispatch({ name: 'remit-reminders', scheduledTime: Date.now() })`,
  );
  await expect.poll(badgeTitle).not.toContain('reminder');
  expect(await notices()).toEqual({});

  // The next morning (the worker's clock a day on) repeats none either: each bill is still on the
  // step it was reminded at. The badge's count is first set to a figure no look gives, so the test
  // waits for the look's own count rather than reading the one before it.
  await waitForSyncToFinish(page);
  await serviceWorker.evaluate(`(async () => {
    const today = Date;
    globalThis.realDate = today;
    globalThis.Date = class extends today {
      constructor(...args) { super(...(args.length > 0 ? args : [today.now() + 86_400_000])); }
      static now() { return today.now() + 86_400_000; }
    };
    const { badge } = await chrome.storage.session.get('badge');
    await chrome.storage.session.set({ badge: { ...badge, remindersDue: -1 } });
    chrome.alarms.onAlarm.dispatch({ name: 'remit-reminders', scheduledTime: Date.now() });
  })()`);
  const badgeCount = () =>
    serviceWorker.evaluate(
      `chrome.storage.session.get('badge').then(({ badge }) => badge.remindersDue)`,
    ) as Promise<number>;
  await expect.poll(badgeCount).not.toBe(-1);
  expect(await badgeCount()).toBe(0);
  expect(await notices()).toEqual({});
  await serviceWorker.evaluate('globalThis.Date = globalThis.realDate');

  // The bill's page shows its reminder, confirmed by Clio, through the channels it went by.
  const channel = (billId: number) =>
    sends.find((send) => send.billId === billId)?.email ? 'client portal and email' : 'client portal';
  const billPage = await ClioBillPage.open(context, overdue.id);
  const history = billPage.panelField('reminders');
  await expect(history.getByRole('listitem')).toHaveText(
    `7 days after the due date: ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(today))}, by ${channel(overdue.id)}, confirmed in Clio`,
  );

  // Among the bills, Remit's last action on it is the reminder, at its step.
  await review.page.getByRole('button', { name: 'Back to the bills' }).click();
  await workspace.chooseQueue('All bills');
  const client = (await control.contacts()).find((contact) => contact.id === overdue.clientId)?.name ?? '';
  await workspace.search(client);
  const row = workspace.rows.and(workspacePage.locator(`[data-bill-id="${overdue.id}"]`));
  await expect(workspace.cell(row, 'last_action')).toHaveText(
    `Reminder, 7 days after the due date: Sent ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date())}`,
  );

  // The history exported reads back as the same reminders.
  const download = workspacePage.waitForEvent('download');
  await workspacePage.getByRole('button', { name: 'Reminder history' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`remit-reminders-${today}.csv`);
  const rows: string[][] = parse(await (await file.createReadStream()).toArray().then(Buffer.concat), {
    bom: true,
  });
  expect(
    rows
      .slice(1)
      .map((row) => [row[1], row[3], row[5], row[6]])
      .sort(),
  ).toEqual(
    [
      [overdue.number, '7 days after the due date', channel(overdue.id), 'confirmed in Clio'],
      [dueSoon.number, '3 days before the due date', channel(dueSoon.id), 'confirmed in Clio'],
    ].sort(),
  );
});

test('a client never to remind: held from the bill’s page, listed in the options, reminded again from there, the open workspace following', async ({
  context,
  extensionId,
  sandbox,
  serviceWorker,
  connected: _,
}) => {
  const control = sandboxControl(sandbox);
  const page = await extensionPage(context, extensionId);

  // One bill owed 7 days past due and sent 40 days ago: the only reminder due today.
  const [overdue] = await owedBills(control);
  if (!overdue?.clientId) throw new Error('no bill owed by a client');
  await remindOnly({ control, page, serviceWorker }, [
    [overdue, addDays(new Date().toISOString().slice(0, 10), -7)],
  ]);
  const client = (await control.contacts()).find((contact) => contact.id === overdue.clientId)?.name ?? '';

  // The workspace, open on the reminders due, follows what is held elsewhere.
  const workspace = await CollectionsPage.open(context, extensionId);
  await workspace.chooseQueue('Reminders due today');
  await expect(workspace.rows).toHaveCount(1);

  // Held from the bill's page: no reminder is due for it any more.
  const billPage = await ClioBillPage.open(context, overdue.id);
  const reminders = billPage.panelField('reminders');
  await expect(reminders.locator('[data-field="reminder-due"]')).toHaveText(
    'A reminder is due today: 7 days after the due date. Review it in Remit’s workspace.',
  );
  const never = reminders.getByRole('button', { name: 'Never remind this client' });
  await never.click();
  await expect(never).toHaveAttribute('aria-pressed', 'true');
  await expect(reminders.locator('[data-field="reminder-due"]')).toHaveCount(0);
  await expect(workspace.rows).toHaveCount(0);

  // The options list the client, by name as Clio has it; reminding it again empties the list, and the
  // bill's page, still open, shows its reminder due again.
  const options = await OptionsPage.open(context, extensionId);
  const quiet = options.page.getByRole('region', { name: 'Clients never reminded' });
  await expect(quiet.getByRole('listitem')).toHaveCount(1);
  await expect(quiet.getByRole('listitem')).toContainText(client);
  await quiet.getByRole('button', { name: `Remind ${client} again` }).click();
  await expect(quiet).toHaveCount(0);
  await expect(never).toHaveAttribute('aria-pressed', 'false');
  await expect(reminders.locator('[data-field="reminder-due"]')).toHaveCount(1);
  await expect(workspace.rows).toHaveCount(1);
});
