import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clioApi } from '@/lib/connection/clio-session';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import { RemitError } from '@/lib/errors';
import { createLinks, resumeLinkRequests } from '@/lib/payment-links/create-links';
import { expireLink } from '@/lib/payment-links/expire-link';
import { findMadeLink } from '@/lib/payment-links/made-link';
import { cachedPlan, payableBills } from '@/lib/payment-links/payable-bills';
import { runSync } from '@/lib/sync/run-sync';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import { refusalWords } from '../../support/refusal-words';

const POST_LINK = 'POST /api/v4/clio_payments/links';

describe('making and expiring a bill’s payment link', () => {
  let clio: InProcessClio;
  let bill: BillRecord;
  let operatingAccountId: number;
  /** Links the seed gave the bill before the test: only the test's own are looked at. */
  let seeded: Set<number>;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    await runSync();
    const unpaid = await db.bills
      .filter((candidate) => candidate.state === 'awaiting_payment' && candidate.kind === 'revenue_kind')
      .filter((candidate) => candidate.currencyCode === 'USD' && candidate.balance > 0)
      .first();
    if (!unpaid) throw new Error('The seed has no unpaid USD invoice');
    bill = unpaid;
    const operating = await db.bankAccounts
      .filter((account) => account.type === 'Operating' && account.currencyCode === 'USD')
      .filter((account) => account.clioPaymentsEnabled)
      .first();
    if (!operating) throw new Error('The seed has no USD operating account with Clio Payments');
    operatingAccountId = operating.id;
    seeded = new Set();
    seeded = new Set((await linksOfBill()).map((link) => link.id));
    await clio.control.resetRequestCounters();
  });
  afterEach(() => clio.close());

  const linksOfBill = async () =>
    (await clio.control.links()).filter(
      (link) => link.subject.type === 'Bill' && link.subject.id === bill.id && !seeded.has(link.id),
    );
  const posts = async () => (await clio.control.state()).requests.byPath[POST_LINK] ?? 0;

  it('makes one link for the balance, keeps it, and expires it in Clio', async () => {
    const { links } = await createLinks({ billIds: [bill.id], durationDays: 30 });

    const [made] = await linksOfBill();
    expect(links).toEqual([
      expect.objectContaining({ id: made?.id, amount: bill.balance, billIds: [bill.id] }),
    ]);
    expect(made).toMatchObject({ active: true, currency: 'USD' });
    expect(await db.paymentLinks.get(made?.id ?? 0)).toMatchObject({ active: true, amount: bill.balance });
    expect(await db.linkRequests.toArray()).toEqual([
      expect.objectContaining({ state: 'created', linkId: made?.id, postedAt: expect.any(Number) }),
    ]);

    await expireLink(made?.id ?? 0);

    expect((await linksOfBill())[0]).toMatchObject({ active: false, expiredManually: true });
    expect(await db.paymentLinks.get(made?.id ?? 0)).toMatchObject({ active: false });
  });

  it('says why when Clio will not expire a link, and keeps the link as Clio still has it', async () => {
    const { links } = await createLinks({ billIds: [bill.id], durationDays: 30 });
    const linkId = links[0]?.id ?? 0;
    answerExpiryWith(422, 'The link has been paid');

    const refused = await expireLink(linkId).catch((caught: unknown) => caught);

    expect(refused).toMatchObject({ code: 'not_allowed' });
    expect(await refusalWords(() => Promise.reject(refused))).toBe(
      'Clio did not expire the link: The link has been paid.',
    );
    expect(await db.paymentLinks.get(linkId)).toMatchObject({ active: true });

    // Other answers are not a refusal of the expiry: they keep their own meaning.
    answerExpiryWith(403, 'Not permitted');
    expect(await expireLink(linkId).catch((caught: unknown) => caught)).toMatchObject({ code: 'forbidden' });
  });

  it('after a lost answer, takes as its own only a link no other request has claimed', async () => {
    await createLinks({ billIds: [bill.id], durationDays: 30 });
    const [claimed] = await db.linkRequests.toArray();
    if (!claimed) throw new Error('No request was written');
    // The same link asked for again, its answer lost; asked long enough ago for Clio to have finished.
    const lost = { ...claimed, id: 'lost-answer', state: 'creating' as const, linkId: null };
    lost.postedAt = Date.now() - 60_000;

    expect(await findMadeLink(await clioApi(), lost)).toBeUndefined();
    await db.linkRequests.delete(claimed.id);
    expect((await findMadeLink(await clioApi(), lost))?.id).toBe(claimed.linkId);
  });

  it('refuses a second link for a bill whose link is still being made, and asks Clio nothing', async () => {
    await db.linkRequests.add(request({ id: 'made-elsewhere', state: 'creating' }));

    expect(await refusalWords(() => createLinks({ billIds: [bill.id], durationDays: 30 }))).toContain(
      'A payment link for these bills is being made already.',
    );
    expect(await posts()).toBe(0);
  });

  it('takes Clio’s refusal at once: asked once, nothing to look for, the request failed', async () => {
    // Clio allows no more active links than there are now.
    await clio.control.setLinkLimits({
      active: (await clio.control.links()).filter((link) => link.active).length,
    });

    const error = await createLinks({ billIds: [bill.id], durationDays: 30 }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(RemitError);
    expect((error as RemitError).code).not.toBe('network');
    expect(await posts()).toBe(1);
    expect(await linksOfBill()).toEqual([]);
    expect(await db.linkRequests.toArray()).toEqual([
      expect.objectContaining({ state: 'failed', postedAt: null, detail: (error as RemitError).text }),
    ]);
  });

  it('after a restart, makes once the link a stopped worker had written down but not yet asked for', async () => {
    await db.linkRequests.add(request({ id: 'before-restart', state: 'creating' }));

    await resumeLinkRequests();

    const made = await linksOfBill();
    expect(made).toHaveLength(1);
    expect(await posts()).toBe(1);
    expect(await db.linkRequests.get('before-restart')).toMatchObject({
      state: 'created',
      linkId: made[0]?.id,
    });
    // Asked again, nothing is left to resume.
    await resumeLinkRequests();
    expect(await posts()).toBe(1);
  });

  it('lists a client’s bills a link can pay, oldest due first, and refuses a client it does not know', async () => {
    const clientId = bill.clientId ?? 0;
    const { client, bills } = await payableBills(clientId);

    const cached = await db.bills.where('clientId').equals(clientId).toArray();
    const payable = cached.filter(
      (candidate) => candidate.state === 'awaiting_payment' && candidate.balance > 0,
    );
    expect(client.id).toBe(clientId);
    expect(bills.map((payableBill) => payableBill.id).sort()).toEqual(
      payable.map((candidate) => candidate.id).sort(),
    );
    const dues = bills.map((payableBill) => payableBill.dueAt ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect(bills.find((payableBill) => payableBill.id === bill.id)).toMatchObject({
      balance: bill.balance,
      trust: false,
      currencyCode: 'USD',
    });

    expect(await refusalWords(() => payableBills(987_654))).toContain(
      'Remit has no such client in its cache.',
    );
  });

  it('plans from the cache, and refuses bills it has not synced or Clio no longer has', async () => {
    const plan = await cachedPlan([bill.id]);
    expect(plan.clientId).toBe(bill.clientId);
    expect(plan.links).toEqual([
      expect.objectContaining({ amount: bill.balance, billIds: [bill.id], currencyCode: 'USD' }),
    ]);
    expect(plan.links[0]?.settles).toEqual([
      expect.objectContaining({ billId: bill.id, applied: bill.balance }),
    ]);
    expect(await refusalWords(() => cachedPlan([bill.id, 987_654]))).toContain(
      'Remit has not synced some of these bills yet.',
    );

    await clio.control.deleteBill(bill.id);
    expect(await refusalWords(() => createLinks({ billIds: [bill.id], durationDays: 30 }))).toContain(
      'Clio no longer has some of these bills: they were deleted.',
    );
    expect(await posts()).toBe(0);
  });

  it('makes the link for what Clio says is owed now, not what the cache last saw', async () => {
    const paidMeanwhile = 1_000;
    await clio.control.payBill(bill.id, paidMeanwhile / 100);

    const { links } = await createLinks({ billIds: [bill.id], durationDays: 30 });

    expect(links[0]?.amount).toBe(bill.balance - paidMeanwhile);
    expect((await db.bills.get(bill.id))?.balance).toBe(bill.balance - paidMeanwhile);
  });

  /** Clio answers the link's PATCH with this status; every other request goes through. */
  function answerExpiryWith(status: number, message: string) {
    const through = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const asked = new Request(input, init);
      return asked.method === 'PATCH' && /\/clio_payments\/links\/\d+/.test(new URL(asked.url).pathname)
        ? Response.json({ error: { type: 'Refused', message } }, { status })
        : through(input, init);
    });
  }

  function request(overrides: { id: string; state: 'creating' }) {
    return {
      ...overrides,
      batchId: `batch-${overrides.id}`,
      subject: { type: 'Bill' as const, id: bill.id },
      billIds: [bill.id],
      amount: bill.balance,
      currencyCode: 'USD',
      accountId: operatingAccountId,
      durationSeconds: 30 * 86_400,
      postedAt: null,
      linkId: null,
      detail: null,
      createdAt: Date.now(),
    };
  }
});
