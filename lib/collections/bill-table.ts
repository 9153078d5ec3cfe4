import type { BillRecord } from '../db/records/bill';
import { type BillSort, sortedPositions } from './bill-sort';
import { type CollectionBill, toCollectionBill } from './collection-bill';
import type { LastActions } from './last-action';

/**
 * The cached bills, once read, with each order the workspace asked for kept beside them: scrolling,
 * filtering and choosing a sort again is a pass over memory, not a sort and never a database read.
 */
export class BillTable {
  readonly currencies: readonly string[];
  private readonly orders = new Map<string, Uint32Array>();
  /** Orders by Remit's last action, kept for as long as those actions are the ones read. */
  private readonly actionOrders = new WeakMap<LastActions, Map<string, Uint32Array>>();
  private ids: Map<number, CollectionBill> | undefined;

  constructor(readonly bills: readonly CollectionBill[]) {
    this.currencies = [...new Set(bills.map((bill) => bill.currencyCode))].sort();
  }

  /** The workspace's bills among cached records: a deleted bill is gone from Clio, and from the list. */
  static of(records: readonly BillRecord[]): BillTable {
    return new BillTable(records.filter((record) => record.state !== 'deleted').map(toCollectionBill));
  }

  /** One bill by its id; the index is built on the first look, as most tables are only listed. */
  byId(id: number): CollectionBill | undefined {
    this.ids ??= new Map(this.bills.map((bill) => [bill.id, bill]));
    return this.ids.get(id);
  }

  /**
   * The bills in `sort`'s order. Only days overdue depend on the date, so only they key by it; only
   * the order by last action depends on `lastActions`, so only it is kept with them.
   */
  ordered(sort: BillSort, today: string, lastActions: LastActions): Uint32Array {
    const key = `${sort.column} ${sort.direction}${sort.column === 'days_overdue' ? ` ${today}` : ''}`;
    let orders = this.orders;
    if (sort.column === 'last_action') {
      orders = this.actionOrders.get(lastActions) ?? new Map();
      this.actionOrders.set(lastActions, orders);
    }
    let order = orders.get(key);
    if (!order) {
      order = sortedPositions(this.bills, sort, today, lastActions);
      orders.set(key, order);
    }
    return order;
  }
}
