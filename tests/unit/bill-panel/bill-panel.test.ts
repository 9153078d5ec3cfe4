import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshedBillPanel } from '@/lib/bill-panel/bill-panel';
import { db } from '@/lib/db/database';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

describe('the bill panel’s payments applied', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(() => clio.close());

  it('counts, with the reason, payments Clio sent that could not be read, and drops them once read', async () => {
    const bill = (await clio.control.bills()).find(
      (candidate) => candidate.state === 'awaiting_payment' && candidate.paid > 0,
    );
    if (!bill) throw new Error('The seed has no partly paid bill');
    const applied = (await clio.control.allocations()).filter((allocation) => allocation.billId === bill.id);
    await clio.control.injectFaults([{ kind: 'malformed', rate: 1, path: '/api/v4/allocations' }]);

    const unreadable = await refreshedBillPanel(bill.id);

    expect(unreadable.allocations).toEqual([]);
    expect(unreadable.setAside).toHaveLength(applied.length);
    expect(unreadable.setAside.map((record) => record.recordId).sort()).toEqual(
      applied.map((a) => a.id).sort(),
    );
    expect(unreadable.setAside[0]?.reason).toMatchObject({
      key: 'records.wrong_type',
      values: { field: expect.stringMatching(/^[a-z_]+$/) },
    });

    await clio.control.clearFaults();
    await clio.control.payBill(bill.id, 1);
    const readable = await refreshedBillPanel(bill.id);

    expect(readable.setAside).toEqual([]);
    expect(readable.allocations).toHaveLength(applied.length + 1);
  });
});
