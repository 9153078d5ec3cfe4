import { beforeEach, describe, expect, it } from 'vitest';
import { saveConnection, wipeEverything } from '@/lib/connection/store';
import { db } from '@/lib/db/database';
import { asReminder } from '@/lib/mailing/reminder-envelope';
import { quietClients } from '@/lib/reminders/bill-reminders';
import { defaultCadence, type ReminderStep } from '@/lib/reminders/cadence';
import { saveCadence } from '@/lib/reminders/cadence-store';
import { pastReminders, settleReminder } from '@/lib/reminders/history';
import { keepClioReminded, loadHolds, quietClient, snoozeBill } from '@/lib/reminders/holds';
import { remindersDueToday } from '@/lib/reminders/reminders-today';
import { bill } from '../../support/cached-bill';
import { connectionAs } from '../../support/connection-record';

/** Noon on 8 March 2026 where the tests run: the bills below are 7 days past due that day. */
const MARCH_8 = new Date(2026, 2, 8, 12).getTime();
const step = (id: string) => defaultCadence.steps.find((each) => each.id === id) as ReminderStep;
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveConnection(connectionAs(7));
});

describe('reminders kept in IndexedDB', () => {
  it('works out today’s reminders from the bills awaiting payment, the history and the holds', async () => {
    await db.bills.bulkPut([
      bill({ id: 1, clientId: 10, dueAt: '2026-03-01', lastSentAt: '2026-02-01T15:00:00Z' }),
      bill({ id: 2, clientId: 20, dueAt: '2026-03-01', lastSentAt: '2026-02-01T15:00:00Z' }),
      bill({ id: 3, clientId: 30, dueAt: '2026-03-01', lastSentAt: '2026-02-01T15:00:00Z' }),
      bill({ id: 4, clientId: 10, dueAt: '2026-03-01', state: 'paid', balance: 0 }),
      bill({ id: 5, clientId: 10, dueAt: '2026-03-06', lastSentAt: '2026-02-01T15:00:00Z' }),
    ]);
    await quietClient('us:7', 20, true);
    await keepClioReminded('us:7', [30]);
    await snoozeBill('us:7', 5, '2026-03-09');
    const due = await remindersDueToday(MARCH_8);
    expect([...due].map(([billId, reached]) => [billId, reached.id])).toEqual([[1, 'after-7']]);

    await saveCadence({ ...defaultCadence, alongsideClioReminders: true });
    await quietClient('us:7', 20, false);
    await snoozeBill('us:7', 5, null);
    const more = await remindersDueToday(MARCH_8);
    expect([...more].map(([billId, reached]) => [billId, reached.id])).toEqual([
      [1, 'after-7'],
      [2, 'after-7'],
      [3, 'after-7'],
      [5, 'due-day'],
    ]);
  });

  it('survive a disconnect, and come back on reconnecting to the same Clio account only', async () => {
    await db.reminders.put({
      id: 'send-1',
      account: 'us:7',
      billId: 1,
      stepId: 'after-7',
      stepDays: 7,
      on: '2026-03-08',
      channel: 'both',
      state: 'sent',
      at: MARCH_8,
    });
    await quietClient('us:7', 20, true);
    await wipeEverything();
    expect(await db.connection.count()).toBe(0);
    expect(await pastReminders('us:7')).toHaveLength(1);
    expect((await loadHolds('us:7')).quietClients).toEqual(new Set([20]));
    expect(await pastReminders('us:8')).toEqual([]);
    expect((await loadHolds('us:8')).quietClients).toEqual(new Set());
  });

  it('follow their send: a refused one is no reminder, and is due again', async () => {
    await db.bills.put(
      bill({ id: 1, clientId: 10, dueAt: '2026-03-01', lastSentAt: '2026-02-01T15:00:00Z' }),
    );
    await db.reminders.put({
      id: 'send-1',
      account: 'us:7',
      billId: 1,
      stepId: 'after-7',
      stepDays: 7,
      on: '2026-03-08',
      channel: 'portal',
      state: 'sent',
      at: MARCH_8,
    });
    expect((await remindersDueToday(MARCH_8)).size).toBe(0);
    await settleReminder('send-1', false);
    expect([...(await remindersDueToday(MARCH_8)).keys()]).toEqual([1]);
    await settleReminder('send-1', true);
    expect((await db.reminders.get('send-1'))?.state).toBe('confirmed');
  });

  it('list the clients never to remind by name, until reminded again', async () => {
    await db.contacts.put({
      id: 20,
      etag: '',
      name: '=Baker LLP',
      type: 'Company',
      email: null,
      isClient: true,
      updatedAt: null,
    });
    await quietClient('us:7', 20, true);
    await quietClient('us:7', 21, true);
    expect(await quietClients()).toEqual([
      { clientId: 20, name: '=Baker LLP' },
      { clientId: 21, name: null },
    ]);
    await quietClient('us:7', 20, false);
    expect((await quietClients()).map((client) => client.clientId)).toEqual([21]);
  });

  it('are none while no Clio account is connected', async () => {
    await db.bills.put(bill({ id: 1, dueAt: '2026-03-01', lastSentAt: '2026-02-01T15:00:00Z' }));
    await db.connection.clear();
    expect((await remindersDueToday(MARCH_8)).size).toBe(0);
  });
});

describe('an envelope of reminders', () => {
  const envelope = {
    position: 0,
    clientId: 10,
    clientName: 'Avery & Co',
    billIds: [1, 2, 3],
    portal: true,
    email: true,
    subject: 'Bills {bill_numbers}',
    message: 'Hello',
  };

  it('goes with its furthest step’s words and channel, each bill keeping its own step', () => {
    const steps = new Map([
      [1, step('after-30')],
      [2, { ...step('after-7'), channel: 'email' as const, subject: 'Seven', message: 'Seven days' }],
    ]);
    const reminder = asReminder(envelope, steps, 'en');
    expect(reminder.reminders).toEqual({
      1: { stepId: 'after-30', stepDays: 30 },
      2: { stepId: 'after-7', stepDays: 7 },
    });
    expect(reminder.subject).toBe('Overdue: bills {bill_numbers}');
    expect(reminder.message).toContain('due since {oldest_due_date}');
    expect([reminder.portal, reminder.email]).toEqual([true, true]);
  });

  it('goes by email only when the step says so and the client has an address, else by the portal', () => {
    const emailStep = { ...step('after-7'), channel: 'email' as const };
    expect(asReminder(envelope, new Map([[1, emailStep]]), 'fr-CA')).toMatchObject({
      portal: false,
      email: true,
      subject: 'En souffrance\u00a0: factures {bill_numbers}',
    });
    expect(asReminder({ ...envelope, email: false }, new Map([[1, emailStep]]), 'en')).toMatchObject({
      portal: true,
      email: false,
    });
    const portalStep = { ...step('before-3'), channel: 'portal' as const };
    expect(asReminder(envelope, new Map([[1, portalStep]]), 'en')).toMatchObject({
      portal: true,
      email: false,
    });
  });

  it('stays as it was when none of its bills has a reminder due', () => {
    expect(asReminder(envelope, new Map([[9, step('after-7')]]), 'en')).toBe(envelope);
  });
});
