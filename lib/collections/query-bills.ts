import { z } from 'zod';
import { billFilter, type FilterDay, filterPredicate } from './bill-filter';
import { billRow, toBillRow } from './bill-row';
import { billSelection, selectionPredicate } from './bill-selection';
import { billSort } from './bill-sort';
import type { BillTable } from './bill-table';
import type { CollectionBill } from './collection-bill';
import { CurrencyTotals, currencyTotal } from './currency-totals';
import type { LastActions } from './last-action';

/** The most rows one answer carries: a window of the table, never the table. */
export const MAX_WINDOW = 200;

export const billQuery = z.object({
  filter: billFilter,
  sort: billSort,
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(MAX_WINDOW),
});
export type BillQuery = z.infer<typeof billQuery>;

export const billWindow = z.object({
  /** How many bills match the filter. */
  count: z.number().int(),
  /** The matching bills from `offset`, at most `limit` of them, in the sort's order. */
  rows: z.array(billRow),
  /** The matching bills added up per currency. */
  totals: z.array(currencyTotal),
  /** Every currency among the cached bills, for the currency filter. */
  currencies: z.array(z.string()),
  /** How many bills the cache holds, matching or not. */
  cachedBills: z.number().int(),
});
export type BillWindow = z.infer<typeof billWindow>;

export const selectionQuery = z.object({ filter: billFilter, selection: billSelection });
export type SelectionQuery = z.infer<typeof selectionQuery>;

export const selectionSummary = z.object({
  /** Selected bills that match the filter: a selection never reaches past what is listed. */
  count: z.number().int(),
  totalsByCurrency: z.array(currencyTotal),
});
export type SelectionSummary = z.infer<typeof selectionSummary>;

/** One window of the bills `query` matches, in its order, with the count and totals of them all. */
export function queryBills(
  table: BillTable,
  query: BillQuery,
  day: FilterDay,
  lastActions: LastActions,
): BillWindow {
  const end = query.offset + query.limit;
  const rows: BillWindow['rows'] = [];
  const totals = new CurrencyTotals();
  let count = 0;
  for (const bill of matchingInOrder(table, query, day, lastActions)) {
    if (count >= query.offset && count < end) rows.push(toBillRow(bill, day.today, lastActions));
    count += 1;
    totals.add(bill);
  }
  return {
    count,
    rows,
    totals: totals.list(),
    currencies: [...table.currencies],
    cachedBills: table.bills.length,
  };
}

/** Every bill the filter matches, in the sort's order: the whole table's worth, not a window. */
export function* matchingInOrder(
  table: BillTable,
  query: Pick<BillQuery, 'filter' | 'sort'>,
  day: FilterDay,
  lastActions: LastActions,
): Generator<CollectionBill> {
  const matches = filterPredicate(query.filter, day);
  for (const position of table.ordered(query.sort, day.today, lastActions)) {
    const bill = table.bills[position];
    if (bill && matches(bill)) yield bill;
  }
}

/** How many bills are selected among those the filter matches, and their totals per currency. */
export function selectionTotals(table: BillTable, query: SelectionQuery, day: FilterDay): SelectionSummary {
  const totals = new CurrencyTotals();
  const bills = selectedBills(table, query, day);
  for (const bill of bills) totals.add(bill);
  return { count: bills.length, totalsByCurrency: totals.list() };
}

/** The selected bills among those the filter matches: a selection never reaches past what is listed. */
export function selectedBills(table: BillTable, query: SelectionQuery, day: FilterDay): CollectionBill[] {
  const matches = filterPredicate(query.filter, day);
  const selected = selectionPredicate(query.selection);
  return table.bills.filter((bill) => selected(bill.id) && matches(bill));
}
