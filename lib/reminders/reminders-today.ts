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
  const rules = await reminderRules(now);
  return rules ? rules.due(await remindable.get()) : new Map();
}

/** What decides the reminders of the firm's calendar day, read once: null while not connected. */
async function reminderRules(now: number) {
  const connection = await loadConnection();
  if (!connection) return null;
  const account = accountOf(connection);
  const [cadence, history, holds] = await Promise.all([
    loadCadence(),
    pastReminders(account),
    loadHolds(account),
  ]);
  const today = calendarDayIn(firmTimeZone(), now);
  return {
    due: (bills: readonly RemindableBill[]): Map<number, ReminderStep> =>
      new Map(remindersDue(bills, cadence, history, holds, today).map(({ billId, step }) => [billId, step])),
    held: (bill: Pick<RemindableBill, 'id' | 'clientId'>) => heldOn(today, bill, cadence, holds),
  };
}

/** Why a run's reminder of a bill no longer goes; null while its step is still due. */
export type ReminderCheck = (bill: BillRecord, mark: ReminderMark) => Promise<MessageKey | null>;

/**
 * Asks, of bills as Clio showed them moments ago, whether a run's reminder still goes at its turn:
 * since the review, the firm may have held it back, the client may be paying it through Clio
 * Payments, someone may have sent it, or the run resumed on a day when another step is due. The
 * firm's rules are read on the first bill asked about, once for every bill asked of this check.
 */
export function reminderCheck(now = Date.now()): ReminderCheck {
  let rules: ReturnType<typeof reminderRules> | undefined;
  return async (bill, mark) => {
    rules ??= reminderRules(now);
    const read = await rules;
    if (read?.due([remindableOf(bill)]).get(bill.id)?.id === mark.stepId) return null;
    if (read?.held(bill)) return 'mailing.reminder_held_back';
    if (bill.pending >= bill.balance) return 'mailing.reminder_paying_online';
    return 'mailing.reminder_no_longer_due';
  };
}

/**
 * Whether the firm now holds back a reminder of a bill, on its calendar day: asked again as Send all
 * starts, since a client may have been quieted, or a bill snoozed, after the review began.
 */
export async function heldBackToday(
  now = Date.now(),
): Promise<(bill: Pick<RemindableBill, 'id' | 'clientId'>) => boolean> {
  const rules = await reminderRules(now);
  return rules ? rules.held : () => false;
}
