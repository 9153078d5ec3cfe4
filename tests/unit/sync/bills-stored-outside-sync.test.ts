import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBillRecord } from '@/lib/bills/bill-record';
import { clioApi } from '@/lib/connection/clio-session';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import type { PaymentRecord } from '@/lib/db/records/payment';
import { runSync } from '@/lib/sync/run-sync';
import { onBillsStored, storeBills } from '@/lib/sync/store-bills';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

/** A settled payment from long ago, as a firm with years of online payments holds thousands of. */
const oldPayment = (id: number): PaymentRecord => ({
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
});

const heard: number[][] = [];
onBillsStored(async (bills) => {
  heard.push(bills.map((bill) => bill.id));
});

describe('bills read from Clio outside a sync', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    heard.length = 0;
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(() => clio.close());

  const readFromClio = async (billId: number): Promise<BillRecord> => {
    const bill = await (await clioApi()).bill(billId);
    if (bill === 'unchanged') throw new Error('Clio answered without the bill');
    return toBillRecord(bill, Date.now());
  };

  it('still bring the payment that moved a bill’s money into the cache at the next sync', async () => {
    await runSync();
    // Years of settled payments in the cache: the next sync reads only the payments of bills that moved.
    await db.payments.bulkPut(Array.from({ length: 1_000 }, (_, index) => oldPayment(900_000_000 + index)));
    const link = clio.sandbox.state.data.links.rows.find(
      (candidate) =>
        candidate.subject.type === 'Bill' && candidate.paymentId === null && !candidate.expiredManually,
    );
    if (link?.subject.type !== 'Bill') throw new Error('The seed has no open bill link');
    const paid = clio.sandbox.state.payWithLink(link.token);
    // The bill on screen is read again: the cache shows its new balance before any sync does.
    const fresh = await readFromClio(link.subject.id);

    await storeBills([fresh]);

    expect(await db.bills.get(fresh.id)).toMatchObject({ paid: fresh.paid, balance: fresh.balance });
    expect(await db.payments.get(paid.id)).toBeUndefined();
    await runSync();
    expect(await db.payments.get(paid.id)).toMatchObject({
      amount: paid.amountCents,
      billIds: [link.subject.id],
    });
  });

  it('note no bill whose money did not move', async () => {
    await runSync();
    const bill = (await db.bills.toArray())[0];
    if (!bill) throw new Error('The sync stored no bill');

    await storeBills([await readFromClio(bill.id)]);

    expect((await db.syncState.get('payments'))?.billsChanged ?? []).toEqual([]);
  });

  it('are announced, all of them, once stored', async () => {
    await runSync();
    heard.length = 0;
    const ids = (await db.bills.toCollection().primaryKeys()).slice(0, 2);
    const fresh = await Promise.all(ids.map(readFromClio));
    await db.bills.bulkDelete(ids);

    await storeBills(fresh);

    expect(heard).toEqual([ids]);
    expect((await db.bills.bulkGet(ids)).map((bill) => bill?.id)).toEqual(ids);
  });
});
