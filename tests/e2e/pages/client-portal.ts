import { type BrowserContext, expect, type Page } from '@playwright/test';

/** The sandbox's client portal, where a client sees the payment requests sent to them and pays. */
export class ClientPortal {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, contactId: number): Promise<ClientPortal> {
    const page = await context.newPage();
    await page.goto(`https://app.clio.com/portal/${contactId}`);
    return new ClientPortal(page);
  }

  /** Follows the portal's Pay button for one link and pays its amount with the test card. */
  async pay(linkUrl: string): Promise<void> {
    await this.page.locator(`a[href$="${new URL(linkUrl).pathname}"]`).click();
    await this.page.getByRole('button', { name: 'Pay' }).click();
    await expect(this.page.getByRole('status')).toContainText('Payment received');
  }
}
