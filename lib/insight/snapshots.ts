import { db } from '../db/database';
import { accountOf } from '../db/records/connection';
import { SUMMARY_FORMAT } from '../db/records/summary';
import { addDays, localIsoDate } from '../format';

export const TREND_WEEKS = 12;

/**
 * Keeps today's outstanding per currency from the summary a sync just rebuilt, under the connected
 * account: one row a day, the day's last rebuild winning, so the trend reads what was owed at the end
 * of each day. Rows older than the trend reaches back are dropped, whichever accounts they hold.
 */
export async function keepTodaysSnapshot(now = new Date()): Promise<void> {
  const day = localIsoDate(now);
  // Read and written in one transaction: two rebuilds close together cannot leave the older figure.
  await db.transaction('rw', db.connection, db.summaries, db.snapshots, async () => {
    const [connection, stored, kept] = await Promise.all([
      db.connection.get('current'),
      db.summaries.get('receivables'),
      db.snapshots.get(day),
    ]);
    const summary = stored?.summary;
    if (!connection || !summary || summary.format !== SUMMARY_FORMAT || !summary.complete) return;
    const outstanding = Object.fromEntries(
      summary.currencies.map((ledger) => [
        ledger.currencyCode,
        ledger.unpaidByDueDate.reduce((total, due) => total + due.balance, 0),
      ]),
    );
    await db.snapshots.put({ day, byAccount: { ...kept?.byAccount, [accountOf(connection)]: outstanding } });
    await db.snapshots
      .where('day')
      .below(addDays(day, -7 * TREND_WEEKS))
      .delete();
  });
}

export interface WeekPoint {
  /** The last day of the week. */
  day: string;
  /** Owed at that day's end, by currency; absent for days before Remit kept any for this account. */
  outstanding: Record<string, number> | null;
}

/**
 * The connected account's outstanding at the end of each of the last 12 weeks, the last ending
 * today: for each week's last day, the latest figure on or before it within that week.
 */
export async function weeklyOutstanding(today: string): Promise<WeekPoint[]> {
  const [connection, snapshots] = await Promise.all([
    db.connection.get('current'),
    db.snapshots
      .where('day')
      .aboveOrEqual(addDays(today, -7 * TREND_WEEKS))
      .sortBy('day'),
  ]);
  const account = connection ? accountOf(connection) : undefined;
  const days = snapshots.flatMap((snapshot) => {
    const outstanding = account === undefined ? undefined : snapshot.byAccount[account];
    return outstanding ? [{ day: snapshot.day, outstanding }] : [];
  });
  return Array.from({ length: TREND_WEEKS }, (_, index) => {
    const day = addDays(today, -7 * (TREND_WEEKS - 1 - index));
    const weekStart = addDays(day, -6);
    const latest = days.filter((kept) => kept.day >= weekStart && kept.day <= day).at(-1);
    return { day, outstanding: latest?.outstanding ?? null };
  });
}
