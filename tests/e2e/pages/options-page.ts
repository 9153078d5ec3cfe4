import { type BrowserContext, expect, type Page } from '@playwright/test';
import { DEMO_APP } from '../../sandbox/oauth/demo-app';
import { AuthorizeWindow } from './authorize-window';
import { SyncPanel } from './sync-panel';

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

  /** One line of the connected account: "Connected as", "Firm" or "Region". */
  connectionDetail(term: 'Connected as' | 'Firm' | 'Region') {
    return this.connection.locator(`dt:text-is("${term}") + dd`);
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  get reconnectButton() {
    return this.connection.getByRole('button', { name: 'Reconnect to Clio' });
  }

  get sync() {
    return new SyncPanel(this.page.getByRole('region', { name: 'Sync' }));
  }

  /** The "Set aside" list: one item per record Clio sent that Remit could not read. */
  get setAside() {
    return this.page.getByRole('list', { name: 'Records set aside' }).getByRole('listitem');
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
    return this.expectAuthorizeWindow(() => this.page.getByRole('button', { name: 'Connect' }).click());
  }

  async connectWithSandboxApp(): Promise<void> {
    const authorize = await this.startConnect(DEMO_APP);
    await authorize.allow();
    await expect(this.connection).toContainText('Connected as');
  }

  /** Presses "Reconnect to Clio" and allows access again in Clio's window. */
  async reconnect(): Promise<void> {
    const authorize = await this.expectAuthorizeWindow(() => this.reconnectButton.click());
    await authorize.allow();
    await expect(this.reconnectButton).toBeHidden();
  }

  async disconnect(): Promise<void> {
    await this.connection.getByRole('button', { name: 'Disconnect' }).click();
    await expect(this.connectForm).toBeVisible();
  }

  private async expectAuthorizeWindow(open: () => Promise<void>): Promise<AuthorizeWindow> {
    const popup = this.context.waitForEvent('page');
    await open();
    return new AuthorizeWindow(await popup);
  }
}
