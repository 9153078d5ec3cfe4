import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clioScopes, handlers } from '@/entrypoints/background/message-handlers';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import { messageListener } from '@/lib/messaging/handle';
import type { Reply } from '@/lib/messaging/reply';
import { protocol } from '@/lib/protocol';
import { runSync } from '@/lib/sync/run-sync';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

/** Delivers one message as the browser would, and waits for the background's answer. */
function ask(sender: object, name: string, request: unknown): Promise<Reply> {
  return new Promise((resolve) => {
    if (!messageListener(protocol, handlers, clioScopes)({ name, request }, sender, resolve))
      throw new Error('The message was ignored');
  });
}

const ownPage = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
};
const billTab = (billId: number) => {
  const url = `https://app.clio.com/nc/#/bills/${billId}`;
  return { id: fakeBrowser.runtime.id, url, tab: { id: 7, url } };
};

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
