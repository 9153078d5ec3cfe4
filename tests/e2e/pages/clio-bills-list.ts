import type { BrowserContext, Page } from '@playwright/test';

export class ClioBillsList {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext): Promise<ClioBillsList> {
    const page = await context.newPage();
    await page.goto('https://app.clio.com/nc/#/bills');
    return new ClioBillsList(page);
  }

  billLink(number: string) {
    return this.page.getByRole('link', { name: number, exact: true });
  }
}
