import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { queueSend } from '@/lib/outbox/send-outbox';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import { outboxEntry } from '../../support/outbox-entry';
import type { SandboxBill } from '../../support/sandbox-control';

const tab = { tabId: 7, frameId: 0 };
const request = (billId: number) => ({ billId, portal: true, email: false, message: 'Your bill' });

describe('which requests to send start a send', () => {
  let clio: InProcessClio;
  let bills: SandboxBill[];
  let asked: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    bills = await clio.control.bills();
    asked = 0;
    // The tab starts and then says it could not press: each test looks only at how a send starts.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
      asked += 1;
      return { ok: true, value: { started: false } };
    });
  });
  afterEach(() => clio.close());

  const billIn = (state: SandboxBill['state']) => {
    const bill = bills.find((candidate) => candidate.state === state);
    if (!bill) throw new Error(`The seed has no ${state} bill`);
    return bill;
  };

  /** A send of the bill as an earlier request left it. */
  async function earlier(
    billId: number,
    id: string,
    state: OutboxEntry['state'],
    changes: Partial<OutboxEntry> = {},
  ) {
    await db.outbox.put(
      outboxEntry(billId, {
        id,
        state,
        tabId: 8,
        createdAt: Date.now() - 60_000,
        updatedAt: Date.now() - 60_000,
        ...changes,
      }),
    );
  }

  it('refuses a send by neither the portal nor email, before asking Clio anything', async () => {
    const bill = billIn('awaiting_payment');
    await clio.control.resetRequestCounters();

    await expect(queueSend({ ...request(bill.id), portal: false, email: false }, tab)).rejects.toMatchObject({
      code: 'invalid',
    });

    expect(await db.outbox.count()).toBe(0);
    expect((await clio.control.state()).requests.total).toBe(0);
  });

  it.each(['draft', 'awaiting_approval', 'void'] as const)('refuses to send a %s bill', async (state) => {
    const bill = billIn(state);

    await expect(queueSend(request(bill.id), tab)).rejects.toMatchObject({ code: 'not_allowed' });

    expect(await db.outbox.count()).toBe(0);
    expect(asked).toBe(0);
  });

  it('sends a paid bill again, as a receipt', async () => {
    const bill = billIn('paid');

    const view = await queueSend(request(bill.id), tab);

    expect(view).toMatchObject({ billId: bill.id, portal: true, email: false, joined: false });
    expect(await db.outbox.get(view.id)).toMatchObject({
      before: { shared: bill.shared, lastSentAt: bill.last_sent_at },
      tabId: 7,
    });
  });

  it.each(['queued', 'in_dialog', 'pressed'] as const)(
    'joins a send still %s instead of starting another',
    async (state) => {
      const bill = billIn('awaiting_payment');
      await earlier(bill.id, 'first', state);

      const view = await queueSend(request(bill.id), tab);

      expect(view).toMatchObject({ id: 'first', state, joined: true });
      expect(await db.outbox.count()).toBe(1);
      expect(asked).toBe(0);
    },
  );

  it.each([
    ['failed', {}],
    ['confirmed', {}],
    ['unconfirmed that Remit no longer looks for', { nextCheckAt: null }],
  ] as const)('starts a new send after one %s', async (label, changes) => {
    const bill = billIn('awaiting_payment');
    await earlier(bill.id, 'first', label.split(' ')[0] as OutboxEntry['state'], changes);

    const view = await queueSend(request(bill.id), tab);

    expect(view.id).not.toBe('first');
    expect(view.joined).toBe(false);
    expect(await db.outbox.count()).toBe(2);
    await vi.waitFor(() => expect(asked).toBe(1));
  });

  it('goes by the latest send of the bill only', async () => {
    const bill = billIn('awaiting_payment');
    await earlier(bill.id, 'oldest', 'failed', { createdAt: 1 });
    await earlier(bill.id, 'pressed-long-ago', 'pressed', { createdAt: 2 });
    await earlier(bill.id, 'latest', 'failed', { createdAt: 3 });

    const view = await queueSend(request(bill.id), tab);

    expect(view.joined).toBe(false);
    expect(await db.outbox.count()).toBe(4);
  });
});
