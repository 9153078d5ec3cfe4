import type { BrowserContext, Page } from '@playwright/test';

export class ClioBillsList {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext): Promise<ClioBillsList> {
    const page = await context.newPage();
    await page.goto('https://app.clio.com/nc/#/bills');
    return new ClioBillsList(page);
  }

  /** Remit's button beside the list's heading, in its closed shadow root (see tests/support/closed-shadow.ts). */
  get reviewAndSend() {
    return this.page
      .locator('closed=remit-bills-list-button')
      .getByRole('button', { name: 'Review and send in Remit' });
  }

  billLink(number: string) {
    return this.page.getByRole('link', { name: number, exact: true });
  }
}
