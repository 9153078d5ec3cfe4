import type { BrowserContext, Page } from '@playwright/test';
import { SyncPanel } from './sync-panel';

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

  get alert() {
    return this.page.getByRole('alert');
  }

  /** The main action: "Connect to Clio", "Reconnect to Clio" or "Settings", as the connection stands. */
  action(name: 'Connect to Clio' | 'Reconnect to Clio' | 'Settings') {
    return this.page.getByRole('button', { name });
  }

  get sync() {
    return new SyncPanel(this.page.getByRole('region', { name: 'Sync' }));
  }
}
