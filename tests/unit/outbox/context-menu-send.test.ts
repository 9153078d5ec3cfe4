import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import { reconcileSends } from '@/lib/outbox/confirm-send';
import { sendFromContextMenu } from '@/lib/outbox/context-menu-send';
import { runSync } from '@/lib/sync/run-sync';
import { onBillsStored } from '@/lib/sync/store-bills';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import type { SandboxBill } from '../../support/sandbox-control';
import { simulateClioTab } from '../../support/simulated-clio-tab';

// As the background wires them (entrypoints/background/sends.ts): bills read confirm the sends they show.
beforeAll(() => onBillsStored(reconcileSends));

const billsList = 'https://app.clio.com/nc/#/bills';
const billPage = (id: number) => `https://app.clio.com/nc/#/bills/${id}`;

/** "Send to client portal" chosen on a Clio page (in tab 4). */
const sendFromPage = (pageUrl: string) =>
  sendFromContextMenu({ menuItemId: 'remit-send-to-portal', pageUrl, frameId: 0, editable: false }, {
    id: 4,
    url: pageUrl,
    index: 0,
    windowId: 1,
  } as never);

/** "Send to client portal" chosen on a link in Clio's bills list (tab 3, at `index`). */
const sendFromLink = (linkUrl: string, index: number) =>
  sendFromContextMenu(
    { menuItemId: 'remit-send-to-portal', linkUrl, pageUrl: billsList, frameId: 0, editable: false },
    { id: 3, url: billsList, index, windowId: 1 } as never,
  );

/** A name in a notification, set apart from the words around it (first strong isolate … pop isolate). */
const isolatedName = (name: string) => `\u2068${name}\u2069`;

describe('“Send to client portal” from the context menu', () => {
  let clio: InProcessClio;
  let bills: SandboxBill[];
  let notices: { title: string; message: string }[];

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    bills = await clio.control.bills();
    notices = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async (...args: unknown[]) => {
      const options = args.find((arg) => typeof arg === 'object') as { title: string; message: string };
      notices.push({ title: options.title, message: options.message });
      return 'notice';
    });
  });
  afterEach(() => clio.close());

  const sendsOf = async (billId: number) =>
    (await clio.control.state()).sends.filter((send) => send.billId === billId);

  it('sends the bill behind a right-clicked link, in a tab of its own, and says Clio shows it shared', async () => {
    const bill = bills.find((candidate) => candidate.state === 'awaiting_payment' && !candidate.shared);
    if (!bill) throw new Error('The seed has no unshared unpaid bill');
    simulateClioTab(clio.sandbox);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    await sendFromLink(billPage(bill.id), 2);

    expect(opened).toHaveBeenCalledWith(expect.objectContaining({ url: billPage(bill.id), index: 3 }));
    expect(notices).toEqual([
      {
        title: `Bill ${isolatedName(bill.number)} sent`,
        message: 'Clio shows it shared to the client portal.',
      },
    ]);
    const sends = await sendsOf(bill.id);
    expect(sends).toHaveLength(1);
    expect(sends[0]?.message).toContain(`bill ${bill.number}`);
  }, 20_000);

  it('sends a paid bill on screen as a receipt', async () => {
    const paid = bills.find((candidate) => candidate.state === 'paid' && candidate.kind === 'revenue_kind');
    if (!paid) throw new Error('The seed has no paid bill');
    simulateClioTab(clio.sandbox);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    await sendFromPage(billPage(paid.id));

    expect(opened).not.toHaveBeenCalled();
    expect((await sendsOf(paid.id)).map((send) => send.message)).toEqual([
      expect.stringContaining('paid in full'),
    ]);
  }, 20_000);

  it('writes a receipt for a bill paid in Clio since the last sync, not a request to pay', async () => {
    const bill = bills.find((candidate) => candidate.state === 'awaiting_payment' && !candidate.shared);
    if (!bill) throw new Error('The seed has no unshared unpaid bill');
    await runSync();
    expect((await db.bills.get(bill.id))?.balance).toBeGreaterThan(0);
    await clio.control.payBill(bill.id, bill.balance);
    simulateClioTab(clio.sandbox);

    await sendFromPage(billPage(bill.id));

    expect((await sendsOf(bill.id)).map((send) => send.message)).toEqual([
      expect.stringContaining('paid in full'),
    ]);
  }, 20_000);

  it('sends nothing on another region’s Clio than the connected firm’s: its bill is another firm’s', async () => {
    const bill = bills.find((candidate) => candidate.state === 'awaiting_payment' && !candidate.shared);
    if (!bill) throw new Error('The seed has no unshared unpaid bill');
    const tab = simulateClioTab(clio.sandbox);
    const elsewhere = `https://eu.app.clio.com/nc/#/bills/${bill.id}`;

    await sendFromPage(elsewhere);

    expect(notices).toEqual([
      {
        title: 'Not sent',
        message: 'Remit is connected to another region’s Clio: this page’s bills are not that firm’s bills.',
      },
    ]);
    expect(tab.asked).toEqual([]);
    expect(await sendsOf(bill.id)).toEqual([]);
  });

  it('says so, in Clio’s words, when Clio refuses the send', async () => {
    const bill = bills.find((candidate) => candidate.state === 'awaiting_payment' && !candidate.shared);
    if (!bill) throw new Error('The seed has no unshared unpaid bill');
    await clio.control.refuseSends('The client has no portal access.');
    simulateClioTab(clio.sandbox);

    await sendFromPage(billPage(bill.id));

    expect(notices).toEqual([
      {
        title: `Bill ${isolatedName(bill.number)} not sent`,
        message: 'Not sent: The client has no portal access.',
      },
    ]);
  }, 20_000);

  it('opens no tab for a linked bill Clio would not send, and says why', async () => {
    const draft = bills.find((candidate) => candidate.state === 'draft');
    if (!draft) throw new Error('The seed has no draft bill');
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    await sendFromLink(billPage(draft.id), 2);

    expect(opened).not.toHaveBeenCalled();
    expect(notices).toEqual([
      { title: 'Not sent', message: 'This bill is a draft: approve it in Clio before sending it.' },
    ]);
  });

  it('sends nothing for what is not a bill', async () => {
    const tab = simulateClioTab(clio.sandbox);

    await sendFromLink('https://app.clio.com/nc/#/matters/5', 0);

    expect(notices.map((notice) => notice.title)).toEqual(['Not a bill']);
    expect(tab.asked).toEqual([]);
  });
});
