import type { BrowserContext, Page } from '@playwright/test';

/** Remit's page for one payment link over several bills of a client. */
export class ClientLinkPage {
  private constructor(readonly page: Page) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    clientId: number,
    billIds: number[] = [],
  ): Promise<ClientLinkPage> {
    const page = await context.newPage();
    const query = new URLSearchParams({ client: String(clientId) });
    if (billIds.length) query.set('bills', billIds.join(','));
    await page.goto(`chrome-extension://${extensionId}/client-link.html?${query}`);
    return new ClientLinkPage(page);
  }

  static attach(page: Page): ClientLinkPage {
    return new ClientLinkPage(page);
  }

  get bills() {
    return this.page.getByRole('table', { name: 'Bills awaiting payment' }).locator('tbody tr');
  }

  choose(billNumber: string) {
    return this.page.getByRole('checkbox', { name: `Bill ${billNumber}`, exact: true }).check();
  }

  /** The planned links, invoices first; each lists the bills a payment settles, in Clio's order. */
  get previews() {
    return this.page.locator('section[data-purpose]');
  }

  preview(purpose: 'invoices' | 'trust') {
    const root = this.page.locator(`section[data-purpose="${purpose}"]`);
    return { root, settles: root.getByRole('listitem'), warning: root.getByRole('note') };
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  get createButton() {
    return this.page.getByRole('button', { name: /^Create( \d+)? links?$/ });
  }

  /** The links made, each with its URL and what it pays. */
  created(purpose: 'invoices' | 'trust') {
    const item = this.page.locator(`li[data-link-id][data-purpose="${purpose}"]`);
    return { item, url: item.locator('[data-field="url"]') };
  }
}
