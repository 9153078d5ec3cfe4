import { browser } from 'wxt/browser';

/** The client link page, in a tab of its own: a selection deserves more room than the popup has. */
export async function openClientLinkPage(clientId: number, billIds: readonly number[]): Promise<void> {
  const query = new URLSearchParams({ client: String(clientId) });
  if (billIds.length) query.set('bills', billIds.join(','));
  await browser.tabs.create({ url: browser.runtime.getURL(`/client-link.html?${query}`) });
}
