import { isIssued } from '../bills/owed';
import { byCurrency, type InsightAllocation, type InsightBill } from './insight-input';

export const MONTHS = 12;

export interface MonthFigures {
  /** "2026-11". */
  month: string;
  /** What the bills issued that month (not voided or deleted since) asked the client to pay. */
  billed: number;
  /** Payments applied that month, whatever became of them since. */
  received: number;
  /** Payments Clio voided that month (refunded, charged back, reversed): never collected. */
  reversed: number;
  /** Received less reversed. */
  collected: number;
}

/** The last `MONTHS` calendar months, oldest first, ending with this one. */
export function lastMonths(today: string): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: MONTHS }, (_, index) => {
    const back = new Date(Date.UTC(year, month - 1 - (MONTHS - 1 - index), 1));
    return back.toISOString().slice(0, 7);
  });
}

/**
 * Per currency and month: what was billed, what was received in payments, what of payments was
 * reversed (by the month it was voided), and the net collected. Credit notes are neither.
 */
export function collectedVersusBilled(
  bills: readonly InsightBill[],
  allocationsOf: (billId: number) => readonly InsightAllocation[],
  today: string,
): [string, MonthFigures[]][] {
  const months = lastMonths(today);
  const index = new Map(months.map((month, position) => [month, position]));
  const currencies = byCurrency(() =>
    months.map((month) => ({ month, billed: 0, received: 0, reversed: 0, collected: 0 })),
  );
  const at = (currencyCode: string, day: string | null) => {
    const position = day === null || day > today ? undefined : index.get(day.slice(0, 7));
    return position === undefined ? undefined : currencies.of(currencyCode)[position];
  };
  for (const bill of bills) {
    if (isIssued(bill)) {
      const month = at(bill.currencyCode, bill.issuedAt);
      if (month) month.billed += bill.due;
    }
    for (const allocation of allocationsOf(bill.id)) {
      if (!allocation.cash) continue;
      const received = at(bill.currencyCode, allocation.date);
      if (received) received.received += allocation.amount;
      const reversed = at(bill.currencyCode, allocation.voidedOn);
      if (reversed) reversed.reversed += allocation.amount;
    }
  }
  return currencies
    .entries()
    .map(([currencyCode, figures]) => [
      currencyCode,
      figures.map((month) => ({ ...month, collected: month.received - month.reversed })),
    ]);
}
