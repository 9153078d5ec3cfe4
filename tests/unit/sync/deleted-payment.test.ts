import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { receivablesNow } from '@/lib/summary/summary-store';
import { runSync } from '@/lib/sync/run-sync';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

describe('a payment deleted in Clio between two runs', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(() => clio.close());

  const usd = async () => (await receivablesNow())?.currencies.find((row) => row.currencyCode === 'USD');
  const allocationRequests = async () =>
    (await clio.control.state()).requests.byPath['GET /api/v4/allocations'] ?? 0;

  it('is no longer counted as paid: the bill owes it again, and only that bill is read again', async () => {
    await runSync();
    const bills = await clio.control.bills();
    // A cheque entered against a USD invoice today, then deleted as entered twice; another bill is
    // paid meanwhile, its money moved too but its allocations add up.
    const [deletedOn, paidOn] = bills.filter(
      (bill) =>
        bill.state === 'awaiting_payment' &&
        bill.currency === 'USD' &&
        bill.kind !== 'trust_kind' &&
        bill.balance >= 10,
    );
    if (!deletedOn || !paidOn) throw new Error('The seed has no two unpaid USD invoices');
    const { allocation } = await clio.control.payBill(deletedOn.id, 7.25);
    await clio.control.payBill(paidOn.id, 3);
    await runSync();
    const before = await usd();
    expect(await db.allocations.get(allocation.id)).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await clio.control.deleteAllocation(allocation.id);
    await clio.control.payBill(paidOn.id, 2);
    await clio.control.resetRequestCounters();

    await runSync();

    expect(await db.allocations.get(allocation.id)).toBeUndefined();
    expect((await db.bills.get(deletedOn.id))?.balance).toBe(Math.round(deletedOn.balance * 100));
    const after = await usd();
    expect(after?.paid.thisMonth).toBe((before?.paid.thisMonth ?? 0) - 725 + 200);
    expect(after?.outstanding).toBe((before?.outstanding ?? 0) + 725 - 200);
    // The changed allocations, then the one bill whose cached allocations no longer add up.
    expect(await allocationRequests()).toBe(2);
  });

  it('costs no request when every bill whose money moved adds up', async () => {
    await runSync();
    const bill = (await clio.control.bills()).find(
      (candidate) => candidate.state === 'awaiting_payment' && candidate.balance >= 10,
    );
    if (!bill) throw new Error('The seed has no unpaid bill');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await clio.control.payBill(bill.id, 4);
    await clio.control.resetRequestCounters();

    await runSync();

    expect(await allocationRequests()).toBe(1);
    expect((await db.syncState.get('allocations'))?.billsChanged).toEqual([]);
  });
});
