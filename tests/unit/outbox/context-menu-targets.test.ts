import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import { reconcileSends } from '@/lib/outbox/confirm-send';
import { sendFromContextMenu } from '@/lib/outbox/context-menu-send';
import { onBillsStored } from '@/lib/sync/store-bills';
import { clioWithUnsharedBill, type InProcessClio } from '../../support/in-process-clio';
import type { SandboxBill } from '../../support/sandbox-control';
import { simulateClioTab } from '../../support/simulated-clio-tab';

// As the background wires them (entrypoints/background/sends.ts): bills read confirm the sends they show.
beforeAll(() => onBillsStored(reconcileSends));

const billsList = 'https://app.clio.com/nc/#/bills';
const billPage = (id: number) => `https://app.clio.com/nc/#/bills/${id}`;
const click = (changes: { linkUrl?: string; pageUrl?: string; frameId?: number }) => ({
  menuItemId: 'remit-send-to-portal',
  editable: false,
  ...changes,
});

describe('where “Send to client portal” sends from', () => {
  let clio: InProcessClio;
  let bill: SandboxBill;
  let notified: number;

  beforeEach(async () => {
    ({ clio, bill } = await clioWithUnsharedBill());
    notified = 0;
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async () => {
      notified += 1;
      return 'notice';
    });
  });
  afterEach(() => clio.close());

  const sendsInClio = async () =>
    (await clio.control.state()).sends.filter((send) => send.billId === bill.id);

  it('sends through the frame that was right-clicked on the bill’s own page', async () => {
    const tab = simulateClioTab(clio.sandbox);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    await sendFromContextMenu(click({ pageUrl: billPage(bill.id), frameId: 2 }), {
      id: 4,
      url: billPage(bill.id),
      index: 0,
      windowId: 1,
    } as never);

    expect(opened).not.toHaveBeenCalled();
    expect(tab.asked).toHaveLength(1);
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ tabId: 4, frameId: 2, state: 'confirmed', portal: true, email: false }),
    ]);
    expect(await sendsInClio()).toHaveLength(1);
    expect(notified).toBe(1);
  }, 20_000);

  it('takes the page clicked as the tab’s when the browser gives no address for the tab', async () => {
    simulateClioTab(clio.sandbox);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    await sendFromContextMenu(click({ pageUrl: billPage(bill.id) }), {
      id: 4,
      index: 0,
      windowId: 1,
    } as never);

    expect(opened).not.toHaveBeenCalled();
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ tabId: 4, frameId: 0 })]);
  }, 20_000);

  it('opens a linked bill beside the tab, in its window, and in front', async () => {
    simulateClioTab(clio.sandbox);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    await sendFromContextMenu(click({ linkUrl: billPage(bill.id), pageUrl: billsList, frameId: 3 }), {
      id: 3,
      url: billsList,
      index: 5,
      windowId: 9,
    } as never);

    expect(opened).toHaveBeenCalledWith({ url: billPage(bill.id), index: 6, windowId: 9, active: true });
    const [entry] = await db.outbox.toArray();
    expect(entry?.tabId).not.toBe(3);
    expect(entry?.frameId).toBe(0);
  }, 20_000);

  it('sends nothing, and says so, when the bill’s tab did not open', async () => {
    const tab = simulateClioTab(clio.sandbox);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ index: 1 } as never);

    await sendFromContextMenu(click({ linkUrl: billPage(bill.id), pageUrl: billsList }), {
      id: 3,
      url: billsList,
      index: 0,
      windowId: 1,
    } as never);

    expect(tab.asked).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
    expect(notified).toBe(1);
  });

  it('sends nothing, and says so, when the click came from no tab', async () => {
    const tab = simulateClioTab(clio.sandbox);

    await sendFromContextMenu(click({ pageUrl: billPage(bill.id) }), undefined);

    expect(tab.asked).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
    expect(notified).toBe(1);
  });
});
