import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentHandlers } from '@/lib/content/handlers';
import { isBulkSendTab, SendTabs, sendDriverLoaded } from '@/lib/mailing/send-tab';

const handlers = contentHandlers({
  rightClicked: async () => undefined,
  sendTabs: { has: isBulkSendTab, driverLoaded: sendDriverLoaded },
});
const BILL = 'https://app.clio.com/nc/#/bills/7';

describe('the Clio tabs of a Send all', () => {
  let injected: { tabId: number; files: string[] }[];

  // Once: as in a browser, no tab id is given twice in a session.
  beforeAll(() => fakeBrowser.reset());
  beforeEach(() => {
    injected = [];
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async (injection) => {
      injected.push({
        tabId: injection.target.tabId,
        files: 'files' in injection ? (injection.files ?? []) : [],
      });
      return [];
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('get the Send dialog’s driver alone, and are asked for their send once it is in, before the page has loaded', async () => {
    const tabs = new SendTabs();
    const shown = tabs.show(BILL);
    const billTabs = async () => (await browser.tabs.query({})).filter((one) => one.url === BILL);
    const [tab] = await billTabs();
    if (tab?.id === undefined) throw new Error('no tab opened');
    // Still loading, as far as the browser says: it gives no status yet.
    let ready = false;
    void shown.then(() => {
      ready = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(ready).toBe(false);

    await handlers.loadFeatures({}, { tab: { ...tab, id: tab.id }, frameId: 0 });
    expect(await shown).toBe(tab.id);
    expect(injected).toEqual([{ tabId: tab.id, files: ['/content-scripts/clio-send.js'] }]);
    await tabs.close();
    expect(await billTabs()).toEqual([]);
  });

  it('open a bill’s page again when the tab loaded ahead for it was closed meanwhile', async () => {
    const tabs = new SendTabs();
    const ahead = await tabs.preload(BILL);
    // The fake browser removes the tab, then fails looking its id up as a window's.
    await browser.tabs.remove(ahead).catch(() => undefined);
    expect((await browser.tabs.query({})).map((one) => one.id)).not.toContain(ahead);

    const shown = tabs.show(BILL);
    const tab = await vi.waitFor(async () => {
      const [opened] = (await browser.tabs.query({})).filter((one) => one.url === BILL);
      if (opened?.id === undefined) throw new Error('no tab opened again');
      return { ...opened, id: opened.id };
    });
    await handlers.loadFeatures({}, { tab, frameId: 0 });
    expect(await shown).toBe(tab.id);
    expect(tab.id).not.toBe(ahead);
    await tabs.close();
  });

  it('leave every other Clio tab its features: the panel and the rest', async () => {
    const own = await browser.tabs.create({ url: BILL });
    await handlers.loadFeatures({}, { tab: own, frameId: 0 });
    expect(injected).toEqual([{ tabId: own.id, files: ['/content-scripts/clio-features.js'] }]);
  });
});
