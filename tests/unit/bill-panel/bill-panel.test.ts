import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedBillPanel, refreshedBillPanel } from '@/lib/bill-panel/bill-panel';
import { db } from '@/lib/db/database';
import type { AllocationRecord } from '@/lib/db/records/allocation';
import { bill } from '../../support/cached-bill';
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

  it.each([
    ['403', 'You are not permitted to access this resource'],
    ['404', 'HTTP 404'],
  ] as const)(
    'shows the bill as Clio just sent it when Clio refuses what was applied to it, keeps it cached, and says what is missing (%s)',
    async (kind, reason) => {
      const owed = (await clio.control.bills()).find((candidate) => candidate.state === 'awaiting_payment');
      if (!owed) throw new Error('The seed has no owed bill');
      // Cached before a payment made in Clio since.
      await db.bills.put(bill({ id: owed.id, balance: Math.round(owed.balance * 100) }));
      await clio.control.payBill(owed.id, 5);
      await clio.control.injectFaults([
        { kind, rate: 1, path: kind === '403' ? 'allocations' : 'clio_payments' },
      ]);

      const panel = await refreshedBillPanel(owed.id);

      const balance = Math.round(owed.balance * 100) - 500;
      expect(panel.bill.balance).toBe(balance);
      expect((await db.bills.get(owed.id))?.balance).toBe(balance);
      expect(panel.problem).toEqual({
        code: 'details_refused',
        text: { key: 'bill_panel.details_refused', values: { reason } },
      });
    },
  );
});

describe('the bill panel’s payments reversed', () => {
  beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

  afterEach(() => vi.unstubAllEnvs());

  it('lists a payment Clio voided apart, on the day it was voided where the user is, never as paid, and a voided credit nowhere', async () => {
    vi.stubEnv('TZ', 'America/Toronto');
    await db.bills.put(bill({ id: 7, currencyCode: 'JPY', paid: 3_000, balance: 7_000 }));
    const allocation = (id: number, fields: Partial<AllocationRecord>): AllocationRecord => ({
      id,
      etag: '',
      billId: 7,
      contactId: 1,
      date: '2026-11-02',
      amountDecimal: '3000',
      source: 'payment',
      paymentType: 'card',
      voidedAt: null,
      description: null,
      updatedAt: null,
      ...fields,
    });
    await db.allocations.bulkPut([
      allocation(1, {}),
      // 21:00 on 9 November in Toronto, already the 10th in UTC.
      allocation(2, { date: '2026-11-05', amountDecimal: '1500', voidedAt: '2026-11-10T02:00:00Z' }),
      allocation(3, { source: 'credit', amountDecimal: '200', voidedAt: '2026-11-10T10:00:00Z' }),
    ]);

    const panel = await cachedBillPanel(7);

    expect(panel?.allocations.map((applied) => [applied.id, applied.amount])).toEqual([[1, 3_000]]);
    expect(panel?.reversed).toEqual([{ id: 2, date: '2026-11-05', amount: 1_500, voidedOn: '2026-11-09' }]);
  });
});
