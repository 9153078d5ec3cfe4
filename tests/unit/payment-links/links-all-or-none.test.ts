import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import { createLinks } from '@/lib/payment-links/create-links';
import { runSync } from '@/lib/sync/run-sync';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import { invoiceAndTrustRequest } from '../../support/owed-pair';

const POST_LINK = 'POST /api/v4/clio_payments/links';

describe('the links of a selection that needs two', () => {
  let clio: InProcessClio;
  let invoice: BillRecord;
  let trustRequest: BillRecord;
  let seeded: Set<number>;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    await runSync();
    ({ invoice, trustRequest } = await invoiceAndTrustRequest());
    seeded = new Set((await clio.control.links()).map((link) => link.id));
    await clio.control.resetRequestCounters();
  });
  afterEach(() => clio.close());

  const newLinks = async () => (await clio.control.links()).filter((link) => !seeded.has(link.id));

  it('makes a link into the operating account for the invoice and one into trust for the trust request', async () => {
    const { links } = await createLinks({ billIds: [trustRequest.id, invoice.id], durationDays: 7 });

    expect(links.map((link) => [link.purpose, link.billIds, link.amount])).toEqual([
      ['invoices', [invoice.id], invoice.balance],
      ['trust', [trustRequest.id], trustRequest.balance],
    ]);
    const accounts = await db.bankAccounts.bulkGet(links.map((link) => link.account.id));
    expect(accounts.map((account) => account?.type)).toEqual(['Operating', 'Trust']);
    const made = await newLinks();
    expect(made.map((link) => link.id).sort()).toEqual(links.map((link) => link.id).sort());
    expect(made.every((link) => link.active)).toBe(true);
    expect(await db.linkRequests.toArray()).toEqual([
      expect.objectContaining({ state: 'created', durationSeconds: 7 * 86_400 }),
      expect.objectContaining({ state: 'created', durationSeconds: 7 * 86_400 }),
    ]);
  });

  it('makes neither when Clio refuses the second: the first is expired again', async () => {
    const active = (await clio.control.links()).filter((link) => link.active).length;
    await clio.control.setLinkLimits({ active: active + 1 });

    await expect(
      createLinks({ billIds: [invoice.id, trustRequest.id], durationDays: 30 }),
    ).rejects.toMatchObject({ code: 'not_allowed' });

    const made = await newLinks();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ active: false, expiredManually: true });
    expect(await db.paymentLinks.get(made[0]?.id ?? 0)).toMatchObject({ active: false });
    expect((await db.linkRequests.toArray()).map((request) => request.state)).toEqual(['failed', 'failed']);
    expect((await clio.control.state()).requests.byPath[POST_LINK]).toBe(2);
  });
});
