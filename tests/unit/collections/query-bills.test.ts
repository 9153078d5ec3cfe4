import { describe, expect, it } from 'vitest';
import type { BillFilter } from '@/lib/collections/bill-filter';
import { noFilter } from '@/lib/collections/bill-filter';
import type { BillQueue } from '@/lib/collections/bill-queue';
import { type BillSelection, noSelection, toggleBill } from '@/lib/collections/bill-selection';
import { type BillSort, defaultSort } from '@/lib/collections/bill-sort';
import { BillTable } from '@/lib/collections/bill-table';
import { LastActions } from '@/lib/collections/last-action';
import { queryBills, selectionTotals } from '@/lib/collections/query-bills';
import type { BillRecord } from '@/lib/db/records/bill';
import type { LinkRequestRecord } from '@/lib/db/records/link-request';
import { addDays } from '@/lib/format';
import { bill, daysAgo, sentDaysAgo, TODAY } from '../../support/cached-bill';
import { outboxEntry } from '../../support/outbox-entry';

const noActions = LastActions.of([], []);
const day = { today: TODAY, remindersDue: new Set<number>() };

function matching(
  bills: BillRecord[],
  filter: Partial<BillFilter>,
  sort: BillSort = defaultSort,
  lastActions = noActions,
) {
  const table = BillTable.of(bills);
  return queryBills(
    table,
    { filter: { ...noFilter, ...filter }, sort, offset: 0, limit: 200 },
    day,
    lastActions,
  );
}

const idsOf = (bills: BillRecord[], filter: Partial<BillFilter>, sort?: BillSort) =>
  matching(bills, filter, sort).rows.map((row) => row.id);

const inQueue = (bills: BillRecord[], queue: BillQueue) => idsOf(bills, { queue }).sort((a, b) => a - b);

describe('filters', () => {
  it('by Clio state, and never lists a deleted bill', () => {
    const bills = [
      bill({ id: 1, state: 'draft' }),
      bill({ id: 2, state: 'awaiting_approval' }),
      bill({ id: 3, state: 'awaiting_payment' }),
      bill({ id: 4, state: 'paid', balance: 0 }),
      bill({ id: 5, state: 'void' }),
      bill({ id: 6, state: 'deleted' }),
    ];
    expect(idsOf(bills, { state: 'draft' })).toEqual([1]);
    expect(idsOf(bills, { state: 'awaiting_approval' })).toEqual([2]);
    expect(idsOf(bills, { state: 'awaiting_payment' })).toEqual([3]);
    expect(idsOf(bills, { state: 'paid' })).toEqual([4]);
    expect(idsOf(bills, { state: 'void' })).toEqual([5]);
    expect(matching(bills, {}).count).toBe(5);
    expect(matching(bills, {}).cachedBills).toBe(5);
  });

  it('by client or matter, in any case, the text taken as typed', () => {
    const bills = [
      bill({ id: 1, clientName: 'Avery & Co' }),
      bill({ id: 2, clientName: '<img src=x onerror=alert(1)>', matters: [] }),
      bill({
        id: 3,
        clientName: 'Blake LLP',
        matters: [
          { id: 7, displayNumber: '00007-Blake', description: 'Merger (phase 2)' },
          { id: 8, displayNumber: '00008-Blake', description: '{client} review' },
        ],
      }),
      bill({ id: 4, clientName: null, matters: [] }),
    ];
    expect(idsOf(bills, { search: 'avery' })).toEqual([1]);
    expect(idsOf(bills, { search: 'BLAKE' })).toEqual([3]);
    expect(idsOf(bills, { search: '00008' })).toEqual([3]);
    expect(idsOf(bills, { search: '(phase 2)' })).toEqual([3]);
    expect(idsOf(bills, { search: '{client}' })).toEqual([3]);
    expect(idsOf(bills, { search: '<IMG SRC=X' })).toEqual([2]);
    expect(idsOf(bills, { search: 'lease' })).toEqual([1]);
    expect(idsOf(bills, { search: '.*' })).toEqual([]);
  });

  it('by currency and by kind', () => {
    const bills = [
      bill({ id: 1, currencyCode: 'USD' }),
      bill({ id: 2, currencyCode: 'CAD' }),
      bill({ id: 3, currencyCode: 'CAD', kind: 'trust_kind' }),
    ];
    expect(idsOf(bills, { currency: 'CAD' })).toEqual([2, 3]);
    expect(idsOf(bills, { kind: 'trust' })).toEqual([3]);
    expect(idsOf(bills, { kind: 'invoice' })).toEqual([1, 2]);
    expect(idsOf(bills, { currency: 'CAD', kind: 'invoice' })).toEqual([2]);
    expect(matching(bills, { currency: 'USD' }).currencies).toEqual(['CAD', 'USD']);
  });
});

describe('queues', () => {
  it('never sent: no send at all, whatever the state', () => {
    const bills = [
      bill({ id: 1, lastSentAt: null }),
      bill({ id: 2, lastSentAt: null, state: 'draft' }),
      bill({ id: 3, lastSentAt: sentDaysAgo(90) }),
    ];
    expect(inQueue(bills, { name: 'never_sent' })).toEqual([1, 2]);
  });

  it('sent more than N days ago and still owed', () => {
    const bills = [
      bill({ id: 1, lastSentAt: sentDaysAgo(31) }),
      bill({ id: 2, lastSentAt: sentDaysAgo(30) }),
      bill({ id: 3, lastSentAt: sentDaysAgo(45), state: 'paid', balance: 0 }),
      bill({ id: 4, lastSentAt: sentDaysAgo(45), balance: 0 }),
      bill({ id: 5, lastSentAt: sentDaysAgo(45), state: 'void' }),
      bill({ id: 6, lastSentAt: null }),
      bill({ id: 7, lastSentAt: sentDaysAgo(2) }),
    ];
    expect(inQueue(bills, { name: 'sent_long_ago', days: 30 })).toEqual([1]);
    expect(inQueue(bills, { name: 'sent_long_ago', days: 1 })).toEqual([1, 2, 7]);
  });

  it('overdue: owed and due before today', () => {
    const bills = [
      bill({ id: 1, dueAt: daysAgo(1) }),
      bill({ id: 2, dueAt: TODAY }),
      bill({ id: 3, dueAt: daysAgo(60), state: 'paid', balance: 0 }),
      bill({ id: 4, dueAt: daysAgo(60), state: 'draft' }),
      bill({ id: 5, dueAt: null }),
      bill({ id: 6, dueAt: daysAgo(60), balance: 0 }),
    ];
    expect(inQueue(bills, { name: 'overdue' })).toEqual([1]);
  });

  it('due within N days: owed, due today up to N days from now', () => {
    const bills = [
      bill({ id: 1, dueAt: TODAY }),
      bill({ id: 2, dueAt: addDays(TODAY, 7) }),
      bill({ id: 3, dueAt: addDays(TODAY, 8) }),
      bill({ id: 4, dueAt: daysAgo(1) }),
      bill({ id: 5, dueAt: addDays(TODAY, 3), state: 'paid', balance: 0 }),
    ];
    expect(inQueue(bills, { name: 'due_soon', days: 7 })).toEqual([1, 2]);
    expect(inQueue(bills, { name: 'due_soon', days: 0 })).toEqual([1]);
  });

  it('not shared to the portal', () => {
    const bills = [bill({ id: 1, shared: false }), bill({ id: 2, shared: true })];
    expect(inQueue(bills, { name: 'not_shared' })).toEqual([1]);
  });

  it('needing attention: overdue and not shared, never sent, or sent 30 days ago or more, as the popup counts', () => {
    const bills = [
      bill({ id: 1, dueAt: daysAgo(1), shared: false, lastSentAt: null }),
      bill({ id: 2, dueAt: daysAgo(40), shared: true, lastSentAt: sentDaysAgo(30) }),
      bill({ id: 3, dueAt: daysAgo(40), shared: true, lastSentAt: sentDaysAgo(29) }),
      bill({ id: 4, dueAt: TODAY, shared: false, lastSentAt: null }),
      bill({ id: 5, dueAt: daysAgo(40), shared: false, state: 'paid', balance: 0 }),
      bill({ id: 6, dueAt: null, shared: false, lastSentAt: null }),
      bill({ id: 7, dueAt: daysAgo(5), shared: true, lastSentAt: null }),
    ];
    expect(inQueue(bills, { name: 'needs_attention' })).toEqual([1, 2, 7]);
  });

  it('reminders due: the bills the day’s reminders name, and no other', () => {
    const bills = [bill({ id: 1 }), bill({ id: 2 }), bill({ id: 3 })];
    const table = BillTable.of(bills);
    const query = { filter: { ...noFilter, queue: { name: 'reminders_due' as const } }, sort: defaultSort };
    const listed = (remindersDue: number[]) =>
      queryBills(
        table,
        { ...query, offset: 0, limit: 10 },
        { today: TODAY, remindersDue: new Set(remindersDue) },
        noActions,
      ).rows.map((row) => row.id);
    expect(listed([3, 1])).toEqual([1, 3]);
    expect(listed([])).toEqual([]);
  });

  it('combines with the other filters', () => {
    const bills = [
      bill({ id: 1, dueAt: daysAgo(3), currencyCode: 'CAD' }),
      bill({ id: 2, dueAt: daysAgo(3), currencyCode: 'USD' }),
    ];
    expect(idsOf(bills, { queue: { name: 'overdue' }, currency: 'CAD' })).toEqual([1]);
  });
});

describe('sort', () => {
  const ascending = (column: BillSort['column']): BillSort => ({ column, direction: 'ascending' });
  const descending = (column: BillSort['column']): BillSort => ({ column, direction: 'descending' });

  it('by any column, ties in the order of their ids, in either direction', () => {
    const bills = [
      bill({ id: 4, balance: 500 }),
      bill({ id: 2, balance: 900 }),
      bill({ id: 3, balance: 500 }),
      bill({ id: 1, balance: 100 }),
    ];
    expect(idsOf(bills, {}, ascending('outstanding'))).toEqual([1, 3, 4, 2]);
    expect(idsOf(bills, {}, descending('outstanding'))).toEqual([2, 3, 4, 1]);
  });

  it('by what is outstanding, which a bill nobody owes has none of, whatever balance Clio keeps', () => {
    const bills = [
      bill({ id: 1, balance: 300 }),
      bill({ id: 2, state: 'void', balance: 900 }),
      bill({ id: 3, state: 'draft', balance: 700 }),
    ];
    expect(idsOf(bills, {}, descending('outstanding'))).toEqual([1, 2, 3]);
    const page = queryBills(
      BillTable.of(bills),
      { filter: noFilter, sort: descending('outstanding'), offset: 0, limit: 3 },
      day,
      noActions,
    );
    expect(page.rows.map((row) => [row.id, row.outstanding])).toEqual([
      [1, 300],
      [2, 0],
      [3, 0],
    ]);
  });

  it('bill numbers as people read them, names in any case, bills without a value last', () => {
    const bills = [
      bill({ id: 1, number: 'INV-10', clientName: 'blake' }),
      bill({ id: 2, number: 'INV-9', clientName: null }),
      bill({ id: 3, number: 'INV-100', clientName: 'Avery' }),
    ];
    expect(idsOf(bills, {}, ascending('number'))).toEqual([2, 1, 3]);
    expect(idsOf(bills, {}, ascending('client'))).toEqual([3, 1, 2]);
    expect(idsOf(bills, {}, descending('client'))).toEqual([1, 3, 2]);
  });

  it('by Remit’s last action on each bill: its latest send or payment link, bills it never touched last', () => {
    const bills = [bill({ id: 1 }), bill({ id: 2 }), bill({ id: 3 }), bill({ id: 4 })];
    const link = (billIds: number[], createdAt: number, state: LinkRequestRecord['state']) =>
      ({ billIds, createdAt, state }) as LinkRequestRecord;
    const lastActions = LastActions.of(
      [
        outboxEntry(1, { state: 'confirmed', createdAt: 100, pressedAt: 500 }),
        outboxEntry(2, { state: 'failed', createdAt: 300, pressedAt: null }),
        outboxEntry(3, { state: 'confirmed', createdAt: 50, pressedAt: 60 }),
      ],
      // A link made for two bills, after bill 3's send; one that failed was no action on them.
      [link([3, 2], 400, 'created'), link([1, 4], 900, 'failed')],
      // Bill 1's send went as the 7-day reminder.
      new Map([['send-1', 7]]),
    );
    const rows = matching(bills, {}, ascending('last_action'), lastActions).rows;
    expect(rows.map((row) => [row.id, row.lastAction])).toEqual([
      [2, { kind: 'link', sendState: null, at: 400, reminderDays: null }],
      [3, { kind: 'link', sendState: null, at: 400, reminderDays: null }],
      [1, { kind: 'send', sendState: 'confirmed', at: 500, reminderDays: 7 }],
      [4, null],
    ]);
    expect(idsOf(bills, {}, { column: 'last_action', direction: 'descending' }).slice(0, 1)).toEqual([1]);
  });

  it('days overdue, last sent, portal and dates', () => {
    const bills = [
      bill({ id: 1, dueAt: daysAgo(5), lastSentAt: null, shared: true, issuedAt: daysAgo(9) }),
      bill({ id: 2, dueAt: daysAgo(50), lastSentAt: sentDaysAgo(3), shared: false, issuedAt: daysAgo(70) }),
      bill({ id: 3, dueAt: addDays(TODAY, 5), lastSentAt: sentDaysAgo(40), shared: true, issuedAt: null }),
    ];
    expect(idsOf(bills, {}, descending('days_overdue'))).toEqual([2, 1, 3]);
    expect(matching(bills, {}, descending('days_overdue')).rows.map((row) => row.daysOverdue)).toEqual([
      50,
      5,
      null,
    ]);
    expect(idsOf(bills, {}, descending('last_sent'))).toEqual([2, 3, 1]);
    expect(idsOf(bills, {}, ascending('portal'))).toEqual([2, 1, 3]);
    expect(idsOf(bills, {}, ascending('issued'))).toEqual([2, 1, 3]);
    expect(idsOf(bills, {}, ascending('due'))).toEqual([2, 1, 3]);
  });
});

describe('windows and totals', () => {
  const many = Array.from({ length: 250 }, (_, index) =>
    bill({ id: index + 1, dueAt: daysAgo(300 - index), balance: 1 + index, total: 1 + index }),
  );

  it('answers only the window asked for, with the count and totals of every match', () => {
    const table = BillTable.of(many);
    const page = queryBills(
      table,
      { filter: noFilter, sort: defaultSort, offset: 200, limit: 30 },
      day,
      noActions,
    );
    expect(page.count).toBe(250);
    expect(page.rows.map((row) => row.id)).toEqual(Array.from({ length: 30 }, (_, i) => 201 + i));
    // 1 + 2 + … + 250 cents.
    expect(page.totals).toEqual([
      { currencyCode: 'USD', bills: 250, billed: 31_375, outstanding: 31_375, trustOutstanding: 0 },
    ]);
  });

  it('adds each currency in its own minor units: owed bills as outstanding, issued ones as billed, trust requests apart', () => {
    const bills = [
      bill({ id: 1, currencyCode: 'USD', total: 10, balance: 10 }),
      bill({ id: 2, currencyCode: 'USD', total: 20, balance: 20, paid: 0 }),
      // Discounted by $10.00: billed $40.00, $19.99 left to pay.
      bill({ id: 3, currencyCode: 'USD', total: 5_000, due: 4_000, balance: 1_999, paid: 2_001 }),
      // Neither billed nor owed, whatever balance Clio keeps on them.
      bill({ id: 4, currencyCode: 'USD', state: 'void', total: 700, balance: 700 }),
      bill({ id: 8, currencyCode: 'USD', state: 'draft', total: 900, balance: 900 }),
      // Paid: billed, nothing owed.
      bill({ id: 9, currencyCode: 'USD', state: 'paid', total: 300, balance: 0, paid: 300 }),
      // Money asked for to hold in trust, not fees.
      bill({ id: 10, currencyCode: 'USD', kind: 'trust_kind', total: 50_000, balance: 50_000 }),
      bill({ id: 5, currencyCode: 'JPY', total: 12_345, balance: 12_345 }),
      bill({ id: 6, currencyCode: 'KWD', total: 1_005, balance: 1_005 }),
      bill({ id: 7, currencyCode: 'KWD', total: 2_001, balance: 2_001 }),
    ];
    expect(matching(bills, {}).totals).toEqual([
      { currencyCode: 'JPY', bills: 1, billed: 12_345, outstanding: 12_345, trustOutstanding: 0 },
      { currencyCode: 'KWD', bills: 2, billed: 3_006, outstanding: 3_006, trustOutstanding: 0 },
      { currencyCode: 'USD', bills: 7, billed: 4_330, outstanding: 2_029, trustOutstanding: 50_000 },
    ]);
  });
});

describe('selection', () => {
  const bills = [
    bill({ id: 1, currencyCode: 'USD', balance: 1_001, dueAt: daysAgo(5) }),
    bill({ id: 2, currencyCode: 'USD', balance: 2_002, dueAt: daysAgo(5) }),
    bill({ id: 3, currencyCode: 'CAD', balance: 3_003, dueAt: daysAgo(5) }),
    bill({ id: 4, currencyCode: 'CAD', balance: 4_004, dueAt: addDays(TODAY, 5) }),
  ];
  const table = BillTable.of(bills);
  const overdue: BillFilter = { ...noFilter, queue: { name: 'overdue' } };
  const totals = (selection: BillSelection) => selectionTotals(table, { filter: overdue, selection }, day);

  it('all that match but the bills taken out', () => {
    expect(totals({ kind: 'all_matching', except: [] })).toEqual({
      count: 3,
      totalsByCurrency: [
        { currencyCode: 'CAD', bills: 1, billed: 10_000, outstanding: 3_003, trustOutstanding: 0 },
        { currencyCode: 'USD', bills: 2, billed: 20_000, outstanding: 3_003, trustOutstanding: 0 },
      ],
    });
    expect(totals({ kind: 'all_matching', except: [2] })).toMatchObject({
      count: 2,
      totalsByCurrency: [{ outstanding: 3_003 }, { currencyCode: 'USD', outstanding: 1_001 }],
    });
  });

  it('bills chosen by hand, only those the filter lists', () => {
    expect(totals({ kind: 'bills', ids: [2, 4] })).toEqual({
      count: 1,
      totalsByCurrency: [
        { currencyCode: 'USD', bills: 1, billed: 10_000, outstanding: 2_002, trustOutstanding: 0 },
      ],
    });
    expect(totals(noSelection)).toEqual({ count: 0, totalsByCurrency: [] });
  });

  it('puts a bill in or takes it out, whichever way the selection was made', () => {
    expect(toggleBill(noSelection, 3, true)).toEqual({ kind: 'bills', ids: [3] });
    expect(toggleBill({ kind: 'bills', ids: [3, 1] }, 3, false)).toEqual({ kind: 'bills', ids: [1] });
    const all: BillSelection = { kind: 'all_matching', except: [] };
    expect(toggleBill(all, 2, false)).toEqual({ kind: 'all_matching', except: [2] });
    expect(toggleBill({ kind: 'all_matching', except: [2] }, 2, true)).toEqual(all);
  });
});
