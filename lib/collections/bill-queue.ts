import { z } from 'zod';
import { needsAttentionFrom } from '../bills/attention';
import { isOwed } from '../bills/owed';
import { addDays } from '../format';
import type { CollectionBill } from './collection-bill';

const queueDays = z.number().int().min(0).max(3650);

/** The lists a clerk works through at month end; the ones with a number of days carry theirs. */
export const billQueue = z.discriminatedUnion('name', [
  z.object({ name: z.literal('never_sent') }),
  z.object({ name: z.literal('sent_long_ago'), days: queueDays }),
  z.object({ name: z.literal('overdue') }),
  z.object({ name: z.literal('due_soon'), days: queueDays }),
  z.object({ name: z.literal('not_shared') }),
  z.object({ name: z.literal('needs_attention') }),
  z.object({ name: z.literal('reminders_due') }),
]);
export type BillQueue = z.infer<typeof billQueue>;
export type QueueName = BillQueue['name'];

/**
 * Whether a bill is in `queue` on `today` (the user's calendar date); `remindersDue` holds the bills
 * a reminder is due for today (see lib/reminders).
 */
export function queuePredicate(
  queue: BillQueue,
  today: string,
  remindersDue: ReadonlySet<number>,
): (bill: CollectionBill) => boolean {
  switch (queue.name) {
    case 'never_sent':
      return (bill) => bill.lastSentAt === null;
    case 'sent_long_ago': {
      // Sent more than `days` days ago: on a day before today less `days`.
      const sentBefore = addDays(today, -queue.days);
      return (bill) => bill.lastSentOn !== null && bill.lastSentOn < sentBefore && isOwed(bill);
    }
    case 'overdue':
      return (bill) => bill.dueAt !== null && bill.dueAt < today && isOwed(bill);
    case 'due_soon': {
      const dueBy = addDays(today, queue.days);
      return (bill) => bill.dueAt !== null && bill.dueAt >= today && bill.dueAt <= dueBy && isOwed(bill);
    }
    case 'not_shared':
      return (bill) => !bill.shared;
    case 'needs_attention':
      // The popup's "needs attention" bills, by the same rule.
      return (bill) =>
        bill.dueAt !== null && isOwed(bill) && needsAttentionFrom({ ...bill, dueAt: bill.dueAt }) <= today;
    case 'reminders_due':
      return (bill) => remindersDue.has(bill.id);
  }
}
