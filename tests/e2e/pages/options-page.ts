import { type BrowserContext, expect, type Page } from '@playwright/test';
import { DEMO_APP } from '../../sandbox/oauth/demo-app';
import { AuthorizeWindow } from './authorize-window';

export class OptionsPage {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
  ) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page, context);
  }

  get connectForm() {
    return this.page.getByRole('form', { name: 'Connect to Clio' });
  }

  get connection() {
    return this.page.getByRole('region', { name: 'Connection' });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  /** Fills the form, presses Connect and returns Clio's authorize window as it opens. */
  async startConnect(app: {
    clientId: string;
    clientSecret: string;
    region?: string;
  }): Promise<AuthorizeWindow> {
    await this.page.getByLabel('Region').selectOption(app.region ?? 'us');
    await this.page.getByLabel('Client id').fill(app.clientId);
    await this.page.getByLabel('Client secret').fill(app.clientSecret);
    const popup = this.context.waitForEvent('page');
    await this.page.getByRole('button', { name: 'Connect' }).click();
    return new AuthorizeWindow(await popup);
  }

  async connectWithSandboxApp(): Promise<void> {
    const authorize = await this.startConnect(DEMO_APP);
    await authorize.allow();
    await expect(this.connection).toContainText('Connected as');
  }
}
