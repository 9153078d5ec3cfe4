import type { Page } from '@playwright/test';

/** The review of a mailing in the collections workspace: one envelope per client. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  /** "12 envelopes with 40 bills". */
  get summary() {
    return this.page.getByRole('status').and(this.page.locator('[data-count="envelopes"]'));
  }

  /** "3 of 6 sent, 2 confirmed by Clio; …". */
  get progress() {
    return this.page.getByRole('status').and(this.page.locator('[data-figure="progress"]'));
  }

  async progressText() {
    return (await this.progress.count()) > 0 ? ((await this.progress.textContent()) ?? '') : '';
  }

  get envelopes() {
    return this.page.locator('section[data-envelope]');
  }

  envelope(clientId: number) {
    return this.page.locator(`section[data-envelope="${clientId}"]`);
  }

  /** Each envelope's client id, bill count and outstanding amount, as listed. */
  headlines() {
    return this.envelopes.evaluateAll((sections) =>
      sections.map((section) => [
        Number(section.getAttribute('data-envelope')),
        section.querySelector('[data-figure="bills"]')?.textContent,
        section.querySelector('[data-figure="outstanding"]')?.textContent,
      ]),
    );
  }

  async open(clientId: number) {
    const envelope = this.envelope(clientId);
    const toggle = envelope.locator('button[aria-expanded]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return envelope;
  }
}
