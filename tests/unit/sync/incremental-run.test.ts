import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/database';
import { receivablesNow } from '@/lib/summary/summary-store';
import { runSync } from '@/lib/sync/run-sync';
import { syncStatus } from '@/lib/sync/sync-status';
import { expectedReceivables } from '../../support/expected-receivables';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

describe('a run after the first', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(() => clio.close());

  const byName = async () =>
    Object.fromEntries((await syncStatus()).resources.map((resource) => [resource.resource, resource]));

  it('reads only what changed since the last run, and counts this run alone', async () => {
    await runSync();
    const first = await db.syncState.get('bills');
    // Two pages at this size: the bills awaiting payment, then every bill, each counted once.
    expect(first).toMatchObject({ runKind: null, nextUrl: null, pages: 2 });
    expect(first?.records).toBe(await db.bills.count());
    const changed = (await db.bills.toArray()).find((bill) => bill.state === 'awaiting_payment');
    if (!changed) throw new Error('The seed has no unpaid bill');
    // Clio's clock moves on before the change, as it would between two runs.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await clio.control.updateBill(changed.id, { due_at: '2031-01-31' });

    await runSync();

    const bills = await db.syncState.get('bills');
    expect(bills).toMatchObject({ runKind: null, nextUrl: null, pages: 1, records: 1 });
    expect(bills?.syncedUpTo).toBeGreaterThanOrEqual(first?.syncedUpTo ?? Number.POSITIVE_INFINITY);
    expect(bills?.completedAt).toBeGreaterThan(first?.completedAt ?? Number.POSITIVE_INFINITY);
    expect((await db.bills.get(changed.id))?.dueAt).toBe('2031-01-31');
    expect((await byName()).bills).toMatchObject({ running: false, runKind: null, pages: 1, records: 1 });
  });

  it.each(['balance', 'currency', 'kind'])(
    'no longer counts a bill Clio voided since as owed, when Clio’s answer leaves out its %s',
    async (field) => {
      await runSync();
      const owedInUsd = async () =>
        (await receivablesNow())?.currencies.find((currency) => currency.currencyCode === 'USD')?.outstanding;
      const before = await owedInUsd();
      const voided = (await db.bills.toArray()).find(
        (bill) =>
          bill.state === 'awaiting_payment' &&
          bill.balance > 0 &&
          bill.currencyCode === 'USD' &&
          bill.kind !== 'trust_kind',
      );
      if (!voided || before === undefined) throw new Error('The seed has no unpaid USD bill');
      await new Promise((resolve) => setTimeout(resolve, 20));
      await clio.control.voidBill(voided.id);
      await clio.control.injectFaults([{ kind: 'omitted', field, rate: 1, path: '/api/v4/bills' }]);

      await runSync();

      // Still in its own currency and kind, as Remit knew them, with its total as Clio gave it.
      expect(await db.bills.get(voided.id)).toMatchObject({
        state: 'void',
        currencyCode: 'USD',
        kind: voided.kind,
        total: voided.total,
      });
      expect(await db.setAside.count()).toBe(0);
      expect(await owedInUsd()).toBe(before - voided.balance);
      expect(await owedInUsd()).toBe(
        (await expectedReceivables(clio.control)).currencies.get('USD')?.outstanding,
      );
    },
  );

  it('is an incremental run while it runs, where the first was a full one', async () => {
    await clio.control.injectFaults([{ kind: 'latency', rate: 1, latencyMs: 300, path: '/api/v4/bills' }]);
    const first = runSync();
    await vi.waitFor(async () =>
      expect((await byName()).bills).toMatchObject({ running: true, runKind: 'full' }),
    );
    await first;

    const second = runSync();
    await vi.waitFor(async () =>
      expect((await byName()).bills).toMatchObject({ running: true, runKind: 'incremental' }),
    );
    await second;
  });
});
