import type { BrowserContext, Page } from '@playwright/test';
import { REGIONS, type RegionId } from '../../../lib/clio/regions';

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

  /** Remit's panel; Playwright's locators pierce its open shadow root. */
  get panel() {
    return this.page.getByRole('region', { name: 'Remit payment status' });
  }

  panelField(name: 'bill' | 'client' | 'total' | 'paid' | 'outstanding' | 'due') {
    return this.panel.locator(`dd[data-field="${name}"]`);
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
