import type { BrowserContext, Page } from '@playwright/test';
import { REGIONS, type RegionId } from '../../../lib/clio/regions';

/** The panel's figures and notes, each marked with the field it shows. */
export type PanelField =
  | 'bill'
  | 'client'
  | 'matter'
  | 'state'
  | 'kind'
  | 'total'
  | 'discount'
  | 'paid'
  | 'credited'
  | 'outstanding'
  | 'pending'
  | 'due'
  | 'overdue'
  | 'shared'
  | 'last-sent'
  | 'payment-link'
  | 'freshness'
  | 'not-sendable'
  | 'settled-note'
  | 'not-payable'
  | 'reminders';

/** The sandbox's replica of Clio's bill page, at Clio's real URL, with Remit's panel on it. */
export class ClioBillPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, billId: number, region: RegionId = 'us'): Promise<ClioBillPage> {
    const page = await context.newPage();
    await page.goto(`https://${REGIONS[region].host}/nc/#/bills/${billId}`);
    return new ClioBillPage(page);
  }

  /** For a tab that navigated to a bill page by itself (e.g. through the bills list). */
  static attach(page: Page): ClioBillPage {
    return new ClioBillPage(page);
  }

  get summary() {
    return this.page.getByRole('region', { name: 'Bill summary' });
  }

  /** Remit's panel, in its closed shadow root (see tests/support/closed-shadow.ts). */
  get panel() {
    return this.page.locator('closed=remit-bill-panel').getByRole('region', { name: 'Remit payment status' });
  }

  panelField(name: PanelField) {
    return this.panel.locator(`[data-field="${name}"]`);
  }

  /** The panel's own "Send to portal…" action and its short confirm form. */
  get sendAction() {
    return this.panel.getByRole('button', { name: 'Send to portal…' });
  }

  get sendForm() {
    return this.panel.getByRole('form', { name: 'Send bill' });
  }

  get sendStatus() {
    return this.panel.locator('[data-field="send-status"]');
  }

  /** Opens the confirm form, sets its switches and presses Send (twice when asked, as an impatient user). */
  async sendToPortal(options: { email?: boolean; clicks?: number } = {}): Promise<void> {
    await this.sendAction.click();
    await this.sendForm.getByLabel('Email').setChecked(options.email ?? false);
    const send = this.sendForm.getByRole('button', { name: 'Send', exact: true });
    await send.click({ clickCount: options.clicks ?? 1 });
  }

  /** The panel's Clio Payments section: the bill's links, payments made online, and making a link. */
  get paymentLinks() {
    return this.panel.locator('[data-field="payment-links"]');
  }

  /** The bill's links, newest first; each item's text says its state, amount and end date. */
  get linkItems() {
    return this.paymentLinks.getByRole('list', { name: 'Payment links' }).getByRole('listitem');
  }

  get onlinePayments() {
    return this.paymentLinks.getByRole('table', { name: 'Online payments' }).locator('tbody tr');
  }

  get linkForm() {
    return this.panel.getByRole('form', { name: 'Create payment link' });
  }

  /** Opens the link form, changes what is given and presses Create link. */
  async createLink(options: { amount?: string; days?: string } = {}): Promise<void> {
    await this.paymentLinks.getByRole('button', { name: 'Create payment link…' }).click();
    if (options.amount !== undefined) await this.linkForm.getByLabel(/^Amount/).fill(options.amount);
    if (options.days !== undefined) await this.linkForm.getByLabel('Open for (days)').fill(options.days);
    await this.linkForm.getByRole('button', { name: 'Create link' }).click();
  }

  /** Tells the panel the user came back to the tab, as after paying in another one. */
  async comeBack(): Promise<void> {
    await this.page.bringToFront();
    await this.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  }

  async goToBill(billId: number): Promise<void> {
    await this.page.evaluate((id) => {
      location.hash = `#/bills/${id}`;
    }, billId);
  }

  async goTo(hash: string): Promise<void> {
    await this.page.evaluate((target) => {
      location.hash = target;
    }, hash);
  }
}
