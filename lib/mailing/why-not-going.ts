import type { BillRecord } from '../db/records/bill';
import type { MailingItemRecord } from '../db/records/mailing-item';
import type { MessageKey } from '../i18n/text';
import { whyNotSent } from '../outbox/sendable';
import { type ReminderCheck, reminderCheck } from '../reminders/reminders-today';
import { chosenAs } from './chosen-as';

/**
 * Why a bill of a run does not go at its turn, the bill as Clio showed it moments ago, or null when
 * it goes: paid, voided or changed since it was chosen, or its reminder no longer due (asked of
 * `reminded`, which reads the firm's reminder rules once for the bills it is asked about).
 */
export async function whyNotGoing(
  item: MailingItemRecord,
  bill: BillRecord,
  reminded: ReminderCheck = reminderCheck(),
): Promise<MessageKey | null> {
  return whyNotSent(bill, chosenAs(item)) ?? (item.reminder ? await reminded(bill, item.reminder) : null);
}
