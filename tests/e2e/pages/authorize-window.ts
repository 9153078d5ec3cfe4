import type { Page } from '@playwright/test';

/** Clio's OAuth authorize page, as opened by chrome.identity.launchWebAuthFlow. */
export class AuthorizeWindow {
  constructor(readonly page: Page) {}

  async allow(): Promise<void> {
    await this.page
      .getByRole('link', { name: 'Allow' })
      .or(this.page.getByRole('button', { name: 'Allow' }))
      .click();
  }

  async deny(): Promise<void> {
    await this.page
      .getByRole('link', { name: 'Deny' })
      .or(this.page.getByRole('button', { name: 'Deny' }))
      .click();
  }
}
