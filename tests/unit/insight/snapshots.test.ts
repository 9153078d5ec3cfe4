import { beforeEach, describe, expect, it } from 'vitest';
import { saveConnection, wipeEverything } from '@/lib/connection/store';
import { db } from '@/lib/db/database';
import { SUMMARY_FORMAT } from '@/lib/db/records/summary';
import { keepTodaysSnapshot, weeklyOutstanding } from '@/lib/insight/snapshots';
import { connectionAs } from '../../support/connection-record';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveConnection(connectionAs(7));
});

async function summaryOwing(byCurrency: Record<string, number[]>, complete = true) {
  await db.summaries.put({
    key: 'receivables',
    summary: {
      format: SUMMARY_FORMAT,
      computedAt: 0,
      paidSince: '2026-01-01',
      complete,
      currencies: Object.entries(byCurrency).map(([currencyCode, balances]) => ({
        currencyCode,
        unpaidByDueDate: balances.map((balance, index) => ({
          dueAt: `2026-11-0${index + 1}`,
          balance,
          bills: 1,
        })),
        pending: 0,
        pendingBills: 0,
        paidByDate: [],
        topClients: [],
        trust: { outstanding: 99_999, requests: 1 },
      })),
      attention: { billsByDay: [], firstBills: [], links: [], payments: [] } as never,
    },
  });
}

describe('the outstanding trend', () => {
  it('keeps the day’s outstanding per currency, trust apart, the day’s last figure winning', async () => {
    await summaryOwing({ USD: [10_000, 2_550], CAD: [700] });
    await keepTodaysSnapshot(new Date(2026, 10, 21, 9));
    await summaryOwing({ USD: [10_000] });
    await keepTodaysSnapshot(new Date(2026, 10, 21, 17));
    expect(await db.snapshots.toArray()).toEqual([
      { day: '2026-11-21', byAccount: { 'us:7': { USD: 10_000 } } },
    ]);
  });

  it('keeps nothing from a first sync still reading the history', async () => {
    await summaryOwing({ USD: [10_000] }, false);
    await keepTodaysSnapshot(new Date(2026, 10, 21, 9));
    expect(await db.snapshots.count()).toBe(0);
  });

  it('reads each of 12 weeks at its last day, from the latest figure in that week', async () => {
    await db.snapshots.bulkPut([
      { day: '2026-11-21', byAccount: { 'us:7': { USD: 3 } } },
      { day: '2026-11-16', byAccount: { 'us:7': { USD: 2 } } },
      { day: '2026-11-10', byAccount: { 'us:7': { USD: 1 } } },
      { day: '2026-08-01', byAccount: { 'us:7': { USD: 9 } } },
    ]);
    const weeks = await weeklyOutstanding('2026-11-21');
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual({ day: '2026-11-21', outstanding: { USD: 3 } });
    expect(weeks.at(-2)).toEqual({ day: '2026-11-14', outstanding: { USD: 1 } });
    expect(weeks[0]).toEqual({ day: '2026-09-05', outstanding: null });
  });

  it('keeps each account’s days through a disconnect, and shows a firm only its own', async () => {
    await summaryOwing({ USD: [10_000] });
    await keepTodaysSnapshot(new Date(2026, 10, 20, 17));
    await wipeEverything();
    await saveConnection(connectionAs(8));
    await summaryOwing({ USD: [500] });
    await keepTodaysSnapshot(new Date(2026, 10, 21, 17));

    expect((await weeklyOutstanding('2026-11-21')).at(-1)?.outstanding).toEqual({ USD: 500 });
    await wipeEverything();
    await saveConnection(connectionAs(7));
    expect((await weeklyOutstanding('2026-11-21')).at(-1)?.outstanding).toEqual({ USD: 10_000 });
    expect(await db.snapshots.toArray()).toEqual([
      { day: '2026-11-20', byAccount: { 'us:7': { USD: 10_000 } } },
      { day: '2026-11-21', byAccount: { 'us:8': { USD: 500 } } },
    ]);
  });

  it('keeps and shows nothing while no firm is connected', async () => {
    await db.snapshots.put({ day: '2026-11-21', byAccount: { 'us:7': { USD: 3 } } });
    await wipeEverything();
    await summaryOwing({ USD: [10_000] });
    await keepTodaysSnapshot(new Date(2026, 10, 21, 17));

    expect(await db.snapshots.toArray()).toEqual([{ day: '2026-11-21', byAccount: { 'us:7': { USD: 3 } } }]);
    expect((await weeklyOutstanding('2026-11-21')).every((week) => week.outstanding === null)).toBe(true);
  });
});
