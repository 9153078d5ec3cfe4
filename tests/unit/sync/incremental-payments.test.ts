import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBillRecord } from '@/lib/bills/bill-record';
import { clioBill as clioBillSchema } from '@/lib/clio/schemas';
import { db } from '@/lib/db/database';
import type { PaymentRecord } from '@/lib/db/records/payment';
import { noteBillsWithMovedMoney } from '@/lib/sync/bills-moved';
import { paymentsDeltaUrls } from '@/lib/sync/payments-delta';
import { resourceSyncOf } from '@/lib/sync/resources';
import { runSync } from '@/lib/sync/run-sync';
import { initialState } from '@/lib/sync/sync-resource';
import { clioBill } from '../../support/clio-bill';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

const payments = resourceSyncOf('payments');

/** A settled payment from long ago, as a firm with years of online payments holds thousands of. */
function oldPayment(id: number): PaymentRecord {
  return {
    id,
    amount: 10_000,
    currencyCode: 'USD',
    state: 'completed',
    confirmationNumber: null,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    billIds: [],
    contactId: null,
    linkId: null,
  };
}

const queryOf = (url: string) => new URL(url, 'https://app.clio.com/api/v4/').searchParams;

describe('what an incremental run reads of Clio Payments payments', () => {
  beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('reads the payments of bills whose money moved, those under way and those Clio could not allocate', async () => {
    await db.payments.bulkPut([
      ...Array.from({ length: 1_000 }, (_, index) => oldPayment(index + 1)),
      { ...oldPayment(5_001), state: 'pending' },
      { ...oldPayment(5_002), state: 'completed_requiring_allocation' },
    ]);
    const urls = (await paymentsDeltaUrls(payments, [77, 78, 77])).map(queryOf);
    expect(
      urls.map((query) => [...query.keys()].filter((key) => key !== 'fields' && key !== 'limit')),
    ).toEqual([['state'], ['ids[]', 'ids[]'], ['bill_id'], ['bill_id']]);
    expect(urls[0]?.get('state')).toBe('completed_requiring_allocation');
    expect(urls[1]?.getAll('ids[]')).toEqual(['5001', '5002']);
    expect(urls.slice(2).map((query) => query.get('bill_id'))).toEqual(['77', '78']);
  });

  it('reads every payment when that takes fewer requests', async () => {
    await db.payments.bulkPut(Array.from({ length: 150 }, (_, index) => oldPayment(index + 1)));
    const urls = (await paymentsDeltaUrls(payments, [1, 2, 3])).map(queryOf);
    expect(urls).toHaveLength(1);
    expect([...(urls[0]?.keys() ?? [])].sort()).toEqual(['fields', 'limit']);
  });

  // 200 under way are two pages of 100 ids: never a third of none, which would read every payment.
  it.each([
    [150, [0, 100, 50]],
    [200, [0, 100, 100]],
  ])('asks for no more than 100 ids at a time: %i payments under way', async (underWay, idsPerPage) => {
    await db.payments.bulkPut([
      ...Array.from({ length: 2_000 }, (_, index) => oldPayment(index + 1)),
      ...Array.from({ length: underWay }, (_, index) => ({
        ...oldPayment(10_000 + index),
        state: 'pending' as const,
      })),
    ]);
    const urls = (await paymentsDeltaUrls(payments, [])).map(queryOf);
    expect(urls.map((query) => query.getAll('ids[]').length)).toEqual(idsPerPage);
  });
});

describe('the bills an incremental run notes for the payments to read', () => {
  beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('are those whose paid, pending or balance moved, any one alone; a bill whose money stayed is not', async () => {
    const bill = (id: number, changes: Record<string, unknown> = {}) =>
      toBillRecord(clioBillSchema.parse(clioBill(id, changes)), 0);
    await db.bills.bulkPut([1, 2, 3, 4].map((id) => bill(id)));
    // A payments row that never noted a bill has no list yet.
    await db.syncState.put(initialState(payments));

    await noteBillsWithMovedMoney([
      bill(1, { paid: 5 }),
      bill(2, { pending: 3 }),
      bill(3, { balance: 1 }),
      bill(4, { number: 'B-4', last_sent_at: '2026-11-05T10:00:00Z' }),
      // Not cached before: noted when money was paid or is under way.
      bill(5, { paid: 0, pending: 2 }),
      bill(6, { paid: 0, pending: null }),
    ]);

    expect((await db.syncState.get('payments'))?.billsChanged).toEqual([1, 2, 3, 5]);
  });
});

describe('an incremental sync against Clio', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(() => clio.close());

  it('finds a payment made through a link since the last sync, by the bill it moved, and nothing Clio does not document', async () => {
    await runSync();
    // Years of settled payments in the cache: reading them all again would take many pages.
    await db.payments.bulkPut(Array.from({ length: 1_000 }, (_, index) => oldPayment(900_000_000 + index)));
    const link = clio.sandbox.state.data.links.rows.find(
      (candidate) =>
        candidate.subject.type === 'Bill' && candidate.paymentId === null && !candidate.expiredManually,
    );
    if (link?.subject.type !== 'Bill') throw new Error('The seed has no open bill link');
    const paid = clio.sandbox.state.payWithLink(link.token);
    await clio.control.resetRequestCounters();

    await runSync();

    const stored = await db.payments.get(paid.id);
    expect(stored).toMatchObject({ state: 'completed', billIds: [link.subject.id], linkId: link.id });
    expect(stored?.amount).toBe(paid.amountCents);
    const { requests } = await clio.control.state();
    expect(requests.undocumented).toEqual({});
    // Those Clio could not allocate, those still pending (one request for all), and the moved bill's.
    expect(requests.byPath['GET /api/v4/clio_payments/payments']).toBe(3);
    const billPayments = (await db.payments.where('billIds').equals(link.subject.id).toArray()).map(
      (p) => p.id,
    );
    expect(billPayments).toContain(paid.id);
  });
});
