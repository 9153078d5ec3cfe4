import type { BrowserContext, Page } from '@playwright/test';

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
}
