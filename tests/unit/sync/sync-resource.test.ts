import { afterEach, describe, expect, it } from 'vitest';
import type { ClioApi, ClioPage } from '@/lib/clio/api';
import { db } from '@/lib/db/database';
import { PAYMENTS_DELTA } from '@/lib/sync/payments-delta';
import { resourceSyncOf } from '@/lib/sync/resources';
import { initialState, planRun, syncResource } from '@/lib/sync/sync-resource';
import { clioBill } from '../../support/clio-bill';

const bills = resourceSyncOf('bills');
const contacts = resourceSyncOf('contacts');
const matters = resourceSyncOf('matters');
const payments = resourceSyncOf('payments');

/**
 * A Clio that answers each query by its filter (`state`, `updated_since`, `bill_id`) with pages of
 * these records, the next page named `<query>#<n>`, and notes every page it was asked for.
 */
function scriptedClio(pagesOf: (query: URLSearchParams) => unknown[][]) {
  const asked: string[] = [];
  const api = {
    async page(url: string): Promise<ClioPage> {
      asked.push(url);
      const [query = url, at = '0'] = url.split('#');
      const pages = pagesOf(new URLSearchParams(query.split('?')[1]));
      const index = Number(at);
      return {
        records: pages[index] ?? [],
        next: index + 1 < pages.length ? `${query}#${index + 1}` : undefined,
        serverTime: 1_000,
      };
    },
  } as unknown as ClioApi;
  return { api, asked };
}

const run = (api: ClioApi, resource = bills) => syncResource(api, resource, new AbortController().signal);

/** A resource whose last run finished at Clio's time `syncedUpTo`. */
const synced = (resource: typeof bills, syncedUpTo: number, changes: object = {}) =>
  db.syncState.put({ ...initialState(resource), syncedUpTo, completedAt: syncedUpTo, ...changes });

describe('planning a run', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('starts a first run with no bills noted, and an incremental one with those noted since the last', async () => {
    await db.syncState.bulkPut([
      { ...initialState(payments), billsChanged: [5] },
      { ...initialState(contacts), syncedUpTo: 10, billsChanged: [6] },
      // A row that never noted a bill has no list of them.
      { ...initialState(matters), syncedUpTo: 10 },
    ]);

    await planRun([payments, contacts, matters]);

    // A first run reads every payment, whatever bills moved before it.
    expect(await db.syncState.get('payments')).toMatchObject({ runKind: 'full', billsChanged: [] });
    expect(await db.syncState.get('contacts')).toMatchObject({ runKind: 'incremental', billsChanged: [6] });
    expect(await db.syncState.get('matters')).toMatchObject({ runKind: 'incremental', billsChanged: [] });
  });
});

describe('one resource’s part of a run', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('asks Clio for nothing when the resource has no run planned or its run has ended', async () => {
    const { api, asked } = scriptedClio(() => [[clioBill(1)]]);
    await run(api);
    await synced(bills, 10, { nextUrl: null });
    await run(api);

    expect(asked).toEqual([]);
    expect(await db.syncState.get('bills')).toMatchObject({ completedAt: 10, syncedUpTo: 10 });
  });

  it('ends after the last page of a run checkpointed without a queue of further queries', async () => {
    // Rows written before runs had several queries carry no queue.
    await db.syncState.put({
      ...initialState(contacts),
      runKind: 'full',
      nextUrl: 'contacts.json?limit=200',
    });
    const { api, asked } = scriptedClio(() => [[{ id: 1, name: 'A', type: 'Person', is_client: true }]]);

    await run(api, contacts);

    expect(asked).toEqual(['contacts.json?limit=200']);
    expect(await db.syncState.get('contacts')).toMatchObject({ nextUrl: null, runKind: null, records: 1 });
  });

  it('stores every bill of an incremental run, those with an ETag included', async () => {
    await synced(bills, 10_000_000);
    await planRun([bills]);
    const { api } = scriptedClio(() => [[clioBill(1, { etag: '"a"' }), clioBill(2)], [clioBill(3)]]);

    await run(api);

    expect(await db.bills.orderBy('id').primaryKeys()).toEqual([1, 2, 3]);
    expect(await db.syncState.get('bills')).toMatchObject({ records: 3, pages: 2, runKind: null });
  });

  it('leaves out of the whole index the owed bills of every page read first, not only the first page', async () => {
    await planRun([bills]);
    // The whole index sends each bill with another balance and the same ETag: stored again, it shows.
    const owed = [[clioBill(1, { etag: '"a"' })], [clioBill(2, { etag: '"b"' })]];
    const whole = [[clioBill(1, { etag: '"a"', balance: 1 }), clioBill(2, { etag: '"b"', balance: 2 })]];
    const { api } = scriptedClio((query) => (query.get('state') === 'awaiting_payment' ? owed : whole));

    await run(api);

    expect((await db.bills.orderBy('id').toArray()).map((bill) => bill.balance)).toEqual([9_990, 9_990]);
  });
});

describe('the payments of an incremental run', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('reads only those Clio could not allocate when no bill moved, and leaves no bill noted', async () => {
    // A row that never noted a bill has no list of them.
    await db.syncState.put({ ...initialState(payments), runKind: 'incremental', nextUrl: PAYMENTS_DELTA });
    // Enough payments held that reading them all would take more requests than the delta.
    await db.payments.bulkPut(
      Array.from({ length: 401 }, (_, index) => ({
        id: index + 1,
        amount: 100,
        currencyCode: 'USD',
        state: 'completed' as const,
        confirmationNumber: null,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        billIds: [],
        contactId: null,
        linkId: null,
      })),
    );
    const { api, asked } = scriptedClio(() => [[]]);

    await run(api, payments);

    expect(asked.map((url) => new URLSearchParams(url.split('?')[1]).get('state'))).toEqual([
      'completed_requiring_allocation',
    ]);
    expect(await db.syncState.get('payments')).toMatchObject({ billsChanged: [], runKind: null });
  });
});
