import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import { runSync } from '@/lib/sync/run-sync';
import { askBackground as ask, billTab, ownPage } from '../../support/ask-background';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

describe('the payment link messages', () => {
  let clio: InProcessClio;
  let bill: BillRecord;

  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    await runSync();
    const unpaid = await db.bills
      .filter((candidate) => candidate.state === 'awaiting_payment' && candidate.kind === 'revenue_kind')
      .filter((candidate) => candidate.currencyCode === 'USD' && candidate.balance > 0)
      .first();
    if (!unpaid) throw new Error('The seed has no unpaid USD invoice');
    bill = unpaid;
  });
  afterEach(() => clio.close());

  it('plans, makes and expires the link of the bill a Clio page shows', async () => {
    expect(await ask(billTab(bill.id), 'planPaymentLinks', { billIds: [bill.id] })).toMatchObject({
      ok: true,
      value: { clientId: bill.clientId, links: [{ amount: bill.balance, billIds: [bill.id] }] },
    });

    const created = await ask(billTab(bill.id), 'createPaymentLinks', {
      billIds: [bill.id],
      durationDays: 30,
    });
    expect(created).toMatchObject({ ok: true, value: { links: [{ amount: bill.balance }] } });
    const linkId = created.ok ? (created.value as { links: { id: number }[] }).links[0]?.id : undefined;
    expect((await clio.control.links()).find((link) => link.id === linkId)).toMatchObject({ active: true });

    expect(await ask(billTab(bill.id), 'expirePaymentLink', { linkId })).toEqual({ ok: true, value: {} });
    expect((await clio.control.links()).find((link) => link.id === linkId)).toMatchObject({ active: false });
    expect(await db.paymentLinks.get(linkId ?? 0)).toMatchObject({ active: false });
  });

  it('lists a client’s payable bills for Remit’s own pages', async () => {
    const reply = await ask(ownPage, 'getPayableBills', { clientId: bill.clientId });

    expect(reply).toMatchObject({ ok: true, value: { client: { id: bill.clientId } } });
    const listed = reply.ok ? (reply.value as { bills: { id: number; balance: number }[] }).bills : [];
    expect(listed).toContainEqual(expect.objectContaining({ id: bill.id, balance: bill.balance }));
  });

  it('opens the client link page in a tab for the client and the bills to start with', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    expect(
      await ask(billTab(bill.id), 'openClientLink', { clientId: bill.clientId, billIds: [bill.id] }),
    ).toEqual({ ok: true, value: {} });
    expect(await ask(ownPage, 'openClientLink', { clientId: bill.clientId, billIds: [] })).toEqual({
      ok: true,
      value: {},
    });

    const urls = opened.mock.calls.map(([properties]) => new URL(properties.url ?? ''));
    expect(urls.map((url) => url.pathname)).toEqual(['/client-link.html', '/client-link.html']);
    expect(urls.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { client: String(bill.clientId), bills: String(bill.id) },
      { client: String(bill.clientId) },
    ]);
  });
});
