import type { BillRecord } from '../db/records/bill';
import type { MailingItemRecord } from '../db/records/mailing-item';
import type { MessageKey } from '../i18n/text';
import { whyNotSent } from '../outbox/sendable';
import { whyNoLongerReminded } from '../reminders/reminders-today';
import { chosenAs } from './chosen-as';

/**
 * Why a bill of a run does not go at its turn, the bill as Clio showed it moments ago, or null when
 * it goes: paid, voided or changed since it was chosen, or its reminder no longer due.
 */
export async function whyNotGoing(item: MailingItemRecord, bill: BillRecord): Promise<MessageKey | null> {
  return (
    whyNotSent(bill, chosenAs(item)) ??
    (item.reminder ? await whyNoLongerReminded(bill, item.reminder) : null)
  );
}
