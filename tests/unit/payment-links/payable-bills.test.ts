import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { BillRecord } from '@/lib/db/records/bill';
import { ContactRecord } from '@/lib/db/records/contact';
import { cachedPlan, payableBills } from '@/lib/payment-links/payable-bills';

function bill(id: number, changes: Partial<BillRecord> = {}): BillRecord {
  return Object.assign(new BillRecord(), {
    id,
    number: `B-${id}`,
    state: 'awaiting_payment',
    kind: 'revenue_kind',
    clientId: 7,
    clientName: 'Ada Lovelace',
    currencyCode: 'USD',
    balance: 12_345,
    dueAt: '2026-10-01',
    ...changes,
  });
}

describe('a client’s bills a link can pay', () => {
  beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('lists the owed bills only, oldest due first, with trust requests marked', async () => {
    await db.contacts.put(Object.assign(new ContactRecord(), { id: 7, name: 'Ada L.' }));
    await db.bills.bulkPut([
      bill(1, { dueAt: '2026-11-01' }),
      bill(2, { dueAt: '2026-09-01', kind: 'trust_kind', balance: 50_000 }),
      bill(3, { state: 'paid', balance: 0 }),
      bill(4, { balance: 0 }),
      bill(5, { state: 'draft' }),
      bill(6, { dueAt: null, currencyCode: 'CAD', balance: 1 }),
      bill(7, { clientId: 8 }),
    ]);

    expect(await payableBills(7)).toEqual({
      client: { id: 7, name: 'Ada L.' },
      bills: [
        { id: 2, number: 'B-2', trust: true, currencyCode: 'USD', balance: 50_000, dueAt: '2026-09-01' },
        { id: 1, number: 'B-1', trust: false, currencyCode: 'USD', balance: 12_345, dueAt: '2026-11-01' },
        { id: 6, number: 'B-6', trust: false, currencyCode: 'CAD', balance: 1, dueAt: null },
      ],
    });
  });

  it('names the client from its bills when the contact is not cached', async () => {
    await db.bills.put(bill(1));

    expect((await payableBills(7)).client).toEqual({ id: 7, name: 'Ada Lovelace' });
  });

  it('knows a cached client with nothing to pay', async () => {
    await db.contacts.put(Object.assign(new ContactRecord(), { id: 7, name: null }));

    expect(await payableBills(7)).toEqual({ client: { id: 7, name: null }, bills: [] });
  });

  it('refuses a client the cache does not know', async () => {
    await expect(payableBills(7)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('plans from the cached bills of the selection’s client', async () => {
    await db.bankAccounts.put({
      id: 40,
      etag: '"40"',
      name: 'Operating',
      type: 'Operating',
      currencyCode: 'USD',
      clioPaymentsEnabled: true,
      isDefault: true,
      updatedAt: null,
    });
    await db.bills.bulkPut([
      bill(1, { dueAt: '2026-11-01' }),
      bill(2, { dueAt: '2026-09-01' }),
      bill(3, { clientId: 8 }),
      bill(4, { state: 'paid', balance: 0 }),
    ]);

    const plan = await cachedPlan([1, 2]);

    expect(plan.clientId).toBe(7);
    expect(plan.links).toEqual([
      expect.objectContaining({
        subject: { type: 'Contact', id: 7 },
        account: { id: 40, name: 'Operating' },
        amount: 24_690,
        billIds: [2, 1],
        notOldest: false,
      }),
    ]);
    expect(plan.links[0]?.settles.map((settled) => [settled.billId, settled.applied])).toEqual([
      [2, 12_345],
      [1, 12_345],
    ]);
    await expect(cachedPlan([1, 99])).rejects.toMatchObject({ code: 'not_found' });
  });
});
