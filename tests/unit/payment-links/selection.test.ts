import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clioApi } from '@/lib/connection/clio-session';
import { db } from '@/lib/db/database';
import { cachedSelection, freshSelection } from '@/lib/payment-links/fresh-selection';
import { runSync } from '@/lib/sync/run-sync';
import { clioWithUnpaidInvoice, type InProcessClio } from '../../support/in-process-clio';
import type { SandboxBill } from '../../support/sandbox-control';

/**
 * What a link is planned from: the chosen bills, and every bill their client still owes, since a
 * client's link is settled against the oldest owed first, whichever bills were chosen.
 */
describe('the bills a link is planned from', () => {
  let clio: InProcessClio;
  let bill: SandboxBill;
  let bills: SandboxBill[];

  beforeEach(async () => {
    ({ clio, bill } = await clioWithUnpaidInvoice());
    bills = await clio.control.bills();
  });
  afterEach(() => clio.close());

  const ids = (records: readonly { id: number }[]) =>
    records.map((record) => record.id).sort((a, b) => a - b);
  const owedBy = (clientId: number) =>
    ids(bills.filter((other) => other.clientId === clientId && other.state === 'awaiting_payment'));

  it('as Clio has them now: the client’s owed bills only, none of its paid ones nor another client’s', async () => {
    expect(
      bills.some((other) => other.clientId === bill.clientId && other.state !== 'awaiting_payment'),
    ).toBe(true);

    const selection = await freshSelection(await clioApi(), [bill.id]);

    expect(ids(selection.selected)).toEqual([bill.id]);
    expect(ids(selection.clientUnpaid)).toEqual(owedBy(bill.clientId));
    expect(ids(selection.accounts)).toEqual(ids(await clio.control.bankAccounts()));
    // Stored on the way, so the panel shows what the link was made from.
    expect(ids(await db.bills.toArray())).toEqual(owedBy(bill.clientId));
  });

  it('as the cache has them: the same bills, without asking Clio', async () => {
    await runSync();
    await clio.control.resetRequestCounters();

    const selection = await cachedSelection([bill.id]);

    expect(ids(selection.selected)).toEqual([bill.id]);
    expect(ids(selection.clientUnpaid)).toEqual(owedBy(bill.clientId));
    expect((await clio.control.state()).requests.total).toBe(0);
  });

  it('has no client’s bills to settle when the chosen bills belong to several clients', async () => {
    const other = bills.find((candidate) => candidate.clientId !== bill.clientId);
    if (!other) throw new Error('The seed has one client only');
    await runSync();

    expect((await freshSelection(await clioApi(), [bill.id, other.id])).clientUnpaid).toEqual([]);
    expect((await cachedSelection([bill.id, other.id])).clientUnpaid).toEqual([]);
  });
});
