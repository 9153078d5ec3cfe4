import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveConnection, worksOnHost } from '@/lib/connection/store';
import { contentHandlers } from '@/lib/content/handlers';
import { db } from '@/lib/db/database';
import { connectionAs } from '../../support/connection-record';

describe('a Clio page of another region than the one Remit is connected to', () => {
  const injected: number[] = [];
  const rightClicked = vi.fn(async () => undefined);
  const handlers = contentHandlers({
    rightClicked,
    sendTabs: { has: async () => false, driverLoaded: () => undefined },
    worksOnHost,
  });

  beforeEach(async () => {
    fakeBrowser.reset();
    injected.length = 0;
    rightClicked.mockClear();
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async (injection) => {
      injected.push(injection.target.tabId);
      return [];
    });
    await saveConnection(connectionAs(1));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.connection.clear();
  });

  it('gets no panel and no send from its context menu: its bill 7 is not the connected firm’s bill 7', async () => {
    const elsewhere = await browser.tabs.create({ url: 'https://eu.app.clio.com/nc/#/bills/7' });
    const here = await browser.tabs.create({ url: 'https://app.clio.com/nc/#/bills/7' });

    for (const tab of [elsewhere, here]) {
      await handlers.loadFeatures({}, { tab, frameId: 0 });
      await handlers.contextTarget({ billId: 7, billsList: false }, { tab, frameId: 0 });
    }

    expect(injected).toEqual([here.id]);
    expect(rightClicked.mock.calls).toEqual([
      [{ billId: null, billsList: false }],
      [{ billId: 7, billsList: false }],
    ]);
  });

  it('gets Remit’s features while no firm is connected, where they ask to connect', async () => {
    await db.connection.clear();
    const tab = await browser.tabs.create({ url: 'https://eu.app.clio.com/nc/#/bills/7' });
    await handlers.loadFeatures({}, { tab, frameId: 0 });
    expect(injected).toEqual([tab.id]);
  });
});
