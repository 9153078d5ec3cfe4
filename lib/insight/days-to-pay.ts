import { addDays, daysBetween } from '../format';
import { byCurrency, type InsightAllocation, type InsightBill } from './insight-input';

/** The window days to pay are averaged over, and the one before it, to tell who is getting slower. */
export const DAYS_TO_PAY_WINDOW = 90;

/** The day before the window opens: a bill settled that day or earlier counts in the window before. */
export const windowStartOf = (today: string): string => addDays(today, -DAYS_TO_PAY_WINDOW);

export interface DaysToPay {
  /** Average days from issue to the payment that settled the bill, weighted by what it asked for. */
  days: number | null;
  /** Bills settled in the window, and what they asked the clients to pay, added up. */
  bills: number;
  total: number;
}

export interface ClientDaysToPay {
  clientId: number;
  clientName: string | null;
  currencyCode: string;
  now: DaysToPay;
  before: DaysToPay;
}

/**
 * The day a bill was settled, when a payment settled it: paid in full, its latest standing allocation
 * a payment (a bill closed by a credit note was not paid, and is left out).
 */
function settledByPayment(bill: InsightBill, allocations: readonly InsightAllocation[]): string | null {
  if (bill.state !== 'paid' || bill.issuedAt === null) return null;
  let last: InsightAllocation | undefined;
  for (const allocation of allocations) {
    if (allocation.voidedOn !== null) continue;
    if (!last || allocation.date > last.date || (allocation.date === last.date && allocation.cash))
      last = allocation;
  }
  return last?.cash ? last.date : null;
}

class Average {
  private weighted = 0;
  bills = 0;
  total = 0;
  add(days: number, total: number): void {
    this.weighted += days * total;
    this.bills += 1;
    this.total += total;
  }
  result(): DaysToPay {
    // Bills of no amount weigh nothing: an average of them alone is none.
    const days = this.total > 0 ? Math.round((this.weighted / this.total) * 10) / 10 : null;
    return { days, bills: this.bills, total: this.total };
  }
}

/**
 * Days to pay per currency over the last 90 days (bills settled by a payment in that window: from the
 * day issued to the day paid, weighted by what each asked the client to pay, after discounts), and the
 * same per client, with the 90 days before, slowest first.
 */
export function daysToPay(
  bills: readonly InsightBill[],
  allocationsOf: (billId: number) => readonly InsightAllocation[],
  today: string,
): { byCurrency: [string, DaysToPay][]; byClient: ClientDaysToPay[] } {
  const windowStart = windowStartOf(today);
  const previousStart = windowStartOf(windowStart);
  const currencies = byCurrency(() => new Average());
  const clients = new Map<string, { bill: InsightBill; now: Average; before: Average }>();
  for (const bill of bills) {
    const settledOn = settledByPayment(bill, allocationsOf(bill.id));
    if (settledOn === null || bill.issuedAt === null || settledOn > today || settledOn <= previousStart)
      continue;
    const days = Math.max(0, daysBetween(bill.issuedAt, settledOn));
    const recent = settledOn > windowStart;
    if (recent) currencies.of(bill.currencyCode).add(days, bill.due);
    if (bill.clientId === null) continue;
    const key = `${bill.clientId}:${bill.currencyCode}`;
    let client = clients.get(key);
    if (!client) {
      client = { bill, now: new Average(), before: new Average() };
      clients.set(key, client);
    }
    (recent ? client.now : client.before).add(days, bill.due);
  }
  const byClient = [...clients.values()]
    .filter((client) => client.now.bills > 0)
    .map(({ bill, now, before }) => ({
      clientId: bill.clientId as number,
      clientName: bill.clientName,
      currencyCode: bill.currencyCode,
      now: now.result(),
      before: before.result(),
    }))
    .sort((a, b) => (b.now.days ?? 0) - (a.now.days ?? 0) || a.clientId - b.clientId);
  return {
    byCurrency: currencies.entries().map(([currencyCode, average]) => [currencyCode, average.result()]),
    byClient,
  };
}
