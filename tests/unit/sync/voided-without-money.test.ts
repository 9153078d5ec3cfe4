import { afterEach, describe, expect, it } from 'vitest';
import { cachedBillPanel } from '@/lib/bill-panel/bill-panel';
import { toBillRecord } from '@/lib/bills/bill-record';
import type { ClioApi, ClioPage } from '@/lib/clio/api';
import { clioBill } from '@/lib/clio/schemas';
import { db } from '@/lib/db/database';
import { buildSummary } from '@/lib/summary/build-summary';
import { readSummaryInput } from '@/lib/summary/summary-store';
import { viewSummary } from '@/lib/summary/view-summary';
import { replaceBillAllocations } from '@/lib/sync/allocations-recheck';
import { preparePage, storePage } from '@/lib/sync/commit-page';
import { resourceSyncOf } from '@/lib/sync/resources';
import { storeBills } from '@/lib/sync/store-bills';
import { initialState } from '@/lib/sync/sync-resource';
import { bill } from '../../support/cached-bill';

/** Noon where the tests run, so today is 21 November 2026 in any time zone. */
const now = new Date(2026, 10, 21, 12);

/** One page of a resource as Clio sends it, stored as a run stores it. */
function storeFromClio(resource: 'allocations' | 'payments', ...raw: object[]) {
  const sync = resourceSyncOf(resource);
  return storePage(
    sync,
    preparePage(sync, { records: raw, next: undefined, serverTime: 5 }),
    initialState(sync),
  );
}

const summaryNow = async () => buildSummary(await readSummaryInput(now), now);

describe('money Clio voided since, sent again without its figures', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  /** A $250.00 cheque on bill 3, as Clio's allocations index sends it. */
  const cheque = (changes: object) => ({
    id: 7,
    date: '2026-11-02',
    amount: 250,
    voided_at: null,
    bill: { id: 3 },
    contact: { id: 4 },
    parent: { id: 9, type: 'Payment' },
    ...changes,
  });
  const paidThisMonth = async () =>
    viewSummary(await summaryNow(), now).currencies.find((currency) => currency.currencyCode === 'USD')?.paid
      .thisMonth;

  it.each([
    ['date', { date: null }],
    ['amount', { amount: null }],
  ])('stops counting a bounced cheque as paid when Clio leaves out its %s', async (_, missing) => {
    await db.bills.put(bill({ id: 3, balance: 0, paid: 25_000, state: 'paid' }));
    await storeFromClio('allocations', cheque({}));
    expect(await paidThisMonth()).toBe(25_000);

    // The cheque bounced and the client paid the same $250.00 by card, so the bill's own figures
    // did not move: only the allocations say what happened.
    await storeFromClio(
      'allocations',
      cheque({ voided_at: '2026-11-20T16:00:00Z', ...missing }),
      cheque({ id: 8, date: '2026-11-20', parent: { id: 10, type: 'Payment' } }),
    );

    expect(await paidThisMonth()).toBe(25_000);
    expect(await db.setAside.count()).toBe(0);
    // What was paid and when is still known: the bill's panel lists the cheque as reversed, $250.00.
    expect((await cachedBillPanel(3))?.reversed).toMatchObject([
      { id: 7, date: '2026-11-02', amount: 25_000 },
    ]);
  });

  it('keeps what a voided cheque was when its bill’s payments are read again from Clio without its figures', async () => {
    await db.bills.put(bill({ id: 3, balance: 0, paid: 25_000, state: 'paid' }));
    await storeFromClio('allocations', cheque({}));
    const bounced = cheque({ voided_at: '2026-11-20T16:00:00Z', date: null, amount: null });
    const card = cheque({ id: 8, date: '2026-11-20', parent: { id: 10, type: 'Payment' } });
    const asked: string[] = [];
    const clio = {
      async page(url: string): Promise<ClioPage> {
        asked.push(new URLSearchParams(url.split('?')[1]).get('bill_id') ?? '');
        return { records: [bounced, card], next: undefined, serverTime: 5 };
      },
    } as unknown as ClioApi;

    await replaceBillAllocations(clio, 3, 'interactive');

    expect(asked).toEqual(['3']);
    expect(await db.allocations.get(7)).toMatchObject({ date: '2026-11-02', amountDecimal: '250' });
    expect(await paidThisMonth()).toBe(25_000);
    expect((await cachedBillPanel(3))?.reversed).toMatchObject([
      { id: 7, date: '2026-11-02', amount: 25_000 },
    ]);
  });

  it('takes a payment first seen voided, without its day or amount, as no money on the day Clio voided it', async () => {
    await db.bills.put(bill({ id: 3 }));
    await storeFromClio(
      'allocations',
      cheque({ voided_at: '2026-11-20T16:00:00Z', date: null, amount: null }),
    );

    expect(await db.allocations.get(7)).toMatchObject({ date: '2026-11-20', amountDecimal: '0' });
    expect(await paidThisMonth()).toBe(0);
    // No amount to show: the panel does not list it as a reversal of nothing.
    expect((await cachedBillPanel(3))?.reversed).toEqual([]);
  });

  /** A Clio Payments card payment of $25.50 on bill 1. */
  const cardPayment = (changes: object) => ({
    id: 41,
    amount: 25.5,
    currency: 'USD',
    state: 'pending',
    confirmation_number: 'C-41',
    created_at: '2026-11-20T10:00:00Z',
    bills: [{ id: 1 }],
    ...changes,
  });

  it.each([
    ['amount', { amount: null }],
    ['currency', { currency: undefined }],
  ])('shows a card payment that failed as one to check when Clio leaves out its %s', async (_, missing) => {
    await db.bills.put(bill({ id: 1 }));
    await storeFromClio('payments', cardPayment({}));
    await storeFromClio('payments', cardPayment({ state: 'failed', ...missing }));

    expect((await db.payments.get(41))?.state).toBe('failed');
    const shown = viewSummary(await summaryNow(), now).attention.payments;
    expect(shown.total).toBe(1);
    expect(shown.shown[0]).toMatchObject({ id: 41, state: 'failed', amount: null });
  });

  it('keeps a voided bill in the currency and kind Remit knew, where Clio leaves them out', async () => {
    // ¥120,000 owed on a trust request, in yen's whole units.
    await db.bills.put(
      bill({ id: 5, currencyCode: 'JPY', kind: 'trust_kind', total: 120_000, balance: 120_000 }),
    );
    const voided = clioBill.parse({ id: 5, state: 'void', total: 120_000, balance: 120_000, paid: 0 });

    await storeBills([toBillRecord(voided, Date.now())]);

    expect(await db.bills.get(5)).toMatchObject({
      state: 'void',
      currencyCode: 'JPY',
      kind: 'trust_kind',
      total: 120_000,
      balance: 120_000,
    });
  });
});
