import { isOwed } from '../bills/owed';
import type { BillState } from '../clio/schemas';
import { addDays, daysBetween } from '../format';
import { LAST_STEP_GRACE_DAYS, type ReminderCadence, type ReminderStep, stepsInOrder } from './cadence';

/** What the cadence reads of a bill. */
export interface RemindableBill {
  id: number;
  clientId: number | null;
  state: BillState;
  balance: number;
  /** Card or bank money Clio Payments is still clearing for it: paid, not yet received. */
  pending: number;
  dueAt: string | null;
  /** The calendar day Clio last sent it, by anyone; null when never sent. */
  lastSentOn: string | null;
}

/** A due date Clio moved by this many days or fewer repeats no reminder step already sent. */
const MOVE_TOLERATED_DAYS = 3;

/** A reminder of a bill, sent or under way: a failed one is not in the history. */
export interface PastReminder {
  billId: number;
  /** The days from the due date of the step it was, as the step stood then. */
  stepDays: number;
  /** The calendar day it was sent. */
  on: string;
}

/** What the firm said about whom not to remind, and what Clio already reminds. */
export interface ReminderHolds {
  /** Clients the firm asked never to remind. */
  quietClients: ReadonlySet<number>;
  /** Bills not to remind before a day (reminded again from that day). */
  snoozedUntil: ReadonlyMap<number, string>;
  /** Clients whose Clio reminders are on. */
  clioReminded: ReadonlySet<number>;
}

export interface DueReminder {
  billId: number;
  step: ReminderStep;
}

/**
 * The bills a reminder is due for on `today` (the firm's calendar day), each at its step: a pure
 * function of the cache, the cadence, the holds and the history.
 *
 * A bill is reminded only while it is owed and after it was first sent (a bill the client never had
 * is sent, not reminded), and not while the client's payment of all of it is still clearing. Its
 * step is the latest one its due date has reached; that step stays due until the next one is reached
 * (the last one for a grace period), so a day the computer was off loses nothing. A step is done
 * once the latest reminder fell on or after its day under the bill's due date as it is now, or was
 * at it or a later step at most MOVE_TOLERATED_DAYS before that day: a due date Clio moved by a few
 * days repeats no step, and one moved further starts the cadence again. A send since the step was
 * reached, by anyone in Clio, serves as that step's reminder. Nothing is due within the minimum gap
 * of the last send, Remit's or anyone's in Clio.
 */
export function remindersDue(
  bills: Iterable<RemindableBill>,
  cadence: ReminderCadence,
  history: readonly PastReminder[],
  holds: ReminderHolds,
  today: string,
): DueReminder[] {
  const steps = stepsInOrder(cadence);
  if (steps.length === 0) return [];
  const latestReminder = latestByBill(history);
  const due: DueReminder[] = [];
  for (const bill of bills) {
    if (!isOwed(bill) || bill.dueAt === null || bill.lastSentOn === null) continue;
    // A reminder would chase a client who has paid; should the payment fail, the step is due again.
    if (bill.pending >= bill.balance) continue;
    if (heldOn(today, bill, cadence, holds)) continue;
    const age = daysBetween(bill.dueAt, today);
    const reached = lastReached(steps, age);
    if (reached === -1) continue;
    const step = steps[reached] as ReminderStep;
    const windowEnd = steps[reached + 1]?.days ?? step.days + LAST_STEP_GRACE_DAYS;
    if (age >= windowEnd) continue;
    const stepDay = addDays(bill.dueAt, step.days);
    const latest = latestReminder.get(bill.id);
    const done =
      latest !== undefined &&
      (latest.on >= stepDay ||
        (latest.stepDays >= step.days && latest.on >= addDays(stepDay, -MOVE_TOLERATED_DAYS)));
    if (done || bill.lastSentOn >= stepDay) continue;
    const lastSent = latest && latest.on > bill.lastSentOn ? latest.on : bill.lastSentOn;
    if (cadence.minimumGapDays > 0 && lastSent > addDays(today, -cadence.minimumGapDays)) continue;
    due.push({ billId: bill.id, step });
  }
  return due;
}

/**
 * Whether the firm holds back a reminder of the bill on `today`: its client is never reminded, or
 * is reminded by Clio itself, or the bill is snoozed until a later day.
 */
export function heldOn(
  today: string,
  bill: Pick<RemindableBill, 'id' | 'clientId'>,
  cadence: ReminderCadence,
  holds: ReminderHolds,
): boolean {
  const snoozed = holds.snoozedUntil.get(bill.id);
  if (snoozed !== undefined && today < snoozed) return true;
  if (bill.clientId === null) return false;
  if (holds.quietClients.has(bill.clientId)) return true;
  return !cadence.alongsideClioReminders && holds.clioReminded.has(bill.clientId);
}

/** The index of the latest step reached `age` days after the due date; -1 before the first. */
function lastReached(steps: readonly ReminderStep[], age: number): number {
  let reached = -1;
  for (const [index, step] of steps.entries()) if (step.days <= age) reached = index;
  return reached;
}

/** Per bill, its latest reminder. */
function latestByBill(history: readonly PastReminder[]) {
  const latest = new Map<number, PastReminder>();
  for (const reminder of history) {
    const before = latest.get(reminder.billId);
    if (!before || reminder.on > before.on) latest.set(reminder.billId, reminder);
  }
  return latest;
}
