import { browser } from 'wxt/browser';
import { RemitError } from '../errors';
import { isTabOpen } from '../messaging/tab-messaging';

/** How often a loading tab is looked at: a read of the browser's memory. */
const LOOK_EVERY_MS = 50;
/** A bill's page may take this long to load Clio. */
const LOAD_MS = 30_000;

/**
 * The tabs bulk runs sent in, in this worker: they get the Send dialog's driver alone (see
 * isBulkSendTab). Kept after a tab closes (the browser never gives its id to another tab), so a
 * page's last ask, sent as its tab was closing, is known too.
 */
const sendTabs = new Set<number>();
/** Settles once the tab being opened is in `sendTabs`: the browser says a new tab's id only then. */
let opening: Promise<unknown> = Promise.resolve();
/** Run tabs whose page does not have the driver yet, each with what to call once it does. */
const awaitingDriver = new Map<number, () => void>();

/**
 * Whether this tab is one a bulk run opened to send in: the run checked its bill with Clio moments
 * ago, and nobody looks at the page. A tab still being opened is waited for, so its page can never
 * ask before it is known.
 */
export async function isBulkSendTab(tabId: number | undefined): Promise<boolean> {
  await opening;
  return tabId !== undefined && sendTabs.has(tabId);
}

/** The Send dialog's driver is in this run tab's page: its send can be asked for. */
export function sendDriverLoaded(tabId: number): void {
  awaitingDriver.get(tabId)?.();
  awaitingDriver.delete(tabId);
}

interface OpenTab {
  url: string;
  tabId: Promise<number>;
  /** Settles once the page has the driver. */
  driverLoaded: Promise<void>;
}

/**
 * The Clio tabs a bulk run sends in, opened in the background. Each bill gets a tab of its own:
 * Clio moves between bills by its fragment, and until it has drawn the next bill the last one's Send
 * button is still on the page, for a send to press by mistake; a new tab holds nothing of the last.
 * The next bill's tab loads while this one's dialog is filled, so a bill costs no wait for Clio's page.
 */
export class SendTabs {
  private current: OpenTab | null = null;
  private next: OpenTab | null = null;

  /**
   * The bill's page, in its own tab: the one loaded ahead for it, or a new one; its id once loaded.
   * The tab loaded ahead for it is taken from the call on, so the next bill's may be loaded meanwhile.
   */
  async show(url: string): Promise<number> {
    const before = this.current;
    // Taken at once: the next bill's page may be asked for before this one is shown.
    const ahead = this.next?.url === url ? this.next : null;
    if (ahead) this.next = null;
    else void this.closeNext();
    // A tab loaded ahead and closed by the user meanwhile is opened again: the bill has not been tried.
    const shown = ahead && (await ahead.tabId.then(isTabOpen, () => false)) ? ahead : openTab(url);
    this.current = shown;
    if (before) await closeTab(before);
    const tabId = await shown.tabId;
    const driverIn = shown.driverLoaded.then(() => true);
    for (let waited = 0; waited < LOAD_MS; waited += LOOK_EVERY_MS) {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      // Gone (closed by the user), or Clio's page loaded: the send takes it from here either way.
      if (!tab || tab.status === 'complete') break;
      const lookAgain = new Promise<false>((resolve) => setTimeout(resolve, LOOK_EVERY_MS, false));
      // The driver in the page is enough: the send waits for Clio's Send button itself.
      if (await Promise.race([driverIn, lookAgain])) break;
    }
    return tabId;
  }

  /** Starts loading the next bill's page, to be shown by `show`; its id, for a restart to close. */
  preload(url: string): Promise<number> {
    if (this.next?.url !== url) {
      void this.closeNext();
      this.next = openTab(url);
    }
    return this.next.tabId;
  }

  async close(): Promise<void> {
    await this.closeCurrent();
    await this.closeNext();
  }

  /** The bill shown is done with: its tab goes, and the next bill's keeps loading. */
  async closeCurrent(): Promise<void> {
    const tab = this.current;
    this.current = null;
    if (tab) await closeTab(tab);
  }

  private async closeNext(): Promise<void> {
    const tab = this.next;
    this.next = null;
    if (tab) await closeTab(tab);
  }
}

function openTab(url: string): OpenTab {
  let driverIn: () => void = () => undefined;
  const driverLoaded = new Promise<void>((resolve) => {
    driverIn = resolve;
  });
  const tabId = browser.tabs.create({ url, active: false }).then((tab) => {
    if (tab.id === undefined) throw new RemitError('invalid', 'common.clio_tabs_only');
    sendTabs.add(tab.id);
    awaitingDriver.set(tab.id, driverIn);
    return tab.id;
  });
  opening = Promise.all([opening, tabId.catch(() => undefined)]);
  return { url, tabId, driverLoaded };
}

async function closeTab(tab: OpenTab): Promise<void> {
  const tabId = await tab.tabId.catch(() => undefined);
  if (tabId === undefined) return;
  awaitingDriver.delete(tabId);
  await browser.tabs.remove(tabId).catch(() => undefined);
}
