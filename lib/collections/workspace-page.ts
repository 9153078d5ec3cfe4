import { browser } from 'wxt/browser';

/** The collections workspace, in a tab of its own: a table of every bill needs more room than the popup has. */
export async function openCollectionsWorkspace(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/collections.html') });
}
