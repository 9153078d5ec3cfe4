import { db } from '../db/database';
import { SUMMARY_FORMAT } from '../db/records/summary';
import { addDays, localIsoDate } from '../format';

export const TREND_WEEKS = 12;

/**
 * Keeps today's outstanding per currency from the summary a sync just rebuilt: one row a day, the
 * day's last rebuild winning, so the trend reads what was owed at the end of each day. Rows older
 * than the trend reaches back are dropped.
 */
export async function keepTodaysSnapshot(now = new Date()): Promise<void> {
  const day = localIsoDate(now);
  // Read and written in one transaction: two rebuilds close together cannot leave the older figure.
  await db.transaction('rw', db.summaries, db.snapshots, async () => {
    const stored = (await db.summaries.get('receivables'))?.summary;
    if (!stored || stored.format !== SUMMARY_FORMAT || !stored.complete) return;
    const outstanding = Object.fromEntries(
      stored.currencies.map((ledger) => [
        ledger.currencyCode,
        ledger.unpaidByDueDate.reduce((total, due) => total + due.balance, 0),
      ]),
    );
    await db.snapshots.put({ day, outstanding });
    await db.snapshots
      .where('day')
      .below(addDays(day, -7 * TREND_WEEKS))
      .delete();
  });
}

export interface WeekPoint {
  /** The last day of the week. */
  day: string;
  /** Owed at that day's end, by currency; absent for days before Remit kept any. */
  outstanding: Record<string, number> | null;
}

/**
 * Outstanding at the end of each of the last 12 weeks, the last ending today: for each week's last
 * day, the latest snapshot on or before it within that week.
 */
export async function weeklyOutstanding(today: string): Promise<WeekPoint[]> {
  const snapshots = await db.snapshots
    .where('day')
    .aboveOrEqual(addDays(today, -7 * TREND_WEEKS))
    .sortBy('day');
  return Array.from({ length: TREND_WEEKS }, (_, index) => {
    const day = addDays(today, -7 * (TREND_WEEKS - 1 - index));
    const weekStart = addDays(day, -6);
    const latest = snapshots.filter((snapshot) => snapshot.day >= weekStart && snapshot.day <= day).at(-1);
    return { day, outstanding: latest?.outstanding ?? null };
  });
}
