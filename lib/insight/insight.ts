import { cachedBillTable } from '../collections/bill-cache';
import { db } from '../db/database';
import { keptUntilChanged } from '../db/kept-until-changed';
import { everyResourceRead } from '../db/records/sync-state';
import { localDayOf } from '../format';
import { decimalToMinor, minorDigits } from '../money';
import { collectedVersusBilled } from './collected-billed';
import { daysToPay } from './days-to-pay';
import type { InsightAllocation, InsightBill } from './insight-input';
import type { InsightView } from './messages';
import { rollForward } from './roll-forward';
import { weeklyOutstanding } from './snapshots';

/** How many of the slowest clients the insight lists. */
const CLIENTS_SHOWN = 20;

/** The bills' allocations in their minor units, by bill: read once and kept until the cache changes. */
const allocations = keptUntilChanged(['bills', 'allocations'], async () => {
  const [records, table] = await Promise.all([db.allocations.toArray(), cachedBillTable()]);
  const byBill = new Map<number, InsightAllocation[]>();
  for (const record of records) {
    const bill = record.billId === null ? undefined : table.byId(record.billId);
    if (!bill) continue;
    const allocation: InsightAllocation = {
      billId: bill.id,
      date: record.date,
      amount: decimalToMinor(record.amountDecimal, minorDigits(bill.currencyCode)),
      cash: record.source === 'payment',
      voidedOn: record.voidedAt === null ? null : localDayOf(record.voidedAt),
    };
    const list = byBill.get(bill.id);
    if (list) list.push(allocation);
    else byBill.set(bill.id, [allocation]);
  }
  return byBill;
});

const none: readonly InsightAllocation[] = [];

async function inputs(): Promise<{
  bills: readonly InsightBill[];
  allocationsOf: (id: number) => readonly InsightAllocation[];
}> {
  const [table, byBill] = await Promise.all([cachedBillTable(), allocations.get()]);
  // A trust request asks for money to hold in trust, not for fees: it is neither billed nor owed,
  // as in the popup's receivables.
  const bills = table.bills.filter((bill) => !bill.trust);
  return { bills, allocationsOf: (id) => byBill.get(id) ?? none };
}

/**
 * Days to pay per currency: the popup's key figure. None until the first sync has read the firm's
 * history: the paid bills and their payments come after the bills owed, and an average of a part of
 * them would be a wrong figure shown as a right one (and a costly one to work out during that sync).
 */
export async function daysToPayNow(
  today: string,
): Promise<{ currencyCode: string; daysToPay: InsightView['currencies'][number]['daysToPay'] }[]> {
  if (!(await historyRead())) return [];
  const { bills, allocationsOf } = await inputs();
  return daysToPay(bills, allocationsOf, today).byCurrency.map(([currencyCode, figures]) => ({
    currencyCode,
    daysToPay: figures,
  }));
}

/** Every figure of the insight, per currency, for `today`. */
export async function insightNow(today: string): Promise<InsightView> {
  const { bills, allocationsOf } = await inputs();
  const speed = daysToPay(bills, allocationsOf, today);
  const months = new Map(collectedVersusBilled(bills, allocationsOf, today));
  const movements = new Map(rollForward(bills, allocationsOf, today));
  const [weeks, complete] = await Promise.all([weeklyOutstanding(today), historyRead()]);
  const speeds = new Map(speed.byCurrency);
  const currencies = [...new Set([...months.keys(), ...movements.keys()])].sort();
  return {
    today,
    complete,
    currencies: currencies.map((currencyCode) => ({
      currencyCode,
      daysToPay: speeds.get(currencyCode) ?? { days: null, bills: 0, total: 0 },
      months: months.get(currencyCode) ?? [],
      rollForward: movements.get(currencyCode) ?? [],
      weeks: weeks.map((week) => ({
        day: week.day,
        outstanding: week.outstanding === null ? null : (week.outstanding[currencyCode] ?? 0),
      })),
    })),
    clients: speed.byClient.slice(0, CLIENTS_SHOWN),
  };
}

async function historyRead(): Promise<boolean> {
  return everyResourceRead(await db.syncState.toArray());
}
