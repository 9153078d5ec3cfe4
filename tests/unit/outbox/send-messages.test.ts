import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { reconcileSends } from '@/lib/outbox/confirm-send';
import { SEND_MENU_ID } from '@/lib/outbox/context-menu-send';
import { sendHandlers } from '@/lib/outbox/handlers';
import { onBillsStored } from '@/lib/sync/store-bills';
import { askBackground as ask, billTab, ownPage } from '../../support/ask-background';
import { clioWithUnsharedBill, type InProcessClio } from '../../support/in-process-clio';
import type { SandboxBill } from '../../support/sandbox-control';

// As the background wires them (entrypoints/background/sends.ts): bills read confirm the sends they show.
beforeAll(() => onBillsStored(reconcileSends));

async function sendReaches(id: string, state: OutboxEntry['state']): Promise<OutboxEntry> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const entry = await db.outbox.get(id);
    if (entry?.state === state) return entry;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The send is ${(await db.outbox.get(id))?.state}, not ${state}`);
}

describe('the messages of a send between a Clio tab and the background', () => {
  let clio: InProcessClio;
  let bill: SandboxBill;
  let driven: { tabId: number; frameId?: number; sendId: string }[];

  beforeEach(async () => {
    ({ clio, bill } = await clioWithUnsharedBill());
    driven = [];
    // The tab starts filling Clio's dialog; the test then plays its part with messages.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId, message, options) => {
      const { request } = message as { request: { sendId: string } };
      driven.push({ tabId, frameId: (options as { frameId?: number }).frameId, sendId: request.sendId });
      return { ok: true, value: { started: true } };
    });
  });
  afterEach(() => clio.close());

  const sendRequest = (billId: number) => ({ billId, portal: true, email: false, message: 'Your bill' });

  it('has the tab and frame that asked fill the dialog, presses once, and confirms what Clio shows', async () => {
    const queued = await ask(billTab(bill.id, 3), 'queueSend', sendRequest(bill.id));
    expect(queued).toMatchObject({ ok: true, value: { billId: bill.id, joined: false } });
    const sendId = queued.ok ? (queued.value as { id: string }).id : '';
    await sendReaches(sendId, 'in_dialog');
    await vi.waitFor(() => expect(driven).toEqual([{ tabId: 7, frameId: 3, sendId }]));

    expect(await ask(billTab(bill.id, 3), 'sendPressing', { sendId })).toEqual({
      ok: true,
      value: { press: true },
    });
    expect(await db.outbox.get(sendId)).toMatchObject({ state: 'pressed' });
    // A second ask to press (a reloaded page, a double click) is answered no.
    expect(await ask(billTab(bill.id, 3), 'sendPressing', { sendId })).toEqual({
      ok: true,
      value: { press: false },
    });
    await fetch(`${clio.sandbox.url}/nc/data/bills/${bill.id}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portal: true, email: false, message: 'Your bill' }),
    });
    expect(await ask(billTab(bill.id, 3), 'sendOutcome', { sendId, outcome: { kind: 'submitted' } })).toEqual(
      {
        ok: true,
        value: {},
      },
    );

    const confirmed = await sendReaches(sendId, 'confirmed');
    expect(confirmed.submittedAt).not.toBeNull();
    expect(await ask(ownPage, 'getSend', { billId: bill.id })).toMatchObject({
      ok: true,
      value: { id: sendId, state: 'confirmed', checking: false },
    });
    expect((await clio.control.state()).sends.filter((send) => send.billId === bill.id)).toHaveLength(1);
  });

  it('takes a page’s own frame as the top frame when the browser names none', async () => {
    const queued = await ask(billTab(bill.id), 'queueSend', sendRequest(bill.id));
    const sendId = queued.ok ? (queued.value as { id: string }).id : '';
    await vi.waitFor(() => expect(driven).toEqual([{ tabId: 7, frameId: 0, sendId }]));
    expect(await db.outbox.get(sendId)).toMatchObject({ tabId: 7, frameId: 0 });
    await ask(billTab(bill.id), 'sendOutcome', {
      sendId,
      outcome: { kind: 'not_pressed', problem: { code: 'send_unavailable' } },
    });
  });

  it('calls the send not sent, with the tab’s reason, when the tab could not press Send bill', async () => {
    const queued = await ask(billTab(bill.id), 'queueSend', sendRequest(bill.id));
    const sendId = queued.ok ? (queued.value as { id: string }).id : '';
    await sendReaches(sendId, 'in_dialog');

    const reply = await ask(billTab(bill.id), 'sendOutcome', {
      sendId,
      outcome: { kind: 'not_pressed', problem: { code: 'page_changed', element: 'Send bill' } },
    });

    expect(reply).toEqual({ ok: true, value: {} });
    expect(await db.outbox.get(sendId)).toMatchObject({
      state: 'failed',
      problem: { code: 'page_changed', element: 'Send bill' },
    });
    expect(await ask(billTab(bill.id), 'sendPressing', { sendId })).toEqual({
      ok: true,
      value: { press: false },
    });
    expect((await clio.control.state()).sends).toEqual([]);
  });

  it('answers that a bill has no send yet', async () => {
    expect(await ask(ownPage, 'getSend', { billId: bill.id })).toEqual({ ok: true, value: null });
  });

  it('starts no send for a sender outside any tab', async () => {
    await expect(
      sendHandlers.queueSend(sendRequest(bill.id), { id: fakeBrowser.runtime.id }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.outbox.count()).toBe(0);
    expect(driven).toEqual([]);
  });

  it('offers “Send to client portal” only when a bill was right-clicked, and the workspace only on Clio’s bills list', async () => {
    const update = vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined as never);

    expect(await ask(billTab(bill.id), 'contextTarget', { billId: bill.id, billsList: false })).toEqual({
      ok: true,
      value: {},
    });
    expect(await ask(billTab(bill.id), 'contextTarget', { billId: null, billsList: true })).toEqual({
      ok: true,
      value: {},
    });

    expect(update.mock.calls).toEqual([
      [SEND_MENU_ID, { visible: true }],
      ['remit-open-workspace', { visible: false }],
      [SEND_MENU_ID, { visible: false }],
      ['remit-open-workspace', { visible: true }],
    ]);
  });

  it('offers nothing on another region’s Clio, whatever the last right-click showed', async () => {
    const update = vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined as never);
    await ask(billTab(bill.id), 'contextTarget', { billId: bill.id, billsList: false });
    const elsewhere = `https://eu.app.clio.com/nc/#/bills/${bill.id}`;
    const otherClio = { ...billTab(bill.id), url: elsewhere, tab: { id: 7, url: elsewhere } };

    expect(await ask(otherClio, 'contextTarget', { billId: bill.id, billsList: false })).toMatchObject({
      ok: false,
      error: { text: { key: 'common.refused_other_clio' } },
    });

    expect(update.mock.calls.slice(-2)).toEqual([
      [SEND_MENU_ID, { visible: false }],
      ['remit-open-workspace', { visible: false }],
    ]);
  });
});
