import { loadConnection } from '../connection/store';
import { db } from '../db/database';
import { keptUntilChanged } from '../db/kept-until-changed';
import { accountOf } from '../db/records/connection';
import { localDayOf } from '../format';
import type { ReminderStep } from './cadence';
import { loadCadence } from './cadence-store';
import { heldOn, type RemindableBill, remindersDue } from './due';
import { calendarDayIn, firmTimeZone } from './firm-day';
import { pastReminders } from './history';
import { loadHolds } from './holds';

/**
 * The bills a reminder can be due for: only those awaiting payment, read through their index (a
 * firm's open bills, not its history) and kept until the bills change, each with the firm's day of
 * its last send worked out once.
 */
const remindable = keptUntilChanged(['bills'], async () => {
  const bills = await db.bills.where('state').equals('awaiting_payment').toArray();
  return bills.map(
    (bill): RemindableBill => ({
      id: bill.id,
      clientId: bill.clientId,
      state: bill.state,
      balance: bill.balance,
      pending: bill.pending,
      dueAt: bill.dueAt,
      lastSentOn: bill.lastSentAt === null ? null : localDayOf(bill.lastSentAt),
    }),
  );
});

/** The reminders due on the firm's calendar day: each bill's step, by bill id. Empty while not connected. */
export async function remindersDueToday(now = Date.now()): Promise<Map<number, ReminderStep>> {
  const connection = await loadConnection();
  if (!connection) return new Map();
  const account = accountOf(connection);
  const [bills, cadence, history, holds] = await Promise.all([
    remindable.get(),
    loadCadence(),
    pastReminders(account),
    loadHolds(account),
  ]);
  const due = remindersDue(bills, cadence, history, holds, calendarDayIn(firmTimeZone(), now));
  return new Map(due.map(({ billId, step }) => [billId, step]));
}

/**
 * Whether the firm now holds back a reminder of a bill, on its calendar day: asked again as Send all
 * starts, since a client may have been quieted, or a bill snoozed, after the review began.
 */
export async function heldBackToday(
  now = Date.now(),
): Promise<(bill: Pick<RemindableBill, 'id' | 'clientId'>) => boolean> {
  const connection = await loadConnection();
  if (!connection) return () => false;
  const [cadence, holds] = await Promise.all([loadCadence(), loadHolds(accountOf(connection))]);
  const today = calendarDayIn(firmTimeZone(), now);
  return (bill) => heldOn(today, bill, cadence, holds);
}
