import { isOwed } from '../bills/owed';
import type { BillState } from '../clio/schemas';
import type { BillRecord } from '../db/records/bill';
import type { MessageKey } from '../i18n/text';

/** What a bill was chosen as, for a send decided on later: the message was written for that. */
export interface ChosenAs {
  /** Chosen as owed: not sent once Clio shows it paid, so no one is asked to pay a paid bill. */
  whileOwed?: boolean;
  /** Chosen owing this much (minor units): not sent once Clio shows another balance. */
  whileBalance?: number;
}

/** Why this bill, as Clio shows it now, is not sent as it was chosen; null when it goes. */
export function whyNotSent(
  bill: Pick<BillRecord, 'state' | 'balance'>,
  { whileOwed = false, whileBalance }: ChosenAs,
): MessageKey | null {
  const reason = whyNotSendable(bill.state);
  if (reason) return reason;
  if (whileOwed && !isOwed(bill)) return 'outbox.paid_since_chosen';
  if (whileBalance !== undefined && bill.balance !== whileBalance) return 'outbox.changed_since_chosen';
  return null;
}

/** Why Clio would not send a bill in this state, or null when it can be sent. */
export function whyNotSendable(state: BillState): MessageKey | null {
  switch (state) {
    case 'awaiting_payment':
    case 'paid':
      return null;
    case 'draft':
      return 'outbox.draft';
    case 'awaiting_approval':
      return 'outbox.awaiting_approval';
    case 'void':
      return 'outbox.void';
    case 'deleted':
      return 'outbox.deleted';
  }
}
