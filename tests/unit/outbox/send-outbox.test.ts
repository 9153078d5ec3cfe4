import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { checkDueSends, reconcileSends } from '@/lib/outbox/confirm-send';
import { dialogTabGone, queueSend, recordPressing, resumeSends } from '@/lib/outbox/send-outbox';
import { runSync } from '@/lib/sync/run-sync';
import { onBillsStored } from '@/lib/sync/store-bills';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import { refusalWords } from '../../support/refusal-words';
import type { SandboxBill } from '../../support/sandbox-control';
import { simulateClioTab } from '../../support/simulated-clio-tab';

const request = (billId: number, channels: { portal?: boolean; email?: boolean } = {}) => ({
  billId,
  portal: channels.portal ?? true,
  email: channels.email ?? false,
  message: `Bill ${billId}`,
});

/** Waits, on real time, until the send reaches a state; fails with the state it is in after `ms`. */
async function sendReaches(id: string, states: OutboxEntry['state'][], ms = 10_000): Promise<OutboxEntry> {
  const deadline = Date.now() + ms;
  for (;;) {
    const entry = await db.outbox.get(id);
    if (entry && states.includes(entry.state)) return entry;
    if (Date.now() > deadline) throw new Error(`The send is ${entry?.state}, not ${states.join(' or ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// As the background wires them (entrypoints/background/sends.ts): bills read confirm the sends they show.
beforeAll(() => onBillsStored(reconcileSends));

describe('sending a bill through Clio’s dialog', () => {
  let clio: InProcessClio;
  let bills: SandboxBill[];

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    bills = await clio.control.bills();
  });
  afterEach(() => clio.close());

  const unshared = () => {
    const bill = bills.find((candidate) => candidate.state === 'awaiting_payment' && !candidate.shared);
    if (!bill) throw new Error('The seed has no unshared unpaid bill');
    return bill;
  };
  const sendsOf = async (billId: number) =>
    (await clio.control.state()).sends.filter((send) => send.billId === billId);

  it('sends once for requests from two tabs and the context menu at the same moment', async () => {
    const bill = unshared();
    const tab = simulateClioTab(clio.sandbox);

    const views = await Promise.all([
      queueSend(request(bill.id), { tabId: 7, frameId: 0 }),
      queueSend(request(bill.id), { tabId: 8, frameId: 0 }),
      queueSend(request(bill.id), { tabId: 9, frameId: 0 }),
    ]);

    expect(new Set(views.map((view) => view.id)).size).toBe(1);
    await sendReaches(views[0]?.id ?? '', ['confirmed']);
    await tab.done();
    expect(tab.asked).toHaveLength(1);
    expect(await sendsOf(bill.id)).toHaveLength(1);
    expect(await db.outbox.count()).toBe(1);
  });

  /** A send as a worker that stopped left it, with no loop of this worker looking after it. */
  async function leftByStoppedWorker(billId: number, state: 'in_dialog' | 'pressed'): Promise<string> {
    const bill = await clio.control.bill(billId);
    const now = Date.now();
    await db.outbox.put({
      id: 'left-behind',
      kind: 'send',
      ...request(billId),
      state,
      before: { shared: bill.shared, lastSentAt: bill.last_sent_at },
      tabId: 7,
      frameId: 0,
      problem: null,
      pressedAt: state === 'pressed' ? now : null,
      submittedAt: null,
      nextCheckAt: null,
      checks: 0,
      createdAt: now,
      updatedAt: now,
    });
    return 'left-behind';
  }

  it('after a restart, confirms a send that had reached Send bill and never asks the tab again', async () => {
    const bill = unshared();
    const tab = simulateClioTab(clio.sandbox);
    const id = await leftByStoppedWorker(bill.id, 'pressed');
    // Clio took the send the stopped worker's tab pressed.
    await fetch(`${clio.sandbox.url}/nc/data/bills/${bill.id}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portal: true, email: false, message: 'x' }),
    });

    await resumeSends();

    expect((await sendReaches(id, ['confirmed'])).problem).toBeNull();
    expect(tab.asked).toEqual([]);
    expect(await sendsOf(bill.id)).toHaveLength(1);
  });

  it('after a restart, calls a send that had not reached Send bill not sent, and its tab may not press it', async () => {
    const bill = unshared();
    const id = await leftByStoppedWorker(bill.id, 'in_dialog');

    await resumeSends();

    expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'remit_stopped' } });
    // The tab, still filling the dialog, asks to press: no.
    expect(await recordPressing(id)).toBe(false);
    expect(await sendsOf(bill.id)).toEqual([]);
  });

  it('refuses a new send while Remit still looks for the last in Clio, unless the user sends again knowingly', async () => {
    const bill = unshared();
    const id = await leftByStoppedWorker(bill.id, 'pressed');
    await db.outbox.update(id, { state: 'unconfirmed', nextCheckAt: Date.now() + 60_000 });
    const tab = simulateClioTab(clio.sandbox);

    expect(await refusalWords(() => queueSend(request(bill.id), { tabId: 7, frameId: 0 }))).toMatch(
      /still looking in Clio for the last send/,
    );
    expect(tab.asked).toEqual([]);

    const again = await queueSend({ ...request(bill.id), sendAgain: true }, { tabId: 7, frameId: 0 });
    expect(again.joined).toBe(false);
    await sendReaches(again.id, ['confirmed']);
    expect(await sendsOf(bill.id)).toHaveLength(1);
  });

  it('says at once what Clio said when it refuses the send, and nothing was sent', async () => {
    const bill = unshared();
    await clio.control.refuseSends('The client has no email address for this bill.');
    simulateClioTab(clio.sandbox);
    const { id } = await queueSend(request(bill.id), { tabId: 7, frameId: 0 });

    const refused = await sendReaches(id, ['failed', 'confirmed', 'unconfirmed'], 3000);

    expect(refused.state).toBe('failed');
    expect(refused.problem).toEqual({
      code: 'clio_refused',
      clioMessage: 'The client has no email address for this bill.',
    });
    expect(await sendsOf(bill.id)).toEqual([]);
  });

  it('calls a send not sent at once when its tab goes away before pressing Send bill', async () => {
    const bill = unshared();
    simulateClioTab(clio.sandbox, 'goes-away');
    const { id } = await queueSend(request(bill.id), { tabId: 7, frameId: 0 });
    await sendReaches(id, ['in_dialog']);

    await dialogTabGone(id);

    expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'tab_closed' } });
    expect(await sendsOf(bill.id)).toEqual([]);
  });

  it('confirms a resend of a bill already shared only once Clio shows a later send', async () => {
    const shared = bills.find(
      (candidate) => candidate.state === 'awaiting_payment' && candidate.shared && candidate.last_sent_at,
    );
    if (!shared) throw new Error('The seed has no shared unpaid bill');
    simulateClioTab(clio.sandbox, 'claims-but-clio-never-got-it');
    const { id } = await queueSend(request(shared.id), { tabId: 7, frameId: 0 });
    await sendReaches(id, ['pressed']);
    // Two looks at the bill: shared it is, but not sent again.
    const looked = async () => {
      const entry = await db.outbox.get(id);
      return entry?.state !== 'pressed' || entry.checks >= 2;
    };
    while (!(await looked())) await new Promise((resolve) => setTimeout(resolve, 50));

    expect((await db.outbox.get(id))?.state).toBe('pressed');
  });

  it('confirms a send by email alone by Clio’s last sent date', async () => {
    const bill = unshared();
    simulateClioTab(clio.sandbox);
    const { id } = await queueSend(request(bill.id, { portal: false, email: true }), {
      tabId: 7,
      frameId: 0,
    });

    expect((await sendReaches(id, ['confirmed'])).state).toBe('confirmed');
    expect(await sendsOf(bill.id)).toEqual([expect.objectContaining({ portal: false, email: true })]);
    expect((await clio.control.bill(bill.id)).shared).toBe(false);
  });

  it('keeps looking while Clio is slow, and confirms when Clio shows the send', async () => {
    const bill = unshared();
    await clio.control.injectFaults([
      { kind: 'latency', rate: 1, latencyMs: 4000, path: '/nc/data/bills/\\d+/send$' },
    ]);
    simulateClioTab(clio.sandbox);
    const { id } = await queueSend(request(bill.id), { tabId: 7, frameId: 0 });

    const confirmed = await sendReaches(id, ['confirmed', 'unconfirmed', 'failed'], 15_000);

    expect(confirmed.state).toBe('confirmed');
    expect(confirmed.checks).toBeGreaterThan(1);
  }, 20_000);

  it('turns a send not confirmed into confirmed when a sync shows it', async () => {
    const bill = unshared();
    await runSync();
    const entry: OutboxEntry = {
      id: 'given-up',
      kind: 'send',
      ...request(bill.id),
      state: 'unconfirmed',
      before: { shared: false, lastSentAt: bill.last_sent_at },
      tabId: 7,
      frameId: 0,
      problem: { code: 'not_seen' },
      pressedAt: Date.now() - 3_600_000,
      submittedAt: Date.now() - 3_600_000,
      nextCheckAt: null,
      checks: 12,
      createdAt: Date.now() - 3_600_000,
      updatedAt: Date.now() - 3_600_000,
    };
    await db.outbox.put(entry);
    // Clio shows the send only now (it was slow, or it was sent by hand in Clio meanwhile).
    await fetch(`${clio.sandbox.url}/nc/data/bills/${bill.id}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portal: true, email: false, message: 'x' }),
    });

    await runSync();

    expect(await db.outbox.get('given-up')).toMatchObject({ state: 'confirmed', problem: null });
  });
});

describe('looking for a send on the alarm', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(() => clio.close());

  /** A send Remit stopped looking for quickly `minutesAgo` minutes after it was pressed, due a look now. */
  async function unconfirmed(billId: number, lastSentAt: string | null, minutesAgo: number): Promise<string> {
    const pressedAt = Date.now() - minutesAgo * 60_000;
    await db.outbox.put({
      id: `send-${billId}`,
      kind: 'send',
      ...request(billId),
      state: 'unconfirmed',
      before: { shared: false, lastSentAt },
      tabId: 7,
      frameId: 0,
      problem: { code: 'not_seen' },
      pressedAt,
      submittedAt: pressedAt,
      nextCheckAt: Date.now() - 1,
      checks: 7,
      createdAt: pressedAt,
      updatedAt: pressedAt,
    });
    return `send-${billId}`;
  }

  it('confirms a send Clio shows by then, and looks again later, then no more, for one it does not', async () => {
    const [shown, notShown] = (await clio.control.bills()).filter(
      (bill) => bill.state === 'awaiting_payment' && !bill.shared,
    );
    if (!shown || !notShown) throw new Error('The seed needs two unshared unpaid bills');
    const shownId = await unconfirmed(shown.id, shown.last_sent_at, 3);
    const notShownId = await unconfirmed(notShown.id, notShown.last_sent_at, 3);
    await fetch(`${clio.sandbox.url}/nc/data/bills/${shown.id}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portal: true, email: false, message: 'x' }),
    });

    await checkDueSends();

    expect(await db.outbox.get(shownId)).toMatchObject({ state: 'confirmed', nextCheckAt: null });
    const waiting = await db.outbox.get(notShownId);
    expect(waiting?.state).toBe('unconfirmed');
    expect(waiting?.nextCheckAt).toBeGreaterThan(Date.now());
    // Half an hour after the press, Remit no longer looks by itself (a sync or a look at the bill still may).
    await db.outbox.update(notShownId, { pressedAt: Date.now() - 45 * 60_000, nextCheckAt: Date.now() - 1 });
    await checkDueSends();
    expect(await db.outbox.get(notShownId)).toMatchObject({ state: 'unconfirmed', nextCheckAt: null });
  });
});
