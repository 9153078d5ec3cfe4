import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { receivablesNow } from '@/lib/summary/summary-store';
import { sweepDeletedBills } from '@/lib/sync/id-sweep';
import { runSync } from '@/lib/sync/run-sync';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

describe('the sweep for bills deleted in Clio', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    // Three pages of ids at Clio's 200 a page.
    clio = await connectToInProcessClio({ size: 600 });
  });
  afterEach(() => clio.close());

  it('drops exactly the bills Clio no longer has, on any page, and the popup’s figures follow', async () => {
    await runSync();
    const owed = (await clio.control.bills()).filter(
      (bill) =>
        bill.state === 'awaiting_payment' &&
        bill.kind === 'revenue_kind' &&
        bill.currency === 'USD' &&
        bill.balance > 0,
    );
    const [early, late] = [owed[0], owed.at(-1)];
    if (!early || !late) throw new Error('The seed needs owed USD bills');
    const cachedBefore = await db.bills.count();
    const outstandingBefore =
      (await receivablesNow())?.currencies.find((c) => c.currencyCode === 'USD')?.outstanding ?? 0;
    await clio.control.deleteBill(early.id);
    await clio.control.deleteBill(late.id);

    expect(await sweepDeletedBills()).toBe(2);

    expect(await db.bills.count()).toBe(cachedBefore - 2);
    expect(await db.bills.bulkGet([early.id, late.id])).toEqual([undefined, undefined]);
    const outstandingAfter = (await receivablesNow())?.currencies.find(
      (c) => c.currencyCode === 'USD',
    )?.outstanding;
    expect(outstandingAfter).toBe(
      outstandingBefore - Math.round(early.balance * 100) - Math.round(late.balance * 100),
    );
  }, 30_000);
});
