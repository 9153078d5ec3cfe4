import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/database';
import type { AllocationRecord } from '@/lib/db/records/allocation';
import { syncedResources } from '@/lib/db/records/sync-state';
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
      bill({ id: 1, state: 'paid', total: 20_000, due: 0, paid: 20_000, balance: 0, issuedAt: daysAgo(30) }),
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
        due: 0,
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
