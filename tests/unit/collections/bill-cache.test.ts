import { beforeEach, describe, expect, it } from 'vitest';
import { noFilter } from '@/lib/collections/bill-filter';
import { defaultSort } from '@/lib/collections/bill-sort';
import { collectionHandlers } from '@/lib/collections/handlers';
import { db } from '@/lib/db/database';
import { bill } from '../../support/cached-bill';

const sender = {};
const handlers = collectionHandlers({ remindersDue: async () => new Set() });
const everything = { filter: noFilter, sort: defaultSort, offset: 0, limit: 50 };

beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

describe('the workspace’s bills in the background', () => {
  it('are read once and read again after the bills table changes', async () => {
    await db.bills.bulkPut([bill({ id: 1, balance: 1_234 }), bill({ id: 2, state: 'deleted' })]);
    const first = await handlers.queryBills(everything, sender);
    expect(first.rows.map((row) => [row.id, row.outstanding])).toEqual([[1, 1_234]]);

    await db.bills.put(bill({ id: 1, balance: 234 }));
    await db.bills.put(bill({ id: 3, currencyCode: 'CAD', balance: 5 }));
    const second = await handlers.queryBills(everything, sender);
    expect(second.count).toBe(2);
    expect(second.totals.map((total) => [total.currencyCode, total.outstanding])).toEqual([
      ['CAD', 5],
      ['USD', 234],
    ]);
    const selected = await handlers.selectionTotals(
      { filter: { ...noFilter, currency: 'USD' }, selection: { kind: 'all_matching', except: [] } },
      sender,
    );
    expect(selected).toMatchObject({ count: 1, totalsByCurrency: [{ outstanding: 234 }] });
  });
});
