import { loadConnection } from '../connection/store';
import { db } from '../db/database';
import { keptUntilChanged } from '../db/kept-until-changed';
import type { BillRecord } from '../db/records/bill';
import { accountOf } from '../db/records/connection';
import type { ReminderMark } from '../db/records/reminder';
import { localDayOf } from '../format';
import type { MessageKey } from '../i18n/text';
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
  return bills.map(remindableOf);
});

function remindableOf(bill: BillRecord): RemindableBill {
  return {
    id: bill.id,
    clientId: bill.clientId,
    state: bill.state,
    balance: bill.balance,
    pending: bill.pending,
    dueAt: bill.dueAt,
    lastSentOn: bill.lastSentAt === null ? null : localDayOf(bill.lastSentAt),
  };
}

/** The reminders due on the firm's calendar day: each bill's step, by bill id. Empty while not connected. */
export async function remindersDueToday(now = Date.now()): Promise<Map<number, ReminderStep>> {
  return dueAmong(await remindable.get(), now);
}

async function dueAmong(bills: readonly RemindableBill[], now: number): Promise<Map<number, ReminderStep>> {
  const connection = await loadConnection();
  if (!connection) return new Map();
  const account = accountOf(connection);
  const [cadence, history, holds] = await Promise.all([
    loadCadence(),
    pastReminders(account),
    loadHolds(account),
  ]);
  const due = remindersDue(bills, cadence, history, holds, calendarDayIn(firmTimeZone(), now));
  return new Map(due.map(({ billId, step }) => [billId, step]));
}

/**
 * Why a run's reminder of a bill no longer goes at its turn, the bill as Clio showed it moments ago,
 * or null while its step is still due: since the review, the firm may have held it back, the client
 * may be paying it through Clio Payments, someone may have sent it, or the run resumed on a day when
 * another step is due.
 */
export async function whyNoLongerReminded(
  bill: BillRecord,
  mark: ReminderMark,
  now = Date.now(),
): Promise<MessageKey | null> {
  if ((await dueAmong([remindableOf(bill)], now)).get(bill.id)?.id === mark.stepId) return null;
  if ((await heldBackToday(now))(bill)) return 'mailing.reminder_held_back';
  if (bill.pending >= bill.balance) return 'mailing.reminder_paying_online';
  return 'mailing.reminder_no_longer_due';
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
