import { z } from 'zod';
import { isOwed, outstandingOn } from '../bills/owed';
import { daysBetween } from '../format';
import { minorDigits } from '../money';
import type { CollectionBill } from './collection-bill';
import type { LastActions } from './last-action';

export const billColumns = [
  'number',
  'client',
  'matter',
  'issued',
  'due',
  'days_overdue',
  'total',
  'outstanding',
  'paid',
  'portal',
  'last_sent',
  'last_action',
] as const;
export type BillColumn = (typeof billColumns)[number];

export const billSort = z.object({
  column: z.enum(billColumns),
  direction: z.enum(['ascending', 'descending']),
});
export type BillSort = z.infer<typeof billSort>;

/** Oldest due date first: the bills most in need of chasing. */
export const defaultSort: BillSort = { column: 'due', direction: 'ascending' };

/** Days past due of a bill still owed, on `today`; null when it is not overdue. */
export function daysOverdue(bill: CollectionBill, today: string): number | null {
  if (bill.dueAt === null || bill.dueAt >= today || !isOwed(bill)) return null;
  return daysBetween(bill.dueAt, today);
}

/** Bill numbers and names sort as people read them: "INV-9" before "INV-10". */
export const textOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

type SortKey = number | null;

/**
 * Each bill's key for `column`, as a number (text becomes its rank among the distinct values) so the
 * sort itself compares numbers only. Amounts of different currencies compare by face value.
 */
export function sortKeys(
  bills: readonly CollectionBill[],
  column: BillColumn,
  today: string,
  lastActions: LastActions,
): SortKey[] {
  const major = (amount: number, currencyCode: string) => amount / 10 ** minorDigits(currencyCode);
  switch (column) {
    case 'number':
      return textRanks(bills.map((bill) => bill.number || null));
    case 'client':
      return textRanks(bills.map((bill) => bill.clientName));
    case 'matter':
      return textRanks(bills.map((bill) => bill.matter));
    case 'issued':
      return bills.map((bill) => dateKey(bill.issuedAt));
    case 'due':
      return bills.map((bill) => dateKey(bill.dueAt));
    case 'days_overdue':
      return bills.map((bill) => daysOverdue(bill, today));
    case 'total':
      return bills.map((bill) => major(bill.total, bill.currencyCode));
    case 'outstanding':
      return bills.map((bill) => major(outstandingOn(bill), bill.currencyCode));
    case 'paid':
      return bills.map((bill) => major(bill.paid, bill.currencyCode));
    case 'portal':
      return bills.map((bill) => (bill.shared ? 1 : 0));
    case 'last_sent':
      return bills.map((bill) => dateKey(bill.lastSentAt));
    case 'last_action':
      return bills.map((bill) => lastActions.of(bill.id)?.at ?? null);
  }
}

function dateKey(value: string | null): SortKey {
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function textRanks(values: readonly (string | null)[]): SortKey[] {
  const distinct = [...new Set(values.filter((value) => value !== null))].sort(textOrder.compare);
  const rank = new Map(distinct.map((value, index) => [value, index]));
  return values.map((value) => (value === null ? null : (rank.get(value) ?? null)));
}

/**
 * The positions of `bills` in `sort`'s order: bills without a value last in either direction, ties in
 * the order of their ids, so the same query always lists the same rows in the same places.
 */
export function sortedPositions(
  bills: readonly CollectionBill[],
  sort: BillSort,
  today: string,
  lastActions: LastActions,
): Uint32Array {
  const keys = sortKeys(bills, sort.column, today, lastActions);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const positions = Uint32Array.from(bills.keys());
  return positions.sort((a, b) => {
    const keyA = keys[a] ?? null;
    const keyB = keys[b] ?? null;
    if (keyA !== keyB) {
      if (keyA === null) return 1;
      if (keyB === null) return -1;
      return (keyA - keyB) * sign;
    }
    return (bills[a]?.id ?? 0) - (bills[b]?.id ?? 0);
  });
}
