import type { Page } from '@playwright/test';

/** Clio's OAuth authorize page, as opened by chrome.identity.launchWebAuthFlow. */
export class AuthorizeWindow {
  constructor(readonly page: Page) {}

  allow(): Promise<void> {
    return this.choose('Allow');
  }

  deny(): Promise<void> {
    return this.choose('Deny');
  }

  /**
   * The browser closes the window as soon as Clio redirects: a click can outlive its page, which then
   * is the answer given, not a failure.
   */
  private async choose(answer: 'Allow' | 'Deny'): Promise<void> {
    await this.page
      .getByRole('link', { name: answer })
      .or(this.page.getByRole('button', { name: answer }))
      .click()
      .catch((error: unknown) => {
        if (!this.page.isClosed()) throw error;
      });
  }
}
