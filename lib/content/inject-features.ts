import { type Browser, browser } from 'wxt/browser';
import { RemitError } from '../errors';

/**
 * The loader content script is tiny and runs on every Clio page; the React features are injected into
 * a tab's frame only once it shows a page that needs them. A tab Remit opened only to send a bill in
 * gets the Send dialog's driver alone.
 */
export async function injectFeatures(
  sender: Browser.runtime.MessageSender,
  onlySends: boolean,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new RemitError('invalid', 'common.clio_tabs_only');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [onlySends ? '/content-scripts/clio-send.js' : '/content-scripts/clio-features.js'],
    // Not held back until the page is idle: the panel should be ready when Clio's bill appears.
    injectImmediately: true,
  });
}
