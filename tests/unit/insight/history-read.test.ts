import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/database';
import type { AllocationRecord } from '@/lib/db/records/allocation';
import type { BillRecord } from '@/lib/db/records/bill';
import { syncedResources } from '@/lib/db/records/sync-state';
import { addDays } from '@/lib/format';
import { daysToPayNow, insightNow } from '@/lib/insight/insight';
import { resourceSyncs } from '@/lib/sync/resources';
import { initialState } from '@/lib/sync/sync-resource';
import { bill, daysAgo, TODAY } from '../../support/cached-bill';

beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

/** Every resource's sync state, those named completed and the others still on their first run. */
async function syncedSoFar(completed: readonly string[]): Promise<void> {
  await db.syncState.bulkPut(
    resourceSyncs.map((resource) => ({
      ...initialState(resource),
      completedAt: completed.includes(resource.name) ? 1 : null,
    })),
  );
}

/** A payment applied to a bill. */
function payment(id: number, billId: number, date: string, amountDecimal: string): AllocationRecord {
  return {
    id,
    etag: '',
    billId,
    contactId: 1,
    date,
    amountDecimal,
    source: 'payment',
    paymentType: 'card',
    voidedAt: null,
    description: null,
    updatedAt: null,
  };
}

describe('figures that need the whole history', () => {
  beforeEach(async () => {
    // $200.00 issued 30 days ago, paid 20 days ago: 10 days to pay.
    await db.bills.put(
      bill({ id: 1, state: 'paid', total: 20_000, paid: 20_000, balance: 0, issuedAt: daysAgo(30) }),
    );
    await db.allocations.put(payment(1, 1, daysAgo(20), '200'));
  });

  it('the popup has no days to pay, and the insight says it is partial, while the first sync reads the history', async () => {
    await syncedSoFar(syncedResources.filter((resource) => resource !== 'allocations'));
    expect(await daysToPayNow(TODAY)).toEqual([]);
    expect((await insightNow(TODAY)).complete).toBe(false);
  });

  it('both are whole once every resource has been read, trust requests apart', async () => {
    // A trust request paid in 2 days is money held in trust, not fees paid: it moves no figure.
    await db.bills.put(
      bill({
        id: 2,
        kind: 'trust_kind',
        state: 'paid',
        total: 90_000,
        paid: 90_000,
        balance: 0,
        issuedAt: daysAgo(30),
      }),
    );
    await db.allocations.put(payment(2, 2, daysAgo(28), '900'));
    await syncedSoFar(syncedResources);
    const days = { days: 10, bills: 1, total: 20_000 };
    expect(await daysToPayNow(TODAY)).toEqual([{ currencyCode: 'USD', daysToPay: days }]);
    const insight = await insightNow(TODAY);
    expect(insight.complete).toBe(true);
    expect(insight.currencies.map((currency) => [currency.currencyCode, currency.daysToPay])).toEqual([
      ['USD', days],
    ]);
  });
});

describe('the popup’s days to pay', () => {
  /** A bill paid in full, issued `issued` days ago. */
  const paidBill = (id: number, issued: number, fields: Partial<BillRecord> = {}) =>
    bill({
      id,
      state: 'paid',
      total: 10_000,
      paid: 10_000,
      balance: 0,
      issuedAt: daysAgo(issued),
      ...fields,
    });

  beforeEach(async () => {
    await db.bills.bulkPut([
      // Settled 89 days ago, in the window: 11 days to pay.
      paidBill(1, 100),
      // Settled 90 days ago, the day before the window opens: not counted.
      paidBill(2, 100),
      // Half paid 150 days ago, settled 30 days ago: 170 days, the earlier payment changes nothing.
      paidBill(3, 200, { total: 30_000 }),
      // Paid 120 days ago; a second payment in the window was voided: settled before the window.
      paidBill(4, 130),
      // Paid 60 days ago, then closed by a credit note in the window: not paid by the client.
      paidBill(5, 70),
      // A trust request, a deleted bill and a bill in Canadian dollars, each settled in the window.
      paidBill(6, 40, { kind: 'trust_kind' }),
      paidBill(7, 40, { state: 'deleted' }),
      paidBill(8, 50, { currencyCode: 'CAD', total: 5_000 }),
    ]);
    await db.allocations.bulkPut([
      payment(1, 1, daysAgo(89), '100'),
      payment(2, 2, daysAgo(90), '100'),
      payment(3, 3, daysAgo(150), '150'),
      payment(4, 3, daysAgo(30), '150'),
      payment(5, 4, daysAgo(120), '100'),
      { ...payment(6, 4, daysAgo(20), '1'), voidedAt: `${daysAgo(19)}T12:00:00Z` },
      payment(7, 5, daysAgo(60), '60'),
      { ...payment(8, 5, daysAgo(10), '40'), source: 'credit' },
      payment(9, 6, daysAgo(38), '100'),
      payment(10, 7, daysAgo(38), '100'),
      payment(11, 8, daysAgo(20), '50'),
    ]);
    await syncedSoFar(syncedResources);
  });

  it('are the insight’s, to the day, from the bills with money applied in the last 90 days alone', async () => {
    // (11 × $100.00 + 170 × $300.00) ÷ $400.00 = 130.25 days; 30 days for the Canadian bill.
    const expected = [
      { currencyCode: 'CAD', daysToPay: { days: 30, bills: 1, total: 5_000 } },
      { currencyCode: 'USD', daysToPay: { days: 130.3, bills: 2, total: 40_000 } },
    ];
    expect(await daysToPayNow(TODAY)).toEqual(expected);
    const insight = await insightNow(TODAY);
    expect(insight.currencies.map(({ currencyCode, daysToPay }) => ({ currencyCode, daysToPay }))).toEqual(
      expected,
    );
  });

  it('follow the day with nothing written: the bill settled 89 days ago is out tomorrow, and the one of 90 days ago in yesterday’s', async () => {
    const usd = async (day: string) =>
      (await daysToPayNow(day)).find((one) => one.currencyCode === 'USD')?.daysToPay;
    expect((await usd(TODAY))?.bills).toBe(2);
    expect(await usd(addDays(TODAY, 1))).toEqual({ days: 170, bills: 1, total: 30_000 });
    // A clock set back: (11 × $100.00 + 10 × $100.00 + 170 × $300.00) ÷ $500.00 = 106.2 days.
    expect(await usd(addDays(TODAY, -1))).toEqual({ days: 106.2, bills: 3, total: 50_000 });
  });
});

describe('the day a payment was voided', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the firm’s day: voided at 23:30 on 31 October in Toronto, it was owed again when November opened', async () => {
    vi.stubEnv('TZ', 'America/Toronto');
    // $42.00 due 15 October, paid on the 20th; the cheque bounced at 23:30 on 31 October, Toronto time,
    // which Clio may write as 1 November in UTC.
    await db.bills.put(
      bill({ id: 3, total: 4_200, due: 4_200, balance: 4_200, issuedAt: '2026-09-15', dueAt: '2026-10-15' }),
    );
    await db.allocations.put({ ...payment(3, 3, '2026-10-20', '42'), voidedAt: '2026-11-01T03:30:00Z' });
    const usd = (await insightNow(TODAY)).currencies.find((currency) => currency.currencyCode === 'USD');
    const row = usd?.rollForward.find((each) => each.bucket === 'days1To30');
    // Owed at November's opening, 16 days late: no payment of an earlier month was voided this month.
    expect(row).toMatchObject({ opening: 4_200, reinstated: 0, movedOut: 4_200 });
  });
});
