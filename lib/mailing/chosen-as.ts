import type { MailingItemRecord } from '../db/records/mailing-item';
import type { ChosenAs } from '../outbox/sendable';

/** What a bill of a run owed when sending began: its send is skipped if Clio now shows otherwise. */
export function chosenAs(item: MailingItemRecord): ChosenAs {
  return { whileOwed: item.owedWhenChosen, whileBalance: item.balanceWhenChosen };
}
