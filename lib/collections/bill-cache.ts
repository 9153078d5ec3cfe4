import { db } from '../db/database';
import { keptUntilChanged } from '../db/kept-until-changed';
import { BillTable } from './bill-table';
import { LastActions } from './last-action';

const billTable = keptUntilChanged(['bills'], () => db.bills.toArray().then(BillTable.of));
// Both tables stay small: a firm's sends and links, not its bills.
const lastActions = keptUntilChanged(['outbox', 'linkRequests', 'reminders'], async () => {
  const [sends, links, reminders] = await Promise.all([
    db.outbox.toArray(),
    db.linkRequests.toArray(),
    db.reminders.toArray(),
  ]);
  // A reminder's record is named by its send's id, which the outbox holds only for this account.
  return LastActions.of(sends, links, new Map(reminders.map((reminder) => [reminder.id, reminder.stepDays])));
});

/** The workspace's bills. */
export const cachedBillTable = (): Promise<BillTable> => billTable.get();

/** What Remit last did with each bill. */
export const cachedLastActions = (): Promise<LastActions> => lastActions.get();
