import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClioPage } from '@/lib/clio/api';
import { db } from '@/lib/db/database';
import type { SyncStateRecord } from '@/lib/db/records/sync-state';
import { preparePage, setAside, storePage } from '@/lib/sync/commit-page';
import { resourceSyncOf } from '@/lib/sync/resources';
import { onBillsStored } from '@/lib/sync/store-bills';
import { initialState } from '@/lib/sync/sync-resource';
import { clioBill } from '../../support/clio-bill';

const bills = resourceSyncOf('bills');

const commitPage = (resource: typeof bills, page: ClioPage, state: SyncStateRecord) =>
  storePage(resource, preparePage(resource, page), state);

const payments = resourceSyncOf('payments');
const allocations = resourceSyncOf('allocations');

/** A Clio Payments payment as Clio's API sends it: $25.50, for bill 1. */
function clioPayment(id: number, changes: Record<string, unknown> = {}) {
  return {
    id,
    amount: 25.5,
    currency: 'USD',
    state: 'completed',
    confirmation_number: `C-${id}`,
    created_at: '2026-11-03T10:00:00Z',
    updated_at: '2026-11-03T10:00:00Z',
    bills: [{ id: 1 }],
    contact: { id: 7 },
    clio_payments_link: null,
    ...changes,
  };
}

/** A page of these bills stored as a run walks its query: `endsQuery` on the query's last page. */
const storeBillsPage = (
  ids: number[],
  walked: { endsQuery: boolean; unchanged?: number },
  state: SyncStateRecord,
) =>
  storePage(
    bills,
    {
      ...preparePage(bills, {
        records: ids.map((id) => clioBill(id)),
        next: walked.endsQuery ? undefined : 'bills.json?page_token=next',
        serverTime: 5,
      }),
      ...walked,
    },
    state,
  );

describe('preparing and storing a page', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('stores the page in minor units and moves the checkpoint to the next page', async () => {
    const state = { ...initialState(bills), nextUrl: 'bills.json?page=1' };
    const next = await commitPage(
      bills,
      {
        records: [clioBill(1), clioBill(2)],
        next: 'https://app.clio.com/api/v4/bills.json?page_token=2',
        serverTime: 5,
      },
      state,
    );
    expect(await db.bills.get(1)).toMatchObject({
      total: 10_010,
      paid: 20,
      balance: 9_990,
      pending: 0,
      clientName: '‮ evil 🦄',
    });
    expect(await db.syncState.get('bills')).toMatchObject({
      nextUrl: 'https://app.clio.com/api/v4/bills.json?page_token=2',
      queue: [],
      pages: 1,
      records: 2,
      runStartedAt: 5,
    });
    expect(next.pages).toBe(1);
  });

  it('sets a malformed record aside with its reason and stores the rest of the page', async () => {
    await commitPage(
      bills,
      {
        records: [
          clioBill(1),
          clioBill(2, { total: 'abc' }),
          clioBill(3, { state: 'archived' }),
          { nope: true },
        ],
        next: undefined,
        serverTime: 1,
      },
      initialState(bills),
    );
    expect(await db.bills.toCollection().primaryKeys()).toEqual([1]);
    const setAside = await db.setAside.toArray();
    expect(setAside.map((record) => [record.recordId, record.reason.values?.field])).toEqual(
      expect.arrayContaining([
        [2, 'total'],
        [3, 'state'],
        [null, 'id'],
      ]),
    );
  });

  it('takes a record off the set-aside list once Clio sends it readable', async () => {
    await commitPage(
      bills,
      { records: [clioBill(2, { total: 'abc' })], next: undefined, serverTime: 1 },
      initialState(bills),
    );
    expect(await db.setAside.count()).toBe(1);
    await commitPage(bills, { records: [clioBill(2)], next: undefined, serverTime: 2 }, initialState(bills));
    expect(await db.setAside.count()).toBe(0);
    expect(await db.bills.get(2)).toMatchObject({ total: 10_010 });
  });
});

describe('a page’s place in its run', () => {
  afterEach(async () => {
    vi.useRealTimers();
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('dates the run by Clio’s clock on its first page, or the worker’s without one; later pages keep that date', async () => {
    const first = await commitPage(
      bills,
      { records: [clioBill(1)], next: 'bills.json?page=2', serverTime: 5 },
      { ...initialState(bills), nextUrl: 'bills.json' },
    );
    const second = await commitPage(bills, { records: [clioBill(2)], next: undefined, serverTime: 9 }, first);
    expect([first.runStartedAt, second.runStartedAt, second.pages]).toEqual([5, 5, 2]);

    vi.useFakeTimers({ toFake: ['Date'], now: 1_234 });
    const unclocked = await commitPage(
      bills,
      { records: [clioBill(3)], next: undefined, serverTime: undefined },
      initialState(bills),
    );
    expect(unclocked.runStartedAt).toBe(1_234);
  });

  it('counts the owed bills a first run reads first once, in the whole index after them, unchanged ones included', async () => {
    const start = { ...initialState(bills), runKind: 'full' as const, nextUrl: 'owed', queriesRead: 0 };
    // Counted as they come, for the progress shown, until the whole index counts them.
    const owedPage = await storeBillsPage([1, 2], { endsQuery: false }, start);
    expect([owedPage.records, owedPage.queriesRead]).toEqual([2, 0]);
    const owedRead = await storeBillsPage([5], { endsQuery: true }, owedPage);
    expect([owedRead.records, owedRead.queriesRead]).toEqual([0, 1]);

    const wholeIndex = await storeBillsPage([3], { endsQuery: false, unchanged: 2 }, owedRead);
    expect([wholeIndex.records, wholeIndex.queriesRead]).toEqual([3, 1]);
    const indexEnd = await storeBillsPage([4], { endsQuery: true }, wholeIndex);
    expect(await db.syncState.get('bills')).toMatchObject({ records: 4, queriesRead: 2, pages: 4 });
    expect(indexEnd.records).toBe(4);
  });

  it('counts every record of an incremental run, each query read to its end', async () => {
    const start = {
      ...initialState(bills),
      runKind: 'incremental' as const,
      nextUrl: 'changed',
      queriesRead: 0,
    };
    const read = await storeBillsPage([1, 2], { endsQuery: true }, start);
    expect([read.records, read.queriesRead]).toEqual([2, 1]);
  });

  it('notes, in an incremental run, the bills whose money moved for the payments to read; a full run notes none', async () => {
    await commitPage(
      bills,
      { records: [clioBill(1), clioBill(3)], next: undefined, serverTime: 1 },
      initialState(bills),
    );
    await db.syncState.put({ ...initialState(payments), billsChanged: [9] });
    const incremental = { ...initialState(bills), runKind: 'incremental' as const, nextUrl: 'changed' };

    await commitPage(
      bills,
      {
        records: [
          clioBill(1, { paid: 50.2, balance: 49.9 }),
          clioBill(2, { paid: 0, pending: 12 }),
          clioBill(3),
          clioBill(4, { paid: 0, pending: null }),
        ],
        next: undefined,
        serverTime: 2,
      },
      incremental,
    );
    expect((await db.syncState.get('payments'))?.billsChanged).toEqual([9, 1, 2]);

    await commitPage(
      bills,
      { records: [clioBill(1, { paid: 80.2, balance: 19.9 })], next: undefined, serverTime: 3 },
      { ...initialState(bills), runKind: 'full', nextUrl: 'all' },
    );
    expect((await db.syncState.get('payments'))?.billsChanged).toEqual([9, 1, 2]);
  });

  it('keeps the bills noted on the payments’ row as a page of payments is stored', async () => {
    await db.syncState.put({ ...initialState(payments), billsChanged: [4] });

    await commitPage(
      payments,
      { records: [clioPayment(1)], next: 'payments.json?page=2', serverTime: 3 },
      { ...initialState(payments), nextUrl: 'payments.json' },
    );

    expect(await db.syncState.get('payments')).toMatchObject({
      billsChanged: [4],
      nextUrl: 'payments.json?page=2',
      pages: 1,
    });
    expect(await db.payments.get(1)).toMatchObject({ amount: 2_550, billIds: [1] });
  });
});

describe('bills just stored', () => {
  const heard: number[][] = [];
  onBillsStored(async (stored) => {
    heard.push(stored.map((bill) => bill.id));
  });
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('are told to who wants to know of them; other records are not', async () => {
    // Heard since the file began: the pages stored by the tests above.
    heard.length = 0;
    await commitPage(
      bills,
      { records: [clioBill(1), clioBill(2)], next: undefined, serverTime: 1 },
      initialState(bills),
    );
    await commitPage(
      payments,
      { records: [clioPayment(3)], next: undefined, serverTime: 1 },
      initialState(payments),
    );

    await vi.waitFor(() => expect(heard).toEqual([[1, 2]]));
    expect(await db.payments.count()).toBe(1);
  });
});

describe('records set aside', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('names a record without an id by its text: read again, one entry; another such record, another', async () => {
    const page = (records: unknown[]) => ({ records, next: undefined, serverTime: 1 });
    await commitPage(bills, page([{ nope: true }]), initialState(bills));
    // The same characters in another order are another record.
    await commitPage(bills, page([{ nope: true }, { ab: 1 }, { ba: 1 }]), initialState(bills));

    const keys = (await db.setAside.toCollection().primaryKeys()).map(String);
    expect(keys).toHaveLength(3);
    expect(keys.every((key) => key.startsWith('bills:unidentified:'))).toBe(true);
    expect((await db.setAside.toArray()).map((record) => record.recordId)).toEqual([null, null, null]);
  });

  it('keeps the bill an allocation set aside belongs to, so the bill’s page can say so', async () => {
    await commitPage(
      allocations,
      {
        records: [
          { id: 3, bill: { id: 5 } },
          { id: 4, bill: { id: 'five' } },
        ],
        next: undefined,
        serverTime: 1,
      },
      initialState(allocations),
    );

    const setAside = await db.setAside.orderBy('key').toArray();
    expect(setAside.map((record) => [record.key, record.recordId, record.billId])).toEqual([
      ['allocations:3', 3, 5],
      ['allocations:4', 4, undefined],
    ]);
  });

  it('sets aside a bill whose amount Remit cannot count exactly, naming the bill and the amount', () => {
    const prepared = preparePage(bills, {
      records: [clioBill(1, { total: 1e17 }), clioBill(2)],
      next: undefined,
      serverTime: 1,
    });

    expect(prepared.ids).toEqual([2]);
    expect(prepared.rejected.map(({ key, reason }) => [key, reason])).toEqual([
      ['bills:1', { key: 'records.bill_unsafe_amount', values: { bill: '1', amount: '100000000000000000' } }],
    ]);
  });

  it('sets aside a payment link with an amount but no currency, saying the currency is missing', () => {
    const link = (id: number, currency: string | null) => ({
      id,
      active: true,
      amount: 120.5,
      currency,
      description: 'Bill B-1',
      url: `https://app.clio.com/link/${id}`,
      expires_at: null,
      created_at: '2026-11-03T10:00:00Z',
      bill: { id: 1 },
      contact: { id: 7 },
      destination_account: null,
    });
    const prepared = preparePage(resourceSyncOf('paymentLinks'), {
      records: [link(1, null), link(2, 'USD')],
      next: undefined,
      serverTime: 1,
    });

    expect(prepared.ids).toEqual([2]);
    expect(prepared.rejected.map(({ key, billId, reason }) => [key, billId, reason])).toEqual([
      ['paymentLinks:1', 1, { key: 'records.amount_without_currency', values: { field: 'currency' } }],
    ]);
  });

  it('names by its text a record that is no object or whose id or bill Remit cannot use', () => {
    const reason = { key: 'records.amount_without_currency', values: { field: 'currency' } } as const;
    const entryOf = (raw: unknown) => setAside(allocations, raw, reason, 9);
    const unidentified = [null, 17, 'text', [1, 2], { id: 1.5 }, { id: '4' }, { id: 2 ** 53 }].map(entryOf);
    for (const entry of unidentified) {
      expect(entry.recordId).toBeNull();
      expect(entry.key).toMatch(/^allocations:unidentified:[0-9a-z]+$/);
    }
    expect(new Set(unidentified.map((entry) => entry.key)).size).toBe(unidentified.length);
    // An allocation's bill is kept only when it is a bill with a usable id; nothing is kept otherwise.
    for (const bill of [null, 5, 'five', { id: 'five' }, { id: 5.5 }, { number: 5 }])
      expect(entryOf({ id: 3, bill })).toStrictEqual({
        key: 'allocations:3',
        resource: 'allocations',
        recordId: 3,
        reason,
        at: 9,
      });
    expect(entryOf({ id: 3, bill: { id: 5 } })).toMatchObject({ key: 'allocations:3', billId: 5 });
  });

  it('sets aside a payment whose amount Remit cannot count exactly, naming the amount', async () => {
    await commitPage(
      payments,
      { records: [clioPayment(1, { amount: 1e17 }), clioPayment(2)], next: undefined, serverTime: 1 },
      initialState(payments),
    );

    expect(await db.payments.toCollection().primaryKeys()).toEqual([2]);
    expect((await db.setAside.get('payments:1'))?.reason).toEqual({
      key: 'records.unsafe_amount',
      values: { field: 'amount', amount: '100000000000000000' },
    });
  });
});
