import { cachedBillTable } from '../collections/bill-cache';
import { BillTable } from '../collections/bill-table';
import { db } from '../db/database';
import { keptUntilChanged } from '../db/kept-until-changed';
import type { AllocationRecord } from '../db/records/allocation';
import { everyResourceRead } from '../db/records/sync-state';
import { localDayOf } from '../format';
import { decimalToMinor, minorDigits } from '../money';
import { collectedVersusBilled } from './collected-billed';
import { daysToPay, windowStartOf } from './days-to-pay';
import type { InsightAllocation, InsightBill } from './insight-input';
import type { InsightView } from './messages';
import { rollForward } from './roll-forward';
import { weeklyOutstanding } from './snapshots';

/** How many of the slowest clients the insight lists. */
const CLIENTS_SHOWN = 20;

/** The bills' allocations in their minor units, by bill: read once and kept until the cache changes. */
const allocations = keptUntilChanged(['bills', 'allocations'], async () => {
  const [records, table] = await Promise.all([db.allocations.toArray(), cachedBillTable()]);
  return allocationsByBill(records, table);
});

/**
 * What the popup's days to pay read: the allocations dated in the window and their bills. A bill was
 * settled in the window only by its latest standing allocation, dated in it; its earlier ones do not
 * change which that is. A firm's years of bills paid long ago, which the whole insight reads, are not
 * read each time the popup opens.
 */
const inTheWindow = keptUntilChanged(['bills', 'allocations'], async (today: string) => {
  const recent = await db.allocations.where('date').above(windowStartOf(today)).toArray();
  const ids = [...new Set(recent.flatMap((record) => (record.billId === null ? [] : [record.billId])))];
  const records = await db.bills.bulkGet(ids);
  const table = BillTable.of(records.filter((record) => record !== undefined));
  return insightInputs(table, allocationsByBill(recent, table));
});

function allocationsByBill(
  records: readonly AllocationRecord[],
  table: BillTable,
): Map<number, InsightAllocation[]> {
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
}

const none: readonly InsightAllocation[] = [];

interface InsightInputs {
  bills: readonly InsightBill[];
  allocationsOf: (id: number) => readonly InsightAllocation[];
}

function insightInputs(table: BillTable, byBill: Map<number, InsightAllocation[]>): InsightInputs {
  // A trust request asks for money to hold in trust, not for fees: it is neither billed nor owed,
  // as in the popup's receivables.
  const bills = table.bills.filter((bill) => !bill.trust);
  return { bills, allocationsOf: (id) => byBill.get(id) ?? none };
}

async function inputs(): Promise<InsightInputs> {
  const [table, byBill] = await Promise.all([cachedBillTable(), allocations.get()]);
  return insightInputs(table, byBill);
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
  const { bills, allocationsOf } = await inTheWindow.get(today);
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
