import { addDays, localIsoDate } from '../format';

/** A bill last sent this many days ago or more should be sent again once it is overdue. */
export const RESEND_AFTER_DAYS = 30;

/**
 * The day an owed bill starts to need attention: the day after it falls due, or, once it was shared
 * to the portal, 30 days after its last send if that is later. The day it was sent is taken where the
 * user is, so "30 days" counts the calendar days the user sees.
 */
export function needsAttentionFrom(bill: {
  dueAt: string;
  shared: boolean;
  lastSentAt: string | null;
}): string {
  const overdueFrom = addDays(bill.dueAt, 1);
  const sentOn = bill.lastSentAt ? localIsoDate(new Date(bill.lastSentAt)) : null;
  const resendFrom = bill.shared && sentOn ? addDays(sentOn, RESEND_AFTER_DAYS) : overdueFrom;
  return resendFrom > overdueFrom ? resendFrom : overdueFrom;
}
