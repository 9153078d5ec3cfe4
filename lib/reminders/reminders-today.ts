import { accountOf, loadConnection } from '../connection/store';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import type { ReminderStep } from './cadence';
import { loadCadence } from './cadence-store';
import { type RemindableBill, remindersDue } from './due';
import { calendarDayIn, firmTimeZone } from './firm-day';
import { pastReminders } from './history';
import { loadHolds } from './holds';

/**
 * The reminders due on the firm's calendar day: each bill's step, by bill id. Only bills awaiting
 * payment can be due, so only they are read, through their index: a firm's open bills, not its
 * history. Empty while not connected.
 */
export async function remindersDueToday(now = Date.now()): Promise<Map<number, ReminderStep>> {
  const connection = await loadConnection();
  if (!connection) return new Map();
  const account = accountOf(connection);
  const timeZone = firmTimeZone();
  const [bills, cadence, history, holds] = await Promise.all([
    db.bills.where('state').equals('awaiting_payment').toArray(),
    loadCadence(),
    pastReminders(account),
    loadHolds(account),
  ]);
  const remindable = bills.map((bill) => remindableOf(bill, timeZone));
  const due = remindersDue(remindable, cadence, history, holds, calendarDayIn(timeZone, now));
  return new Map(due.map(({ billId, step }) => [billId, step]));
}

function remindableOf(bill: BillRecord, timeZone: string): RemindableBill {
  return {
    id: bill.id,
    clientId: bill.clientId,
    state: bill.state,
    balance: bill.balance,
    dueAt: bill.dueAt,
    lastSentOn: bill.lastSentAt === null ? null : calendarDayIn(timeZone, Date.parse(bill.lastSentAt)),
  };
}
