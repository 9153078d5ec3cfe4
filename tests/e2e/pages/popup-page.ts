import type { BrowserContext, Page } from '@playwright/test';
import { SyncPanel } from './sync-panel';

export type Figure = 'outstanding' | 'overdue' | 'paid' | 'pending' | 'trust';
export type AttentionList = 'bills' | 'links' | 'payments';

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get body() {
    return this.page.getByRole('main');
  }

  /** The first alert: a problem with the connection shows above the sync's own. */
  get alert() {
    return this.page.getByRole('alert').first();
  }

  /** The main action: "Connect to Clio", "Reconnect to Clio" or "Settings", as the connection stands. */
  action(name: 'Connect to Clio' | 'Reconnect to Clio' | 'Settings') {
    return this.page.getByRole('button', { name });
  }

  get sync() {
    return new SyncPanel(this.page.getByRole('region', { name: 'Sync' }));
  }

  /** One currency's receivables, e.g. "Receivables in USD". */
  currency(code: string) {
    return this.page.getByRole('region', { name: `Receivables in ${code}` });
  }

  /** A key figure's link (it opens Clio's bills list). */
  figureLink(code: string, figure: Figure) {
    return this.currency(code).locator(`[data-figure="${figure}"]`);
  }

  /** A key figure's amount as shown. */
  figure(code: string, figure: Figure) {
    return this.figureLink(code, figure).locator('[data-value]');
  }

  /** One row of the aging chart's table: its balance and its count of bills. */
  agingRow(code: string, bucket: string) {
    const row = this.currency(code).locator(`[data-bucket="${bucket}"]`);
    return { balance: row.locator('[data-value]'), bills: row.locator('[data-bills]') };
  }

  /** "Who owes most" in one currency, most first. */
  topClients(code: string) {
    return this.currency(code).getByRole('list', { name: 'Who owes most' }).getByRole('listitem');
  }

  /** Picks the period "Paid" covers, by its visible label (the radio itself is visually hidden). */
  choosePeriod(label: string) {
    return this.page.locator('label', { has: this.page.getByRole('radio', { name: label }) }).click();
  }

  get needsAttention() {
    return this.page.getByRole('region', { name: 'Needs attention' });
  }

  /** One "needs attention" list: its total in the heading and its items, each with the record's id. */
  attention(list: AttentionList) {
    const root = this.needsAttention.locator(`[data-attention="${list}"]`);
    return { root, total: root.locator('[data-total]'), items: root.getByRole('listitem') };
  }
}
