import { db } from '../db/database';
import type { ReminderRecord } from '../db/records/reminder';
import type { PastReminder } from './due';

/** Every reminder from one Clio account, refused ones too. */
export function accountReminders(account: string): Promise<ReminderRecord[]> {
  return db.reminders.where('account').equals(account).toArray();
}

/** The reminders that went out, or are on their way, from one Clio account: a refused one did not. */
export async function pastReminders(account: string): Promise<PastReminder[]> {
  return (await accountReminders(account)).filter((record) => record.state !== 'failed');
}

/** One bill's reminders from one Clio account, latest first. */
export async function remindersOfBill(account: string, billId: number): Promise<ReminderRecord[]> {
  const records = await db.reminders.where('billId').equals(billId).toArray();
  return records.filter((record) => record.account === account).sort((a, b) => b.at - a.at);
}

/** A reminder's send settled: its record says so, and keeps saying so once the outbox is wiped. */
export async function settleReminder(sendId: string, confirmed: boolean): Promise<void> {
  await db.reminders.update(sendId, { state: confirmed ? 'confirmed' : 'failed' });
}
