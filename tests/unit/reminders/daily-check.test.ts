import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import { addDays } from '@/lib/format';
import {
  checkRemindersToday,
  followReminderNotice,
  lookIfAlarmWasLost,
  recountReminders,
} from '@/lib/reminders/daily-check';
import { calendarDayIn, firmTimeZone } from '@/lib/reminders/firm-day';
import { loadHolds } from '@/lib/reminders/holds';
import { bill } from '../../support/cached-bill';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

let clio: InProcessClio;
beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((table) => table.clear()));
  clio = await connectToInProcessClio({ size: 20 });
});
afterEach(() => clio.close());

const today = () => calendarDayIn(firmTimeZone(), Date.now());

describe('the day’s look at the reminders', () => {
  it('reads whose reminders Clio sends, counts on the badge, and notifies once a day', async () => {
    const [first, second] = await clio.control.contacts();
    await clio.control.setClioReminders(first?.id as number, true);
    const sent = `${addDays(today(), -40)}T15:00:00Z`;
    await db.bills.bulkPut([
      bill({ id: 1, clientId: first?.id, dueAt: addDays(today(), -7), lastSentAt: sent }),
      bill({ id: 2, clientId: second?.id, dueAt: addDays(today(), -7), lastSentAt: sent }),
      bill({ id: 3, clientId: second?.id, dueAt: addDays(today(), -14), lastSentAt: sent }),
    ]);

    // Until the day's look, the badge keeps to the overdue bills.
    expect(await recountReminders()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    await checkRemindersToday();

    expect((await loadHolds('us:1')).clioReminded).toEqual(new Set([first?.id]));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('Remit for Clio: 2 reminders due today');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({
      'remit-reminders-due': expect.objectContaining({ title: '2 reminders due: review and send' }),
    });

    // Later the same day: counted again, but not told again.
    await fakeBrowser.notifications.clear('remit-reminders-due');
    await checkRemindersToday();
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('looks at once when its alarm was lost, once reminders were looked at before and the morning has come', async () => {
    const sent = `${addDays(today(), -40)}T15:00:00Z`;
    await db.bills.put(bill({ id: 1, dueAt: addDays(today(), -7), lastSentAt: sent }));
    const at = (hour: number) => new Date().setHours(hour, 30, 0, 0);
    const notices = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());

    // Never looked at before: the alarm is set for the first morning, as on a new install.
    await lookIfAlarmWasLost(at(9));
    expect(notices()).toEqual([]);

    await fakeBrowser.storage.local.set({
      remindersLastLook: { day: addDays(today(), -1), noticeShown: true },
    });
    await lookIfAlarmWasLost(at(7));
    expect(notices()).toEqual([]);
    await lookIfAlarmWasLost(at(9));
    expect(notices()).toEqual(['remit-reminders-due']);
  });

  it('looks once when the morning’s alarm wakes the worker, which then finds the alarm gone', async () => {
    const sent = `${addDays(today(), -40)}T15:00:00Z`;
    await db.bills.put(bill({ id: 1, dueAt: addDays(today(), -7), lastSentAt: sent }));
    await fakeBrowser.storage.local.set({
      remindersLastLook: { day: addDays(today(), -1), noticeShown: true },
    });
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await clio.control.resetRequestCounters();
    const nine = new Date().setHours(9, 30, 0, 0);

    await Promise.all([checkRemindersToday(nine), lookIfAlarmWasLost(nine)]);

    expect(created).toHaveBeenCalledOnce();
    const { byPath } = (await clio.control.state()).requests;
    // Clio asked once whose reminders it sends.
    expect(Object.entries(byPath).filter(([path]) => path.startsWith('GET /api/v4/'))).toEqual([
      ['GET /api/v4/outstanding_client_balances', 1],
    ]);
  });

  it('opens the workspace on the reminders due from the notice', async () => {
    followReminderNotice();
    await fakeBrowser.notifications.onClicked.trigger('remit-reminders-due');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/collections.html#reminders'));
  });
});
